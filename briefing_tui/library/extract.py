"""What the index keeps of one loaded briefing: rows for the store, made from the model.

Nothing here touches the database: `rows(briefing)` turns a `Briefing` into plain tuples (items,
links, names, searchable passages) that `store.Store.add` writes. The model is dropped as soon as
its rows are written, so the library never holds every briefing in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from briefing_tui.format.model import Briefing, Event, Item, Participant, Side, Topic
from briefing_tui.format.timeline import timeline, timeline_key

PASSAGE_CHARS = 2000
"""Longest searchable passage: a longer paragraph is cut at a space, so snippets stay cheap."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Rows(NamedTuple):
    """Everything indexed of one briefing, ready for `Store.add`."""

    items: list[tuple[Any, ...]]
    links: list[tuple[str, str]]
    names: list[tuple[str, str, str, str]]
    passages: list[tuple[str | None, int, str]]


def fold(name: str) -> str:
    """A name as compared for likely duplicates: case and runs of whitespace ignored."""
    return " ".join(name.casefold().split())


def sort_key(key: tuple[int, Any, int, Any]) -> str:
    """A timeline key (`format.timeline.timeline_key`) as text that sorts the same way."""
    undated, first, phase, last = key
    return f"{undated}|{first.isoformat()}|{int(phase)}|{last.isoformat()}"


def searchable(text: str) -> str:
    """`text` with control characters (C0, C1, bidi controls) turned into spaces: the same
    length, so offsets hold, and no marker lookalikes or terminal controls in snippets."""
    return _CONTROLS.sub(" ", text)


def rows(briefing: Briefing) -> Rows:
    """The index rows of a loaded briefing."""
    document = briefing.document
    dateline = document.published
    day = dateline.isoformat()
    undated_key = f"0|{day}|3|{day}"
    items: list[tuple[Any, ...]] = []
    names: list[tuple[str, str, str, str]] = []
    for seq, event in enumerate(timeline(briefing.events, dateline)):
        items.append(_event_row(event, sort_key(timeline_key(event, dateline)), seq))
    base = len(items)
    others: list[Side | Participant | Topic] = [
        *briefing.sides,
        *briefing.participants,
        *briefing.topics,
    ]
    for seq, item in enumerate(others, start=base):
        items.append(_item_row(briefing, item, undated_key, seq))
        if isinstance(item, Participant | Topic):
            for name in (item.label, *item.aliases):
                names.append((item.id, str(item.item_kind), name, fold(name)))
    links = [
        (item_id, other)
        for item_id in briefing.items
        for other in sorted(briefing.links.linked(item_id))
    ]
    passages = list(_passages(briefing))
    return Rows(items, links, names, passages)


def _first_quote(item: Item) -> tuple[str | None, int | None]:
    if not item.evidence:
        return None, None
    quote = item.evidence[0]
    return quote.exact, quote.span.start


def _event_row(event: Event, key: str, seq: int) -> tuple[Any, ...]:
    quote, start = _first_quote(event)
    when = event.when
    return (
        event.id,
        "event",
        event.title,
        event.place,
        None,
        None,
        None,
        when.text,
        when.date,
        None if when.earliest is None else when.earliest.isoformat(),
        None if when.latest is None else when.latest.isoformat(),
        str(event.status),
        str(event.certainty),
        key,
        seq,
        quote,
        start,
    )


def _item_row(
    briefing: Briefing, item: Side | Participant | Topic, key: str, seq: int
) -> tuple[Any, ...]:
    quote, start = _first_quote(item)
    detail = side = roles = aliases = certainty = None
    if isinstance(item, Participant):
        detail = str(item.kind)
        if item.side is not None:
            side_item = briefing.items.get(item.side)
            side = side_item.label if side_item is not None else item.side
        roles = "\n".join(item.roles)
        aliases = "\n".join(item.aliases)
    elif isinstance(item, Topic):
        certainty = str(item.certainty)
        aliases = "\n".join(item.aliases)
        detail = item.parent
    return (
        item.id,
        str(item.item_kind),
        item.label,
        detail,
        side,
        roles,
        aliases,
        None,
        None,
        None,
        None,
        None,
        certainty,
        key,
        seq,
        quote,
        start,
    )


def _passages(briefing: Briefing) -> Iterator[tuple[str | None, int, str]]:
    """The article in paragraphs (long ones cut at spaces), then every evidence quote."""
    text = briefing.document.text
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = len(text) if match is None else match.start()
        yield from _chunks(text, start, end)
        if match is not None:
            start = match.end()
    for item in briefing.items.values():
        for quote in item.evidence:
            body = text[quote.span.start : quote.span.end]
            if body.strip():
                yield item.id, quote.span.start, searchable(body[:PASSAGE_CHARS])


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[None, int, str]]:
    while start < end:
        stop = min(end, start + PASSAGE_CHARS)
        if stop < end:
            space = text.rfind(" ", start + PASSAGE_CHARS // 2, stop)
            stop = space + 1 if space > 0 else stop
        body = text[start:stop]
        if body.strip():
            yield None, start, searchable(body)
        start = stop
