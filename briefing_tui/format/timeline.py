"""Where an event stands on the timeline, read with the dateline.

A date alone can place an event on the wrong side of "now": "the meetings in March", written on
March 5 about meetings still planned, spans March 1-31, yet the article says they are to come. The
timeline therefore reads each event's range together with its status: an event still to come cannot
fall before the dateline, and one that has occurred cannot fall after it. This is deduction from the
article itself, not a guess; the event's own `When` is left as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum

from briefing_tui.format.model import Event, EventStatus


class Phase(IntEnum):
    """Where an event stands relative to the dateline, in timeline order."""

    PAST = 0
    ONGOING = 1
    TO_COME = 2


_PHASES = {
    EventStatus.OCCURRED: Phase.PAST,
    EventStatus.ONGOING: Phase.ONGOING,
    EventStatus.PLANNED: Phase.TO_COME,
    EventStatus.EXPECTED: Phase.TO_COME,
    EventStatus.POSSIBLE: Phase.TO_COME,
}


def phase(event: Event) -> Phase:
    """The event's phase, from its status."""
    return _PHASES[event.status]


def timeline_key(event: Event, dateline: dt.date) -> tuple[int, dt.date, int, dt.date]:
    """Sort key: undated last; otherwise by the first day the event can fall on given its status,
    then past before ongoing before to come, then by the last possible day."""
    undated, first, last = event.when.sort_key
    if undated:
        return (1, first, phase(event), last)
    event_phase = phase(event)
    if event_phase is Phase.TO_COME and first < dateline <= last:
        first = dateline
    elif event_phase is Phase.PAST and last > dateline >= first:
        last = dateline
    return (0, first, event_phase, last)


def is_to_come(event: Event, dateline: dt.date) -> bool:
    """True when the event goes after the "now" divider.

    Decided by the sort key alone, so the divider splits the ordered timeline in two: dated events
    that start after the dateline, or on it but still to come.
    """
    undated, first, event_phase, _ = timeline_key(event, dateline)
    return not undated and (first, event_phase) > (dateline, Phase.ONGOING)


def timeline(events: Sequence[Event], dateline: dt.date) -> list[Event]:
    """The events in timeline order."""
    return sorted(events, key=lambda event: timeline_key(event, dateline))
