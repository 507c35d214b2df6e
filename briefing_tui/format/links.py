"""Which items are linked to which, computed once at load so the reader can ask on every keypress.

Links go both ways: an event links its participants and topics and each of them links the event
back; a participant links its side and its organisation (and they link the participant); a topic
links its parent (and the parent links its children). An item is never linked to itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from briefing_tui.format.model import Event, Participant, Side, Topic

__all__ = ["LinkIndex", "build_links"]

_NONE: frozenset[str] = frozenset()


class LinkIndex(Mapping[str, frozenset[str]]):
    """Every item id mapped to the ids linked to it.

    Holds an entry for every item given to `build_links`, linked or not; `linked` on an unknown id
    is an empty set rather than an error, so a reader can ask about anything. The ids are kept as
    tuples (a briefing has one entry per item, and a tuple is a fraction of a set's size); `linked`
    looks one up and makes the frozenset the reader asks membership of.
    """

    __slots__ = ("_links",)

    def __init__(self, links: Mapping[str, Iterable[str]] | None = None) -> None:
        self._links: dict[str, tuple[str, ...]] = {
            item_id: _unique(ids) for item_id, ids in (links or {}).items()
        }

    def linked(self, item_id: str) -> frozenset[str]:
        """The ids linked to `item_id` in either direction (empty for an unknown id)."""
        ids = self._links.get(item_id)
        return frozenset(ids) if ids else _NONE

    def __getitem__(self, item_id: str) -> frozenset[str]:
        ids = self._links[item_id]
        return frozenset(ids) if ids else _NONE

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._links

    def __iter__(self) -> Iterator[str]:
        return iter(self._links)

    def __len__(self) -> int:
        return len(self._links)

    def __repr__(self) -> str:
        return f"<LinkIndex of {len(self._links)} items>"


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    """`ids` as a tuple without repeats, in their order (the one empty tuple for none)."""
    found = tuple(ids)
    if len(found) > 1 and len(set(found)) < len(found):
        found = tuple(dict.fromkeys(found))
    return found or ()


def build_links(
    sides: Iterable[Side],
    participants: Iterable[Participant],
    events: Iterable[Event],
    topics: Iterable[Topic],
) -> LinkIndex:
    """The link index of a briefing's items.

    References to ids that are not among the items given are left out: the loader reports them as
    errors, and a reader must never be sent to an item that does not exist.
    """
    sides, participants, events, topics = (
        tuple(group) for group in (sides, participants, events, topics)
    )
    found: dict[str, list[str]] = {}
    for group in (sides, participants, events, topics):
        for item in group:
            if item.id not in found:
                found[item.id] = []

    def link(a: str, b: str | None) -> None:
        if b is not None and a != b:
            others = found.get(b)
            if others is not None:
                found[a].append(b)
                others.append(a)

    for participant in participants:
        link(participant.id, participant.side)
        link(participant.id, participant.org)
    for event in events:
        for other in event.participants:
            link(event.id, other)
        for other in event.topics:
            link(event.id, other)
    for topic in topics:
        link(topic.id, topic.parent)
    return LinkIndex(found)
