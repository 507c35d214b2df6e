"""What every export shows the same way: timeline order, date ranges, sides, the topic tree, words.

Only model reads here (no output format), so each format module stays about its own syntax.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing_tui.format.dates import date_range
from briefing_tui.format.model import (
    Briefing,
    Certainty,
    Event,
    EventStatus,
    Item,
    ItemKind,
    Participant,
    Side,
    Topic,
)
from briefing_tui.format.text import visible
from briefing_tui.format.timeline import is_to_come, timeline

STATUS_GLYPHS: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "●",
    EventStatus.ONGOING: "◐",
    EventStatus.PLANNED: "○",
    EventStatus.EXPECTED: "◌",
    EventStatus.POSSIBLE: "?",
}
"""The reader's glyph per status: filled when it happened, half while it goes on, hollow ahead."""

CERTAINTY_ORDER = tuple(Certainty)

_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """`text` on one line (whitespace runs become one space), control characters made visible."""
    return visible(_SPACES.sub(" ", text).strip())


def dateline(briefing: Briefing) -> str:
    """`Fri 2021-03-05`: the article's publication day."""
    published = briefing.document.published
    return f"{published.strftime('%a')} {published.isoformat()}"


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A line of the timeline: an event, or a divider (`now`, `undated`) when `event` is None."""

    event: Event | None
    divider: str = ""


def timeline_rows(briefing: Briefing) -> Iterator[TimelineRow]:
    """The events in timeline order with the "now" and "undated" dividers, as in the reader."""
    published = briefing.document.published
    now_shown = undated_shown = False
    for event in timeline(briefing.events, published):
        if not event.when.is_dated and not undated_shown:
            if not now_shown:
                now_shown = True
                yield TimelineRow(None, f"now · {published.isoformat()}")
            undated_shown = True
            yield TimelineRow(None, "undated")
        elif event.when.is_dated and not now_shown and is_to_come(event, published):
            now_shown = True
            yield TimelineRow(None, f"now · {published.isoformat()}")
        yield TimelineRow(event)
    if not now_shown and briefing.events:
        yield TimelineRow(None, f"now · {published.isoformat()}")


def sides_with_participants(
    briefing: Briefing,
) -> list[tuple[Side | None, list[tuple[int, Participant]]]]:
    """Participants by side (file order; `None` last for the unaffiliated), each with its depth
    under its organisation within the side (an organisation's members follow it)."""
    by_side: dict[str | None, list[Participant]] = {side.id: [] for side in briefing.sides}
    for participant in briefing.participants:
        by_side.setdefault(participant.side if participant.side in by_side else None, []).append(
            participant
        )
    groups: list[tuple[Side | None, list[tuple[int, Participant]]]] = []
    for side in (*briefing.sides, None):
        members = by_side.get(side.id if side else None, [])
        if members or side is not None:
            groups.append((side, _org_tree(members)))
    return groups


def _org_tree(members: list[Participant]) -> list[tuple[int, Participant]]:
    ids = {member.id for member in members}
    children: dict[str | None, list[Participant]] = {}
    for member in members:
        parent = member.org if member.org in ids and member.org != member.id else None
        children.setdefault(parent, []).append(member)
    out: list[tuple[int, Participant]] = []
    seen: set[str] = set()
    stack: list[tuple[int, Participant]] = [(0, m) for m in reversed(children.get(None, []))]
    while stack:
        depth, member = stack.pop()
        if member.id in seen:
            continue
        seen.add(member.id)
        out.append((depth, member))
        stack.extend((depth + 1, child) for child in reversed(children.get(member.id, [])))
    out.extend((0, member) for member in members if member.id not in seen)  # org cycles
    return out


def topic_tree(briefing: Briefing) -> list[tuple[int, Topic]]:
    """Topics in tree order (each after its parent, siblings in file order) with their depth."""
    ids = {topic.id for topic in briefing.topics}
    children: dict[str | None, list[Topic]] = {}
    for topic in briefing.topics:
        parent = topic.parent if topic.parent in ids else None
        children.setdefault(parent, []).append(topic)
    out: list[tuple[int, Topic]] = []
    seen: set[str] = set()
    stack: list[tuple[int, Topic]] = [(0, t) for t in reversed(children.get(None, []))]
    while stack:
        depth, topic = stack.pop()
        if topic.id in seen:
            continue
        seen.add(topic.id)
        out.append((depth, topic))
        stack.extend((depth + 1, child) for child in reversed(children.get(topic.id, [])))
    return out


def kind_of(item: Item) -> ItemKind:
    """The item's kind."""
    return item.item_kind


def detail(item: Item, briefing: Briefing) -> str:
    """A short description: kind and the most useful detail (roles, status, certainty)."""
    if isinstance(item, Participant):
        parts = [item.kind.value, *item.roles]
        if item.side and item.side in briefing.items:
            parts.append(briefing.items[item.side].label)
        return " · ".join(parts)
    if isinstance(item, Event):
        return f"{item.status.value} · {item.certainty.value} · {date_range(item.when)}"
    if isinstance(item, Topic):
        return f"topic · {item.certainty.value}"
    return "side"


def file_order(briefing: Briefing) -> dict[str, int]:
    """Each item id's place in the file (sides, participants, events, topics), for sorting links."""
    return {item_id: index for index, item_id in enumerate(briefing.items)}


def linked_by_kind(
    briefing: Briefing, item_id: str, order: dict[str, int]
) -> dict[ItemKind, list[Item]]:
    """The items linked to `item_id`, grouped by kind, each group in file order (`file_order`)."""
    groups: dict[ItemKind, list[Item]] = {}
    for other_id in sorted(briefing.links.linked(item_id), key=order.__getitem__):
        other = briefing.items[other_id]
        groups.setdefault(other.item_kind, []).append(other)
    return groups


def day_after(day: dt.date) -> dt.date:
    """The next day (for exclusive ends)."""
    return day + dt.timedelta(days=1)
