"""Mentions are whole-word, case-sensitive matches of an item's names, merged and cached."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.format.mentions import MentionFinder
from briefing_tui.format.model import Span

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_655d5a0009c8cdc1.txt"


def texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [text[span.start : span.end] for span in spans]


def test_every_whole_word_mention_in_order() -> None:
    text = SEED.read_text(encoding="utf-8")
    finder = MentionFinder(text)
    spans = finder.spans(("Antony Blinken", "Blinken"))
    assert texts(text, spans) == ["Antony Blinken", "Blinken", "Blinken"]
    assert [span.start for span in spans] == sorted(span.start for span in spans)


def test_names_match_whole_words_only() -> None:
    text = "Iran ran. Ira ran, Ira's. Irate Ira"
    finder = MentionFinder(text)
    assert texts(text, finder.spans(("Ira",))) == ["Ira", "Ira", "Ira"]
    assert texts(text, finder.spans(("ran",))) == ["ran", "ran"]


def test_names_are_case_sensitive() -> None:
    text = "Japan and japan and JAPAN"
    assert texts(text, MentionFinder(text).spans(("Japan",))) == ["Japan"]


def test_whitespace_in_a_name_matches_any_run() -> None:
    text = "President Joe\nBiden and Joe  Biden and Joe\n\n\tBiden."
    finder = MentionFinder(text)
    assert texts(text, finder.spans(("Joe Biden",))) == [
        "Joe\nBiden",
        "Joe  Biden",
        "Joe\n\n\tBiden",
    ]
    assert texts(text, finder.spans(("Joe   Biden",))) == texts(text, finder.spans(("Joe Biden",)))


def test_overlapping_mentions_are_merged() -> None:
    text = "The New York Times, New York and York Times."
    finder = MentionFinder(text)
    spans = finder.spans(("New York", "York Times"))
    assert texts(text, spans) == ["New York Times", "New York", "York Times"]


def test_a_name_inside_a_longer_name_is_one_mention() -> None:
    text = "President Joe Biden met Biden's aides."
    finder = MentionFinder(text)
    spans = finder.spans(("Biden", "Joe Biden", "President Joe Biden"))
    assert texts(text, spans) == ["President Joe Biden", "Biden"]


def test_touching_mentions_stay_apart() -> None:
    text = "U.S.Japan"
    finder = MentionFinder(text)
    assert texts(text, finder.spans(("U.S.", "Japan"))) == ["U.S.", "Japan"]


def test_names_with_punctuation_at_their_edges() -> None:
    text = "the U.S.-Japan alliance and U.S. officials; (MOFA) said"
    finder = MentionFinder(text)
    assert texts(text, finder.spans(("U.S.",))) == ["U.S.", "U.S."]
    assert texts(text, finder.spans(("(MOFA)",))) == ["(MOFA)"]


def test_no_names_or_blank_names_find_nothing() -> None:
    finder = MentionFinder("some text")
    assert finder.spans(()) == ()
    assert finder.spans(("", "  ")) == ()
    assert finder.spans(("absent",)) == ()
    assert MentionFinder("").spans(("x",)) == ()


def test_offsets_index_the_original_text_after_long_whitespace() -> None:
    text = "  \n\n Alpha   Beta\n\n\n Gamma  Alpha"
    spans = MentionFinder(text).spans(("Alpha", "Gamma"))
    assert texts(text, spans) == ["Alpha", "Gamma", "Alpha"]


def test_results_are_cached_per_names_and_evicted_least_recently_used() -> None:
    finder = MentionFinder("a b c d", cache_size=2)
    first = finder.spans(("a",))
    assert finder.spans(("a",)) is first
    second = finder.spans(("b",))
    finder.spans(("a",))
    finder.spans(("c",))  # evicts "b", the least recently used
    assert finder.spans(("a",)) is first
    assert finder.spans(("b",)) is not second
    assert finder.spans(("b",)) == second


@pytest.mark.slow
def test_a_large_article_finds_every_mention() -> None:
    text = SEED.read_text(encoding="utf-8") * 2200
    assert len(text) > 5_000_000
    finder = MentionFinder(text)
    spans = finder.spans(("Marc Knapper", "Knapper"))
    assert len(spans) == 2200
    spans = finder.spans(("Japan",))
    assert len(spans) > 10_000
