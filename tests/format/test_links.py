"""The link index answers "what is linked to X?" both ways, by lookup, never with X itself."""

from __future__ import annotations

import pytest

from briefing_tui.format.links import LinkIndex, build_links
from briefing_tui.format.model import (
    Certainty,
    Event,
    EventStatus,
    Participant,
    ParticipantKind,
    Quote,
    Side,
    Span,
    Topic,
    When,
)

EVIDENCE = (Quote(exact="x", span=Span(0, 1)),)


def side(item_id: str) -> Side:
    return Side(id=item_id, name=item_id.title())


def person(item_id: str, side: str | None = None, org: str | None = None) -> Participant:
    return Participant(
        id=item_id,
        name=item_id.title(),
        kind=ParticipantKind.PERSON,
        evidence=EVIDENCE,
        side=side,
        org=org,
    )


def organization(item_id: str, side: str | None = None) -> Participant:
    return Participant(
        id=item_id,
        name=item_id.title(),
        kind=ParticipantKind.ORGANIZATION,
        evidence=EVIDENCE,
        side=side,
    )


def event(item_id: str, participants: tuple[str, ...] = (), topics: tuple[str, ...] = ()) -> Event:
    return Event(
        id=item_id,
        title=item_id.title(),
        when=When(text="soon"),
        status=EventStatus.PLANNED,
        certainty=Certainty.STATED,
        evidence=EVIDENCE,
        participants=participants,
        topics=topics,
    )


def topic(item_id: str, parent: str | None = None) -> Topic:
    return Topic(
        id=item_id,
        title=item_id.title(),
        certainty=Certainty.LIKELY,
        evidence=EVIDENCE,
        parent=parent,
    )


def seed_like() -> LinkIndex:
    return build_links(
        sides=[side("us"), side("japan")],
        participants=[
            organization("state-dept", side="us"),
            person("blinken", side="us", org="state-dept"),
            person("austin", side="us"),
            person("motegi", side="japan"),
            person("loner"),
        ],
        events=[
            event("visit", participants=("blinken", "austin"), topics=("security",)),
            event("two-plus-two", participants=("blinken", "austin", "motegi"), topics=("china",)),
            event("speech", participants=("blinken",)),
        ],
        topics=[
            topic("security"),
            topic("china", parent="security"),
            topic("senkaku", parent="china"),
        ],
    )


def test_an_events_participants_and_topics_link_both_ways() -> None:
    links = seed_like()
    assert links.linked("two-plus-two") == {"blinken", "austin", "motegi", "china"}
    assert links.linked("motegi") == {"two-plus-two", "japan"}
    assert links.linked("austin") == {"visit", "two-plus-two", "us"}
    assert "visit" in links.linked("security")


def test_a_participants_side_and_org_link_both_ways() -> None:
    links = seed_like()
    assert links.linked("blinken") == {"us", "state-dept", "visit", "two-plus-two", "speech"}
    assert links.linked("us") == {"state-dept", "blinken", "austin"}
    assert links.linked("japan") == {"motegi"}
    assert links.linked("state-dept") == {"us", "blinken"}


def test_topics_link_parent_and_children() -> None:
    links = seed_like()
    assert links.linked("security") == {"china", "visit"}
    assert links.linked("china") == {"security", "senkaku", "two-plus-two"}
    assert links.linked("senkaku") == {"china"}


def test_every_link_has_its_reverse_and_nothing_links_itself() -> None:
    links = seed_like()
    for item_id in links:
        assert item_id not in links.linked(item_id)
        for other in links.linked(item_id):
            assert item_id in links.linked(other)


def test_self_references_make_no_link() -> None:
    links = build_links(
        sides=[],
        participants=[organization("org"), person("self-org", org="self-org")],
        events=[event("e", participants=("e",), topics=("e",))],
        topics=[topic("t", parent="t")],
    )
    assert links.linked("self-org") == frozenset()
    assert links.linked("e") == frozenset()
    assert links.linked("t") == frozenset()


def test_unknown_ids_and_unlinked_items() -> None:
    links = seed_like()
    assert links.linked("nobody") == frozenset()
    assert isinstance(links.linked("nobody"), frozenset)
    assert "nobody" not in links
    assert "loner" in links
    assert links.linked("loner") == frozenset()
    assert len(links) == 2 + 5 + 3 + 3


def test_references_to_missing_items_are_left_out() -> None:
    links = build_links(
        sides=[],
        participants=[person("p", side="ghost-side", org="ghost-org")],
        events=[event("e", participants=("p", "ghost"), topics=("ghost-topic",))],
        topics=[topic("t", parent="ghost-parent")],
    )
    assert links.linked("p") == {"e"}
    assert links.linked("e") == {"p"}
    assert "ghost" not in links
    assert links.linked("ghost") == frozenset()


def test_repeated_references_count_once() -> None:
    links = build_links(
        sides=[],
        participants=[person("p")],
        events=[event("e", participants=("p", "p"))],
        topics=[],
    )
    assert links.linked("e") == {"p"}


def test_linked_sets_are_frozen_and_the_index_is_a_mapping() -> None:
    links = seed_like()
    assert isinstance(links.linked("blinken"), frozenset)
    assert links["blinken"] == links.linked("blinken")
    assert dict(links)["motegi"] == {"two-plus-two", "japan"}
    assert len(LinkIndex()) == 0


@pytest.mark.slow
def test_building_and_asking_at_fifty_thousand_events() -> None:
    participants = [person(f"p{i}", side=f"s{i % 3}") for i in range(2500)]
    topics = [topic(f"t{i}", parent=f"t{i // 10}" if i >= 10 else None) for i in range(1000)]
    events = [
        event(
            f"e{i}",
            participants=tuple(f"p{(i * 7 + k) % 2500}" for k in range(4)),
            topics=tuple(f"t{(i * 3 + k) % 1000}" for k in range(2)),
        )
        for i in range(50_000)
    ]
    links = build_links([side("s0"), side("s1"), side("s2")], participants, events, topics)
    assert len(links) == 3 + 2500 + 1000 + 50_000
    assert links.linked("e0") == {"p0", "p1", "p2", "p3", "t0", "t1"}
