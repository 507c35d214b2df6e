"""The `ics` export: the timeline as an iCalendar file, through the `icalendar` library.

One all-day VEVENT per event with both ends dated: DTSTART its first possible day, DTEND the day
after its last (DTEND is exclusive in iCalendar). The description keeps what makes the date worth
having: the article's words, the resolved range, status and certainty, the participants, the
evidence. STATUS is CONFIRMED for what occurred or is under way, TENTATIVE for what is planned,
expected or possible. Undated and open-ended events cannot be put on a calendar honestly; they are
left out and counted by `notes`. Text is made visible (no control characters); icalendar escapes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from briefing_tui.export.common import day_after, one_line
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, EventStatus

PRODID = "-//briefing-tui//briefing export//EN"

_CONFIRMED = {EventStatus.OCCURRED, EventStatus.ONGOING}


def calendar_events(briefing: Briefing) -> Iterator[Event]:
    """The events with both ends dated, in file order."""
    for event in briefing.events:
        if event.when.earliest is not None and event.when.latest is not None:
            yield event


def notes(briefing: Briefing) -> list[str]:
    """How many events were left out, and why."""
    undated = sum(1 for event in briefing.events if not event.when.is_dated)
    open_ended = sum(
        1
        for event in briefing.events
        if event.when.is_dated and (event.when.earliest is None or event.when.latest is None)
    )
    found = []
    if undated:
        found.append(f"left out {undated} undated event{'s' * (undated != 1)}")
    if open_ended:
        found.append(f"left out {open_ended} open-ended event{'s' * (open_ended != 1)}")
    return found


def render(briefing: Briefing) -> str:
    """The iCalendar text (CRLF line ends, as RFC 5545 wants)."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", one_line(briefing.document.title))
    stamp = dt.datetime.combine(briefing.document.published, dt.time(0, 0), tzinfo=dt.UTC)
    names = {item_id: one_line(item.label) for item_id, item in briefing.items.items()}
    for event in calendar_events(briefing):
        assert event.when.earliest is not None and event.when.latest is not None
        entry = VEvent()
        entry.add("uid", f"{event.id}@{_uid_domain(briefing)}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.when.earliest)
        entry.add("dtend", day_after(event.when.latest))
        entry.add("summary", one_line(event.title))
        entry.add("description", _description(briefing, event, names))
        entry.add("status", "CONFIRMED" if event.status in _CONFIRMED else "TENTATIVE")
        entry.add("transp", "TRANSPARENT")
        if event.place:
            entry.add("location", one_line(event.place))
        entry.add("categories", [event.status.value, event.certainty.value])
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


def _uid_domain(briefing: Briefing) -> str:
    return f"{briefing.document.published.isoformat()}.briefing-tui"


def _description(briefing: Briefing, event: Event, names: dict[str, str]) -> str:
    article = briefing.document.text
    lines = [
        f"When: “{one_line(event.when.text)}” ({date_range(event.when)})",
        f"Status: {event.status.value}; certainty: {event.certainty.value}",
    ]
    if event.participants:
        lines.append("Participants: " + "; ".join(names.get(p, p) for p in event.participants))
    if event.topics:
        lines.append("Topics: " + "; ".join(names.get(t, t) for t in event.topics))
    for quote in event.evidence:
        lines.append(f"“{one_line(article[quote.span.start : quote.span.end])}”")
    lines.append(f"From: {one_line(briefing.document.title)} ({briefing.document.published})")
    return "\n".join(lines)
