"""A user's search text as an FTS5 query, and the marked text FTS5 gives back.

What the user types is always words: each word is quoted as an FTS5 string (its own quotes
doubled), so `NEAR`, `AND`, `*`, `"`, `:` or `)` are searched for as text (or dropped, when they
are punctuation) and never read as query syntax; the query is a parameter, never part of the SQL.
All words must occur (FTS5's implicit AND); the best passages come first (`rank`, BM25).
"""

from __future__ import annotations

import re
from typing import NamedTuple

MARK_START = "\x01"
MARK_END = "\x02"
ELLIPSIS_MARK = "\x03"
"""What `Store.search` asks FTS5 to put around matched words and in place of cut text."""

MAX_WORDS = 32

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of the user's text, in order, at most `MAX_WORDS`, without repeats."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        seen.setdefault(word.casefold(), None)
    return list(seen)[:MAX_WORDS]


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression that finds passages holding every word of `text`.

    None when `text` has no word (nothing can match).
    """
    found = words(text)
    if not found:
        return None
    return " ".join('"' + word.replace('"', '""') + '"' for word in found)


class Marked(NamedTuple):
    """Text with the spans FTS5 marked as matches: `(start, end)` offsets into `text`."""

    text: str
    matches: list[tuple[int, int]]


def unmark(marked: str) -> Marked:
    """Split FTS5's marked text (`highlight`/`snippet` output) into text and match spans."""
    text: list[str] = []
    matches: list[tuple[int, int]] = []
    length = 0
    start = -1
    for piece in re.split(f"([{MARK_START}{MARK_END}{ELLIPSIS_MARK}])", marked):
        if piece == MARK_START:
            start = length
        elif piece == MARK_END:
            if start >= 0:
                matches.append((start, length))
            start = -1
        elif piece == ELLIPSIS_MARK:
            text.append("…")
            length += 1
        else:
            text.append(piece)
            length += len(piece)
    return Marked("".join(text), matches)


_SPACE_RUN = re.compile(r"\s+")


def one_line(marked: Marked) -> Marked:
    """The marked text on one line: every run of whitespace becomes one space, marks kept."""
    text = marked.text
    runs = [(found.start(), found.end()) for found in _SPACE_RUN.finditer(text)]
    joined = _SPACE_RUN.sub(" ", text)

    def moved(offset: int) -> int:
        # Each run keeps its first character: the ones after it before `offset` are gone.
        gone = 0
        for start, end in runs:
            if start >= offset:
                break
            gone += min(offset, end) - start - 1
        return offset - gone

    matches = [(moved(start), moved(end)) for start, end in marked.matches]
    stripped = joined.lstrip()
    cut = len(joined) - len(stripped)
    shown = stripped.rstrip()
    last = len(shown)
    matches = [(min(last, max(0, a - cut)), min(last, max(0, b - cut))) for a, b in matches]
    return Marked(shown, matches)
