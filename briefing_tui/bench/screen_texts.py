"""The texts of the reader's first screen, as plain strings: the input of the static-screen app.

`first_paint_ratio` compares the reader with a bare Textual app that draws one short line. To
tell how much of that gap is the reader's own work and how much is Textual drawing a screen of
five bordered panes full of text at all, the bench also times `static_screen`: the same panes in
the same layout, each one `Static` showing the text made here from the same briefing. Making
the texts (and loading the briefing) happens in the bench's own process, before the clock
starts; the timed child only reads one small file.

No Textual here: the bench's parent imports this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from briefing_tui.format.model import Briefing, Event, Topic

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
    """What each pane of the reader's first screen shows, approximately, as plain text.

    The lists hold every item (a pane shows what fits), in about the reader's order: events by
    `When.sort_key` (the reader's timeline also reads status against the dateline and adds
    dividers: `app.rows.timeline_rows`), participants under their sides in file order, topics as
    an indented tree. The inspector shows the first of those events.
    """
    document = briefing.document
    events = sorted(briefing.events, key=lambda event: event.when.sort_key)
    texts = {
        "header": f" {document.title}  ·  {document.place} · {document.published:%a %Y-%m-%d}",
        "timeline": "\n".join(_event_row(event) for event in events) or "no events",
        "participants": "\n".join(_participant_rows(briefing)) or "no participants",
        "topics": "\n".join(_topic_rows(briefing.topics)) or "no topics",
        "article": document.text[:ARTICLE_LIMIT],
        "inspector": _inspector(events[0]) if events else "nothing selected",
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


def _event_row(event: Event) -> str:
    date = event.when.date or "undated"
    return f"● {event.when.text[:14]:<14} {date[:14]:<14} {event.title[:30]:<30} {event.certainty}"


def _participant_rows(briefing: Briefing) -> Iterator[str]:
    for side in (*briefing.sides, None):
        members = [p for p in briefing.participants if p.side == (side.id if side else None)]
        if side is None and not members:
            continue
        yield side.name if side is not None else "Unaffiliated"
        for participant in members:
            role = f" · {participant.roles[0]}" if participant.roles else ""
            yield f"  {participant.name} · {participant.kind}{role}"


def _topic_rows(topics: tuple[Topic, ...]) -> Iterator[str]:
    children: dict[str | None, list[Topic]] = {}
    for topic in topics:
        children.setdefault(topic.parent, []).append(topic)
    pending = [(topic, 0) for topic in reversed(children.get(None, []))]
    while pending:
        topic, depth = pending.pop()
        yield f"{'  ' * depth}{topic.title}  {topic.certainty}"
        pending.extend((child, depth + 1) for child in reversed(children.get(topic.id, [])))


def _inspector(event: Event) -> str:
    lines = [
        f"EVENT · {event.id}",
        event.title,
        f"When       {event.when.text}",
        f"Dates      {event.when.date or 'undated'}",
        f"Status     {event.status}",
        f"Certainty  {event.certainty}",
        "",
        f"Evidence ({len(event.evidence)})",
        *(f"  “{quote.exact}”" for quote in event.evidence),
        "",
        f"Participants ({len(event.participants)})",
        *(f"  {participant}" for participant in event.participants),
    ]
    return "\n".join(lines)
