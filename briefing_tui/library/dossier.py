"""An item's dossier across the library, as text (`briefing-tui show DIR --item ID`).

Who or what the item is in each briefing (name, kind, side, roles, aliases; an event's date as each
source gives it, disagreements flagged), then every event and topic linked to it across the
library by date, each with its quote and `FILE:LINE:COL` of the quote. Every line is made
terminal-safe (`format.text.visible`): the words come from the files.
"""

from __future__ import annotations

from briefing_tui.format.text import shorten, visible
from briefing_tui.library.index import Library
from briefing_tui.library.records import Appearance, Linked, Source
from briefing_tui.library.search import place


def _quote_place(library: Library, row: Linked | Appearance | Source) -> str:
    if row.quote is None or row.quote_start is None:
        return str(row.path)
    entry = library.entry(row.briefing_id)
    if entry is None:
        return str(row.path)
    word = row.quote.split()[0] if row.quote.split() else ""
    file, line, column = place(library, entry, row.quote_start, word)
    return f"{file}:{line}:{column}"


def _one_line(text: str, limit: int = 100) -> str:
    return shorten(" ".join(text.split()), limit)


def disagreeing_dates(sources: list[Source]) -> bool:
    """Whether the sources of one event give it different days."""
    return len({(source.earliest, source.latest) for source in sources}) > 1


def dossier_lines(library: Library, item_id: str) -> list[str] | None:
    """The dossier of `item_id` as lines of text, or None when no briefing has that id."""
    appearances = library.appearances(item_id)
    if not appearances:
        return None
    first = appearances[0]
    names = sorted({appearance.name for appearance in appearances})
    lines = [f"{item_id} · {' / '.join(names)} ({first.kind})"]
    count = len(appearances)
    lines.append(f"In {count} briefing{'s' if count != 1 else ''}:")
    sources = {source.briefing_id: source for source in library.sources(item_id)}
    for appearance in appearances:
        lines.append(
            f"  {appearance.published}  {_one_line(appearance.briefing_title, 70)}"
            f"  ({appearance.path})"
        )
        facts = []
        if appearance.kind == "participant":
            facts.append(f"name {appearance.name}")
            if appearance.detail:
                facts.append(appearance.detail)
            if appearance.side:
                facts.append(f"side {appearance.side}")
            if appearance.roles:
                facts.append("roles " + "; ".join(appearance.roles))
            if appearance.aliases:
                facts.append("aliases " + "; ".join(appearance.aliases))
        source = sources.get(appearance.briefing_id)
        if source is not None:
            facts.append(f"{source.when_text} ({source.date_text or 'undated'}), {source.status}")
        if facts:
            lines.append("    " + _one_line(" · ".join(facts), 200))
    if len(sources) > 1 and disagreeing_dates(list(sources.values())):
        lines.append("  ! the sources give different dates")
    linked = library.dossier(item_id)
    lines.append(f"Linked events and topics ({len(linked)}):")
    for row in linked:
        when = row.when_text or "—"
        lines.append(
            f"  {row.kind:<5}  {_one_line(row.title, 60)}  [{_one_line(when, 30)}]"
            f"  · {row.published} {_one_line(row.briefing_title, 50)}"
        )
        if row.quote:
            where = _quote_place(library, row)
            lines.append(f"      “{_one_line(row.quote, 110)}”  {where}")
    return [visible(line) for line in lines]
