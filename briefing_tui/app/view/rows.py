"""The rows of the three list panes, built once per briefing (no Textual import).

A row is tiny (kind, item id, depth, tree guide); everything shown is rendered from the item when
the row scrolls into view, so building rows for 50,000 events is one sort and one list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from briefing_tui.format.model import Briefing, Event, Participant, Topic
from briefing_tui.format.timeline import is_to_come, timeline


class RowKind(IntEnum):
    """What a row shows."""

    ITEM = 0
    """An item: selectable."""
    GROUP = 1
    """A group heading that is an item itself (a side): selectable."""
    HEADING = 2
    """A heading that is no item ("Unaffiliated"): not selectable."""
    DIVIDER = 3
    """A divider in the timeline ("now · 2021-03-05"): not selectable."""


class Row(NamedTuple):
    """One line of a list pane; `text` is the app's own words for headings and dividers.

    A `NamedTuple` rather than a frozen dataclass, like the app's other small records: as
    immutable, and cheaper to create at import, on the way to the first frame (a dataclass
    compiles its generated methods then).
    """

    kind: RowKind
    item_id: str | None = None
    depth: int = 0
    guide: str = ""
    text: str = ""

    @property
    def selectable(self) -> bool:
        """True for rows that stand for an item."""
        return self.item_id is not None


def timeline_rows(events: Sequence[Event], dateline: dt.date) -> list[Row]:
    """Events in timeline order, a "now" divider at the dateline and one before the undated."""
    if not events:
        return []
    rows: list[Row] = []
    now_placed = False
    undated_placed = False
    now = Row(RowKind.DIVIDER, text=f"now · {dateline.isoformat()}")
    for event in timeline(events, dateline):
        undated = not event.when.is_dated
        if not now_placed and (undated or is_to_come(event, dateline)):
            rows.append(now)
            now_placed = True
        if undated and not undated_placed:
            rows.append(Row(RowKind.DIVIDER, text="undated"))
            undated_placed = True
        rows.append(Row(RowKind.ITEM, event.id))
    if not now_placed:
        rows.append(now)
    return rows


def participant_rows(briefing: Briefing) -> list[Row]:
    """Participants under their side's heading (sides in file order), then "Unaffiliated".

    Within a group a participant whose `org` is in the same group is indented under it.
    """
    groups: dict[str | None, list[Participant]] = {side.id: [] for side in briefing.sides}
    groups[None] = []
    for participant in briefing.participants:
        groups.setdefault(participant.side, []).append(participant)
    rows: list[Row] = []
    for side in briefing.sides:
        rows.append(Row(RowKind.GROUP, side.id))
        rows.extend(_group_rows(groups[side.id]))
    unaffiliated = [p for key, members in groups.items() if key is None for p in members]
    unaffiliated += [
        p
        for key, members in groups.items()
        if key is not None and key not in briefing.items
        for p in members
    ]
    if unaffiliated:
        rows.append(Row(RowKind.HEADING, text="Unaffiliated"))
        rows.extend(_group_rows(unaffiliated))
    return rows


def _group_rows(members: list[Participant]) -> list[Row]:
    in_group = {member.id for member in members}
    children: dict[str, list[Participant]] = {}
    top: list[Participant] = []
    for member in members:
        if member.org is not None and member.org in in_group and member.org != member.id:
            children.setdefault(member.org, []).append(member)
        else:
            top.append(member)
    rows: list[Row] = []
    placed: set[str] = set()
    for member in top:
        rows.append(Row(RowKind.ITEM, member.id, depth=0))
        placed.add(member.id)
        kids = children.get(member.id, [])
        for index, kid in enumerate(kids):
            last = index == len(kids) - 1
            rows.append(Row(RowKind.ITEM, kid.id, depth=1, guide="└ " if last else "├ "))
            placed.add(kid.id)
    rows.extend(Row(RowKind.ITEM, m.id) for m in members if m.id not in placed)
    return rows


def topic_rows(topics: Sequence[Topic]) -> list[Row]:
    """Topics as a tree: roots in file order, each followed by its children, depth first."""
    known = {topic.id for topic in topics}
    children: dict[str | None, list[Topic]] = {}
    for topic in topics:
        parent = topic.parent if topic.parent in known else None
        children.setdefault(parent, []).append(topic)
    rows: list[Row] = []
    seen: set[str] = set()
    stack: list[tuple[Topic, int, str, bool]] = [
        (topic, 0, "", index == len(children.get(None, [])) - 1)
        for index, topic in enumerate(children.get(None, []))
    ][::-1]
    while stack:
        topic, depth, prefix, last = stack.pop()
        if topic.id in seen:
            continue
        seen.add(topic.id)
        guide = prefix + ("└ " if last else "├ ") if depth else ""
        rows.append(Row(RowKind.ITEM, topic.id, depth=depth, guide=guide))
        kids = children.get(topic.id, [])
        child_prefix = prefix + ("  " if last else "│ ") if depth else ""
        for index in range(len(kids) - 1, -1, -1):
            stack.append((kids[index], depth + 1, child_prefix, index == len(kids) - 1))
    rows.extend(Row(RowKind.ITEM, t.id) for t in topics if t.id not in seen)
    return rows
