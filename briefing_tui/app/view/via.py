"""What is linked to an item through an event: people <-> topics (no Textual import).

A participant and a topic are rarely linked directly; they meet in the events that link both
(Blinken takes part in the two-plus-two, which is about cost-sharing). `ViaLinks` answers, for a
participant, the topics linked to its events and, for a topic, the participants linked to its
events, leaving out what is linked directly. It is made once per briefing from `briefing.links`
and works per item on first ask (kept in a small cache), so opening a briefing costs nothing and a
selection costs one pass over the item's events.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing_tui.format.model import Briefing, Event, Participant, Topic

_CACHE_LIMIT = 256
"""Items whose via-links are kept (a selection walk revisits the same few)."""

_NONE: dict[str, tuple[str, ...]] = {}


class ViaLinks:
    """The items linked to an item through an event, with those events in timeline order."""

    def __init__(self, briefing: Briefing, event_order: Mapping[str, int] | None = None) -> None:
        self._briefing = briefing
        self._order = event_order
        self._cache: dict[str, dict[str, tuple[str, ...]]] = {}

    def event_order(self) -> Mapping[str, int]:
        """Each event's position in the timeline (given, or worked out on first use)."""
        if self._order is None:
            from briefing_tui.format.timeline import timeline

            briefing = self._briefing
            ordered = timeline(briefing.events, briefing.document.published)
            self._order = {event.id: index for index, event in enumerate(ordered)}
        return self._order

    def via(self, item_id: str | None) -> Mapping[str, tuple[str, ...]]:
        """Each item linked to `item_id` through an event (not directly) -> those events."""
        if item_id is None:
            return _NONE
        found = self._cache.get(item_id)
        if found is None:
            found = self._compute(item_id)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[item_id] = found
        return found

    def ids(self, item_id: str | None) -> frozenset[str]:
        """The ids linked to `item_id` through an event only."""
        return frozenset(self.via(item_id))

    def _compute(self, item_id: str) -> dict[str, tuple[str, ...]]:
        items = self._briefing.items
        links = self._briefing.links
        item = items.get(item_id)
        if isinstance(item, Participant):
            wanted: type = Topic
        elif isinstance(item, Topic):
            wanted = Participant
        else:
            return _NONE
        direct = links.linked(item_id)
        found: dict[str, list[str]] = {}
        for event_id in direct:
            if not isinstance(items.get(event_id), Event):
                continue
            for other in links.linked(event_id):
                if other == item_id or other in direct:
                    continue
                if isinstance(items.get(other), wanted):
                    found.setdefault(other, []).append(event_id)
        if not found:
            return _NONE
        order = self.event_order()
        last = len(order)
        return {
            other: tuple(sorted(events, key=lambda event: order.get(event, last)))
            for other, events in found.items()
        }
