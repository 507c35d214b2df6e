"""Any text drafts to a briefing the loader accepts: hostile characters, odd words, no crash."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.draft.build import make_draft, render

WORDS = st.sampled_from(
    [
        "Minister", "President", "Kim", "Jong-un", "said", "on", "Monday", "will", "meet", "in",
        "March", "May", "the", "U.S.", "Japan's", "Foreign", "Ministry", "OECD", "\"", "'s", ",",
        ".", "--", "\n\n", "José", "Ángel", "Pérez", "recently", "next", "week", "fiscal", "2022",
        "and", "beyond", "talks", "on", "trade", "\x1b[31m", "\u202e", "[/]", "#", ": ", "- ",
        "{", "}", "&a", "*a", "!!str", "\t", "Defense", "Secretary", "Lloyd", "Austin", "of",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80), st.text(max_size=40))
def test_any_text_makes_a_valid_draft(words: list[str], noise: str) -> None:
    text = "TOKYO, March 5, 2021 -- " + " ".join(words) + " " + noise.replace("\x00", "")
    result = render(make_draft(text, published=dt.date(2021, 3, 5)), "fuzz.txt")
    assert result.briefing.document.published == dt.date(2021, 3, 5)
    for event in result.briefing.events:
        assert event.evidence
    assert result.yaml.startswith("# DRAFT")


def test_yaml_specials_stay_text() -> None:
    text = 'TOKYO, March 5, 2021 -- Minister Taro "no" Kono said: &a *a !!str [/] on Monday.\n'
    result = render(make_draft(text), "x.txt")
    assert "\x1b" not in result.yaml
    assert result.briefing.document.place == "Tokyo"
