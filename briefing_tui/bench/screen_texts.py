"""The texts of the reader's first screen, as plain strings: the input of the static-screen app.

`first_paint_ratio` compares the reader with a bare Textual app that draws one short line. To
tell how much of that gap is the reader's own work and how much is Textual drawing a screen of
five bordered panes full of text at all, the bench also times `static_screen`: the same panes in
the same layout, each one `Static` showing the text made here from the same briefing. Making
the texts (and loading the briefing) happens in the bench's own process, before the clock
starts; the timed child only reads one small file.

No Textual here (`app.rows` and `app.labels` import none): the bench's parent imports this
module.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from briefing_tui.app.view.labels import (
    CERTAINTY_SHORT,
    KIND_SHORT,
    STATUS_GLYPHS,
    date_range_long,
)
from briefing_tui.app.view.rows import Row, RowKind, participant_rows, timeline_rows, topic_rows
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Side, Topic
from briefing_tui.format.text import visible

PANES = ("header", "timeline", "participants", "topics", "article", "inspector", "footer")
"""The texts, in the order they are written to the file."""

TITLES = {
    "timeline": "Timeline",
    "participants": "Participants",
    "topics": "Topics",
    "article": "Article",
    "inspector": "Inspector",
}
"""Border titles of the five panes (the reader's titles without their counts)."""

FOOTER = " ⏎ Open  [ Back  ] Forward  / Filter  l Linked only  q Quit  ? Help  ^p palette"
"""The reader's footer as it reads with the timeline focused."""

ARTICLE_LIMIT = 4000
"""Characters of the article given to its Static: more than a pane shows at any size."""

_SEPARATOR = "\x1e"
"""Between texts in the file. `visible` turns every control character of the briefing into a
printable stand-in, so the separator never occurs inside a text."""


def first_screen_texts(briefing: Briefing) -> dict[str, str]:
    """What each pane of the reader's first screen shows, as plain text, without styles.

    The lists are the reader's own rows (`app.rows`: the timeline's order and dividers, sides and
    their members, the topic tree), each written with the reader's words and glyphs
    (`app.labels`) in the columns its panes use at 120 columns; every row is there (a pane shows
    what fits). The inspector shows the timeline's first event, as the reader opens on it.
    """
    document = briefing.document
    timeline = timeline_rows(briefing.events, document.published)
    first_event = next((row.item_id for row in timeline if row.selectable), None)
    texts = {
        "header": f" {document.title}  ·  {document.place} · {document.published:%a %Y-%m-%d}",
        "timeline": "\n".join(_timeline_line(briefing, row) for row in timeline) or "no events",
        "participants": "\n".join(
            _participant_line(briefing, row) for row in participant_rows(briefing)
        )
        or "no participants",
        "topics": "\n".join(_topic_line(briefing, row) for row in topic_rows(briefing.topics))
        or "no topics",
        "article": document.text[:ARTICLE_LIMIT],
        "inspector": _inspector(briefing.items[first_event])
        if first_event is not None
        else "nothing selected",
        "footer": FOOTER,
    }
    return {name: visible(text, multiline=True) for name, text in texts.items()}


def write_texts(texts: Mapping[str, str], path: Path) -> None:
    """Writes `texts` (every name in `PANES`) for `read_texts`."""
    path.write_text(_SEPARATOR.join(texts[name] for name in PANES), encoding="utf-8")


def read_texts(path: Path) -> dict[str, str]:
    """The texts `write_texts` wrote (a name missing from the file reads as empty)."""
    parts = path.read_text(encoding="utf-8").split(_SEPARATOR)
    return {name: parts[index] if index < len(parts) else "" for index, name in enumerate(PANES)}


def _timeline_line(briefing: Briefing, row: Row) -> str:
    if row.kind == RowKind.DIVIDER:
        return f"── {row.text} ──"
    event = briefing.items[row.item_id or ""]
    assert isinstance(event, Event)
    when = event.when
    return (
        f"{STATUS_GLYPHS[event.status]} {when.text[:18]:<18} {date_range(when)[:16]:<16} "
        f"{event.title} {CERTAINTY_SHORT[event.certainty]:>8}"
    )


def _participant_line(briefing: Briefing, row: Row) -> str:
    if row.item_id is None:
        return row.text
    item = briefing.items[row.item_id]
    if isinstance(item, Side):
        return item.name
    assert isinstance(item, Participant)
    roles = f" · {'; '.join(item.roles)}" if item.roles else ""
    return f"  {row.guide}{item.name} · {KIND_SHORT[item.kind]}{roles}"


def _topic_line(briefing: Briefing, row: Row) -> str:
    topic = briefing.items[row.item_id or ""]
    assert isinstance(topic, Topic)
    return f"{row.guide}{topic.title} {CERTAINTY_SHORT[topic.certainty]}"


def _inspector(event: Item) -> str:
    assert isinstance(event, Event)
    lines = [
        f"EVENT · {event.id}",
        event.title,
        f"When       {event.when.text}",
        f"Dates      {date_range_long(event.when)}",
        f"Status     {STATUS_GLYPHS[event.status]} {event.status.value}",
        f"Certainty  {event.certainty.value}",
        "",
        f"Evidence ({len(event.evidence)})",
        *(f"  “{quote.exact}”" for quote in event.evidence),
        "",
        f"Participants ({len(event.participants)})",
        *(f"  {participant}" for participant in event.participants),
    ]
    return "\n".join(lines)
