"""Search results: FTS5's rows turned into places in files, one per match.

FTS5 ranks passages (article paragraphs and evidence quotes) and marks the matched words; the
first marked word of a passage is the hit. Its place is given in the file a user would open: the
article's text file (line and column of its text), or, for an article written inline, the
briefing file itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_tui.library.positions import inline_text_position
from briefing_tui.library.query import one_line, unmark
from briefing_tui.library.records import Entry, Hit, entry

if TYPE_CHECKING:
    from briefing_tui.library.index import Library


def hits(library: Library, rows: list[tuple[Any, ...]], limit: int) -> list[Hit]:
    """At most `limit` hits from `Store.search` rows, one per place (a quote and its paragraph
    match at the same word: the quote's item is kept with the first)."""
    marked_rows = [(row, unmark(row[4])) for row in rows]
    wanted = {row[1] for row, marked in marked_rows if marked.matches}
    # Every briefing's row in one query; its Entry (paths made) only for the hits kept.
    briefing_rows = (
        {row[0]: row for row in library.store.briefings_by_id(sorted(wanted))} if wanted else {}
    )
    entries: dict[int, Entry] = {}
    found: dict[tuple[int, int], Hit] = {}
    for (_, briefing_id, item_id, start, _, snippet), marked in marked_rows:
        if not marked.matches:
            continue
        first, end = marked.matches[0]
        offset = start + first
        key = (briefing_id, offset)
        if key in found:
            if found[key].item_id is None and item_id is not None:
                found[key] = found[key]._replace(item_id=item_id)
            continue
        if len(found) >= limit:
            continue
        briefing = entries.get(briefing_id)
        if briefing is None:
            briefing_row = briefing_rows.get(briefing_id)
            if briefing_row is None:
                continue
            briefing = entries[briefing_id] = entry(briefing_row, library.path)
        word = marked.text[first:end]
        file, line, column = place(library, briefing, offset, word)
        shown = one_line(unmark(snippet))
        found[key] = Hit(
            briefing_id,
            briefing.path,
            file,
            line,
            column,
            offset,
            shown.text,
            tuple(shown.matches),
            item_id,
            briefing.title,
        )
    return list(found.values())


def place(library: Library, briefing: Entry, offset: int, word: str) -> tuple[Path, int, int]:
    """The file a user would open at article offset `offset` (where `word` starts), and the
    1-based line and column there (the files read are kept by the library for the next call)."""
    if briefing.text_path is not None:
        text = library.files.get(briefing.text_path)
        if text is not None:
            return (briefing.text_path, *text.line_col(offset))
        return briefing.text_path, 1, 1
    before = library.store.article_before(briefing.id, offset)
    prefix = "".join(body[: max(0, offset - start)] + "\n\n" for start, body in before)
    line, column = inline_text_position(briefing.path, prefix, len(prefix), word, library.files)
    return briefing.path, line, column
