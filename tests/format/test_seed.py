"""The bundled seed briefing: verbatim article, complete and faithful annotation.

The expectations below are the complete list of what the article says, written out by hand from the
article; the seed briefing must carry exactly these people, roles, organisations, countries,
events, dates and agenda topics with the article's own hedging.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Briefing, Event

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "000_655d5a0009c8cdc1.txt"

PEOPLE = {
    # id: (name, side, roles, org, aliases)
    "antony-blinken": (
        "Antony Blinken",
        "us-side",
        ("U.S. Secretary of State",),
        None,
        ("Blinken",),
    ),
    "lloyd-austin": ("Lloyd Austin", "us-side", ("Defense Secretary",), None, ("Austin",)),
    "joe-biden": ("Joe Biden", "us-side", ("President",), None, ()),
    "marc-knapper": (
        "Marc Knapper",
        "us-side",
        ("Deputy Assistant Secretary of State for Japan and Korea",),
        None,
        (),
    ),
    "mary-beth-morgan": (
        "Mary Beth Morgan",
        "us-side",
        ("Acting Deputy Assistant Secretary of Defense for East Asia Security",),
        None,
        (),
    ),
    "toshimitsu-motegi": (
        "Toshimitsu Motegi",
        "japan-side",
        ("Japanese Foreign Minister",),
        "foreign-ministry",
        (),
    ),
    "nobuo-kishi": ("Nobuo Kishi", "japan-side", ("Defense Minister",), "defense-ministry", ()),
    "yutaka-arima": (
        "Yutaka Arima",
        "japan-side",
        ("Deputy Director General for North American Affairs",),
        "foreign-ministry",
        (),
    ),
    "taro-yamato": (
        "Taro Yamato",
        "japan-side",
        ("Deputy Director General for Defense Policy",),
        "defense-ministry",
        (),
    ),
}

ORGANIZATIONS = {
    # id: (name, side, aliases)
    "foreign-ministry": ("Foreign Ministry", "japan-side", ()),
    "defense-ministry": ("Defense Ministry", "japan-side", ()),
    "us-military": ("U.S. military", "us-side", ()),
    "china-coast-guard": ("Chinese coast guard", None, ("China's coast guard",)),
}

COUNTRIES = {
    "united-states": ("United States", "us-side", ("Washington", "U.S.")),
    "japan": ("Japan", "japan-side", ("Tokyo",)),
    "china": ("China", None, ("Beijing",)),
    "north-korea": ("North Korea", None, ()),
}

D = dt.date
EVENTS = {
    # id: (when text, date, earliest, latest, status, certainty, participants, topics)
    "blinken-speech": (
        "on Wednesday",
        "2021-03-03",
        D(2021, 3, 3),
        D(2021, 3, 3),
        "occurred",
        "stated",
        {"antony-blinken"},
        {"us-china-relationship"},
    ),
    "preparatory-video-conference": (
        "On Thursday",
        "2021-03-04",
        D(2021, 3, 4),
        D(2021, 3, 4),
        "occurred",
        "stated",
        {"marc-knapper", "mary-beth-morgan", "yutaka-arima", "taro-yamato"},
        {"indo-pacific-security", "bilateral-defense-cooperation"},
    ),
    "visit-preparations": (
        "have begun preparations",
        "../2021-03-05",
        None,
        D(2021, 3, 5),
        "ongoing",
        "stated",
        {"united-states", "japan"},
        set(),
    ),
    "cost-sharing-extension-agreed": (
        "recently",
        "../2021-03-05",
        None,
        D(2021, 3, 5),
        "occurred",
        "stated",
        {"united-states", "japan"},
        {"cost-sharing"},
    ),
    "coast-guard-incursions": (
        "recent",
        "../2021-03-05",
        None,
        D(2021, 3, 5),
        "occurred",
        "stated",
        {"china-coast-guard", "china"},
        {"senkaku-incursions"},
    ),
    "coast-guard-law-passed": (
        "a new law",
        "../2021-03-05",
        None,
        D(2021, 3, 5),
        "occurred",
        "stated",
        {"china", "china-coast-guard"},
        {"coast-guard-law"},
    ),
    "ministers-visit": (
        "as early as mid-March",
        "2021-03",
        D(2021, 3, 11),
        D(2021, 3, 20),
        "planned",
        "stated",
        {"antony-blinken", "lloyd-austin"},
        set(),
    ),
    "two-plus-two": (
        "The meetings in March",
        "2021-03",
        D(2021, 3, 1),
        D(2021, 3, 31),
        "planned",
        "stated",
        {"antony-blinken", "lloyd-austin", "toshimitsu-motegi", "nobuo-kishi"},
        {
            "china-military-expansion",
            "japan-us-alliance",
            "senkaku-incursions",
            "coast-guard-law",
            "south-china-sea",
            "hong-kong",
            "uyghur-rights",
            "greater-cooperation",
            "north-korea-denuclearization",
            "space-and-cyber-defense",
        },
    ),
    "individual-talks": (
        "The meetings in March",
        "2021-03",
        D(2021, 3, 1),
        D(2021, 3, 31),
        "planned",
        "stated",
        {"antony-blinken", "lloyd-austin", "toshimitsu-motegi", "nobuo-kishi"},
        {"china-military-expansion", "japan-us-alliance"},
    ),
    "cost-sharing-extension": (
        "by a year from the end of March",
        "2021-04/2022-03",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "planned",
        "stated",
        {"united-states", "japan", "us-military"},
        {"cost-sharing"},
    ),
    "cost-sharing-negotiation": (
        "still need to negotiate",
        None,
        None,
        None,
        "expected",
        "stated",
        {"united-states", "japan"},
        {"cost-sharing"},
    ),
    "full-cost-sharing-deal": (
        "fiscal 2022 and beyond",
        "2022-04/..",
        D(2022, 4, 1),
        None,
        "possible",
        "possible",
        {"united-states", "japan", "us-military"},
        {"cost-sharing"},
    ),
}

TOPICS = {
    # id: (parent, certainty) — the article's hedging: "likely will center on", "are expected to
    # discuss", "other potential topics", and plain statements.
    "china-military-expansion": (None, "likely"),
    "senkaku-incursions": ("china-military-expansion", "expected"),
    "coast-guard-law": ("china-military-expansion", "expected"),
    "south-china-sea": ("china-military-expansion", "possible"),
    "japan-us-alliance": (None, "likely"),
    "indo-pacific-security": ("japan-us-alliance", "stated"),
    "bilateral-defense-cooperation": ("japan-us-alliance", "stated"),
    "cost-sharing": ("japan-us-alliance", "stated"),
    "greater-cooperation": ("japan-us-alliance", "stated"),
    "north-korea-denuclearization": ("greater-cooperation", "stated"),
    "space-and-cyber-defense": ("greater-cooperation", "stated"),
    "hong-kong": (None, "possible"),
    "uyghur-rights": (None, "possible"),
    "us-china-relationship": (None, "stated"),
}


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load(seed_path())


def _article_words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_article_is_verbatim_and_ships_in_the_package() -> None:
    shipped = seed_path().parent / ARTICLE
    in_repo = REPO / "seeds" / ARTICLE
    assert shipped.read_bytes() == in_repo.read_bytes()
    shared = REPO.parent / "shared" / "seeds" / ARTICLE
    if shared.exists():
        assert in_repo.read_bytes() == shared.read_bytes()


def test_document(seed: Briefing) -> None:
    document = seed.document
    assert document.published == dt.date(2021, 3, 5)
    assert document.published.strftime("%A") == "Friday"
    assert document.place == "Tokyo"
    assert document.text == (REPO / "seeds" / ARTICLE).read_text(encoding="utf-8")
    assert document.summary


def test_sides(seed: Briefing) -> None:
    assert {side.id: side.name for side in seed.sides} == {
        "us-side": "United States",
        "japan-side": "Japan",
    }


def test_people_with_every_role_as_written(seed: Briefing) -> None:
    people = {p.id: p for p in seed.participants if p.kind == "person"}
    assert set(people) == set(PEOPLE)
    for person_id, (name, side, roles, org, aliases) in PEOPLE.items():
        person = people[person_id]
        assert (person.name, person.side, person.roles, person.org, person.aliases) == (
            name,
            side,
            roles,
            org,
            aliases,
        ), person_id


def test_organizations_and_countries(seed: Briefing) -> None:
    for kind, expected in (("organization", ORGANIZATIONS), ("country", COUNTRIES)):
        found = {p.id: (p.name, p.side, p.aliases) for p in seed.participants if p.kind == kind}
        assert found == expected, kind


def test_events_dates_status_and_hedging(seed: Briefing) -> None:
    events = {event.id: event for event in seed.events}
    assert set(events) == set(EVENTS)
    for event_id, expected in EVENTS.items():
        event: Event = events[event_id]
        found = (
            event.when.text,
            event.when.date,
            event.when.earliest,
            event.when.latest,
            str(event.status),
            str(event.certainty),
            set(event.participants),
            set(event.topics),
        )
        assert found == expected, event_id
    assert str(events["ministers-visit"].when.mod) == "mid"


def test_timeline_order(seed: Briefing) -> None:
    ordered = [e.id for e in sorted(seed.events, key=lambda e: e.when.sort_key)]
    assert ordered.index("blinken-speech") < ordered.index("preparatory-video-conference")
    assert ordered.index("preparatory-video-conference") < ordered.index("ministers-visit")
    assert ordered.index("ministers-visit") < ordered.index("cost-sharing-extension")
    assert ordered.index("cost-sharing-extension") < ordered.index("full-cost-sharing-deal")
    assert ordered[-1] == "cost-sharing-negotiation"


def test_topics_tree_and_hedging(seed: Briefing) -> None:
    found = {t.id: (t.parent, str(t.certainty)) for t in seed.topics}
    assert found == TOPICS


def test_every_item_has_evidence(seed: Briefing) -> None:
    for item in (*seed.participants, *seed.events, *seed.topics):
        assert item.evidence, item.id
        for quote in item.evidence:
            assert seed.document.text[quote.span.start : quote.span.end]


def test_names_roles_and_date_words_come_from_the_article(seed: Briefing) -> None:
    """No facts from outside the article: every name, alias, role and date phrase is in it."""
    words = _article_words(seed.document.text)
    phrases: list[str] = []
    for participant in seed.participants:
        phrases += [*participant.roles, *participant.aliases]
        if participant.kind == "person":
            phrases.append(participant.name)
    for topic in seed.topics:
        phrases += topic.aliases
    phrases += [event.when.text for event in seed.events]
    missing = [phrase for phrase in phrases if phrase not in words]
    assert missing == []


def test_links_cross_the_whole_briefing(seed: Briefing) -> None:
    assert "two-plus-two" in seed.links.linked("toshimitsu-motegi")
    assert "japan-side" in seed.links.linked("toshimitsu-motegi")
    assert "foreign-ministry" in seed.links.linked("toshimitsu-motegi")
    assert "yutaka-arima" in seed.links.linked("foreign-ministry")
    assert "senkaku-incursions" in seed.links.linked("china-military-expansion")
    assert "china-military-expansion" in seed.links.linked("senkaku-incursions")
    assert "marc-knapper" in seed.links.linked("preparatory-video-conference")
    assert seed.warnings == ()
