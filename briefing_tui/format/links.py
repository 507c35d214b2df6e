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
    """Every item id mapped to the ids linked to it; `linked` is a dictionary lookup.

    Holds an entry for every item given to `build_links`, linked or not; `linked` on an unknown id
    is an empty set rather than an error, so a reader can ask about anything.
    """

    __slots__ = ("_links",)

    def __init__(self, links: Mapping[str, frozenset[str]] | None = None) -> None:
        self._links: dict[str, frozenset[str]] = dict(links or {})

    def linked(self, item_id: str) -> frozenset[str]:
        """The ids linked to `item_id` in either direction (empty for an unknown id)."""
        return self._links.get(item_id, _NONE)

    def __getitem__(self, item_id: str) -> frozenset[str]:
        return self._links[item_id]

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._links

    def __iter__(self) -> Iterator[str]:
        return iter(self._links)

    def __len__(self) -> int:
        return len(self._links)

    def __repr__(self) -> str:
        return f"<LinkIndex of {len(self._links)} items>"


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
    found: dict[str, set[str]] = {}
    for group in (sides, participants, events, topics):
        for item in group:
            found.setdefault(item.id, set())

    def link(a: str, b: str | None) -> None:
        if b is not None and a != b and b in found:
            found[a].add(b)
            found[b].add(a)

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
    return LinkIndex({item_id: frozenset(ids) if ids else _NONE for item_id, ids in found.items()})
