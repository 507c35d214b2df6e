"""Datelines, people with roles, organisations and countries, on small hand-written texts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.draft import dateline
from briefing_tui.draft.build import make_draft, render
from briefing_tui.format.model import Briefing


@pytest.mark.parametrize(
    ("head", "published", "place"),
    [
        ("BRUSSELS, June 14, 2024 -- The", dt.date(2024, 6, 14), "Brussels"),
        (" date 2021-03-05 TOKYO -- Washington", dt.date(2021, 3, 5), "Tokyo"),
        ("SEOUL, 3 March 2024 (Yonhap) — South", dt.date(2024, 3, 3), "Seoul"),
        ("WASHINGTON, Oct. 12, 2023 (AP) — The", dt.date(2023, 10, 12), "Washington"),
        ("NEW YORK (Reuters) - Stocks", None, "New York"),
        ("FRANKFURT, Germany -- The bank", None, "Frankfurt, Germany"),
        ("The minister said on Monday that", None, None),
    ],
)
def test_dateline(head: str, published: dt.date | None, place: str | None) -> None:
    found = dateline.parse(head)
    assert (found.published, found.place) == (published, place)


def _draft(body: str) -> Briefing:
    return render(make_draft("PARIS, May 2, 2023 -- " + body), "t.txt").briefing


def _people(briefing: Briefing) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {p.name: (p.roles, p.aliases) for p in briefing.participants if p.kind == "person"}


def test_roles_before_after_and_lower_case() -> None:
    briefing = _draft(
        "Defense Minister Nobuo Kishi met Ana Pérez, the Spanish trade minister, on Monday. "
        "Opposition leader Raila Odinga said Kishi had left. The minister declined to comment."
    )
    people = _people(briefing)
    assert people["Nobuo Kishi"] == (("Defense Minister",), ("Kishi",))
    assert people["Ana Pérez"][0] == ("Spanish trade minister",)
    assert people["Raila Odinga"][0] == ("Opposition leader",)
    assert len(people) == 3  # "The minister" is nobody new


def test_korean_order_keeps_the_family_name_as_alias() -> None:
    people = _people(_draft("South Korean Defense Minister Shin Won-sik spoke. Shin said no."))
    assert people["Shin Won-sik"] == (("South Korean Defense Minister",), ("Shin",))


def test_countries_by_name_capital_and_demonym_not_in_place_names() -> None:
    briefing = _draft(
        "Beijing rejected the plan. A Japanese official flew to Beijing. "
        "Ships sailed in the South China Sea."
    )
    countries = {p.name: p.aliases for p in briefing.participants if p.kind == "country"}
    assert countries == {"China": ("Beijing",), "Japan": ()}


def test_organisations() -> None:
    briefing = _draft(
        "The Organisation for Economic Co-operation and Development (OECD) and the Pentagon "
        "spoke, as did the Ministry of Foreign Affairs and the Chinese coast guard."
    )
    orgs = {p.name for p in briefing.participants if p.kind == "organization"}
    assert {"Pentagon", "Ministry of Foreign Affairs", "Chinese coast guard"} <= orgs
    assert any("OECD" in (p.name, *p.aliases) for p in briefing.participants)


def test_honorific_references_and_staff_of_companies() -> None:
    briefing = _draft(
        "Prime Minister Aiko Tanaka arrived on Monday. Mr. Tanaka said little, and economists "
        "at Goldman Sachs expect a deal. Ms. Okada, a spokeswoman, declined to comment."
    )
    people = _people(briefing)
    assert set(people) == {"Aiko Tanaka", "Okada"}
    assert people["Aiko Tanaka"][1] == ("Tanaka",)
    assert "Goldman Sachs" in {p.name for p in briefing.participants}


def test_particles_prefixes_and_lower_case_roles() -> None:
    briefing = _draft(
        "European Commission President Ursula von der Leyen met Egyptian President Abdel Fattah "
        "al-Sisi on Monday. South Korean opposition leader Lee Jae-myung spoke. "
        "Von der Leyen said the talks may resume."
    )
    people = _people(briefing)
    assert people["Ursula von der Leyen"] == (
        ("European Commission President",),
        ("Von der Leyen",),
    )
    assert people["Abdel Fattah al-Sisi"][0] == ("Egyptian President",)
    assert people["Lee Jae-myung"][0] == ("South Korean opposition leader",)
    lee = next(p for p in briefing.participants if p.name == "Lee Jae-myung")
    assert {s.id: s.name for s in briefing.sides}[lee.side] == "South Korea"
