"""The library screen's rows: list prompts made from index records, and the open request.

Every string from a briefing goes through `app.safe` (literal `Content`, controls made visible):
a title like `[@click=app.quit]` is shown as written. Rows are one line each; an `OptionList`
cuts what does not fit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.content import Content
from textual.message import Message

from briefing_tui.app.safe import assemble, literal
from briefing_tui.library.records import Entity, Entry, Hit, Linked, Source, StoryEvent

STATUS_GLYPHS = {
    "occurred": "●",
    "ongoing": "◐",
    "planned": "○",
    "expected": "◌",
    "possible": "?",
}
"""The reader's status glyphs (README: `●` occurred, `◐` ongoing, ...)."""

DISAGREE_MARK = "≠"
"""Marks an event whose sources give different dates."""


class OpenBriefing(Message):
    """Open a briefing of the library in the reader, at an item and/or an article offset."""

    def __init__(self, path: Path, item_id: str | None = None, offset: int | None = None) -> None:
        super().__init__()
        self.path = path
        self.item_id = item_id
        self.offset = offset


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def entry_prompt(entry: Entry) -> Content:
    """A briefing in the list: dateline, place, title and counts; a broken one with its problem."""
    if not entry.ok:
        return assemble(
            ("✗ ", "bold"),
            (_short(entry.path.name, 30), "bold"),
            ("  ", ""),
            (_short(entry.problem, 200), "italic"),
        )
    counts = f"{entry.participants}p {entry.events}e {entry.topics}t"
    return assemble(
        ((entry.published or "").ljust(11), "bold"),
        (_short(entry.place, 14).ljust(15), ""),
        (_short(entry.title, 200), ""),
        (f"  · {counts}", "dim"),
    )


def source_handle(published: str | None, title: str | None, width: int = 40) -> str:
    """A short name for a source: its dateline and title."""
    return f"{published or '?'} {_short(title, width)}"


def story_prompt(event: StoryEvent) -> Content:
    """An event of the story: glyph, first day, `≠` when its sources' dates disagree, title,
    its source (or how many)."""
    glyph = STATUS_GLYPHS.get(event.status or "", " ")
    day = event.first_day
    when = day.isoformat() if day is not None else "undated"
    more = f" +{event.sources - 1}" if event.sources > 1 else ""
    return assemble(
        (f"{glyph} ", ""),
        (when.ljust(10), "bold"),
        (f" {DISAGREE_MARK} " if event.dates_disagree else "   ", "bold reverse"),
        (_short(event.title, 22).ljust(23), ""),
        (source_handle(event.published, event.source_title, 12), "italic"),
        (more, "bold"),
    )


def now_divider(today: dt.date) -> Content:
    """The line between what has happened and what is to come, at today's date."""
    return Content(f"── now · {today.isoformat()} " + "─" * 80)


def source_prompt(source: Source) -> Content:
    """One briefing's version of an event: the date it gives, then the briefing."""
    when = source.date_text or "undated"
    return assemble(
        (when.ljust(11), "bold"),
        (f"{source.published} ", "dim"),
        (_short(source.briefing_title, 60), ""),
    )


def entity_prompt(entity: Entity) -> Content:
    """A participant across the library: in how many briefings, its name and kind."""
    return assemble(
        (f"×{entity.briefings}".ljust(5), "bold"),
        (_short(entity.name, 40), ""),
        (f" · {entity.kind}" if entity.kind else "", "dim"),
    )


def linked_prompt(row: Linked) -> Content:
    """A dossier row: the event or topic, when, the quote and the article it comes from."""
    first = assemble(
        (("event " if row.kind == "event" else "topic ").ljust(7), "dim"),
        (_short(row.title, 44).ljust(45), "bold"),
        (_short(row.when_text, 20), "dim"),
    )
    quote = literal(f"   “{_short(row.quote, 70)}”", "italic")
    source = literal(f"   {source_handle(row.published, row.briefing_title, 60)}", "dim")
    return Content("\n").join([first, quote, source])


def hit_prompt(hit: Hit) -> Content:
    """A search result: the article, the place and the snippet with the matched words marked."""
    where = f"{hit.file.name}:{hit.line}:{hit.column}"
    head = assemble((_short(hit.title, 60), "bold"), (f"  {where}", "dim"))
    snippet = literal(hit.snippet)
    for start, end in hit.matches:
        snippet = snippet.stylize("bold reverse", start, end)
    return Content("\n").join([head, Content("  ") + snippet])
