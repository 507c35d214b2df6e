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


def one_line(marked: Marked) -> Marked:
    """The marked text on one line: every run of whitespace becomes one space, marks kept."""
    text: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    bounds_start = {start: index for index, (start, _) in enumerate(marked.matches)}
    bounds_end = {end: index for index, (_, end) in enumerate(marked.matches)}
    length = 0
    last_space = False
    for offset, char in enumerate(marked.text):
        if offset in bounds_start:
            starts[bounds_start[offset]] = length
        if offset in bounds_end:
            ends[bounds_end[offset]] = length
        if char.isspace():
            if last_space:
                continue
            char = " "
            last_space = True
        else:
            last_space = False
        text.append(char)
        length += 1
    if len(marked.text) in bounds_end:
        ends[bounds_end[len(marked.text)]] = length
    count = len(marked.matches)
    matches = [(starts[i], ends[i]) for i in range(count) if i in starts and i in ends]
    joined = "".join(text)
    stripped = joined.lstrip()
    cut = len(joined) - len(stripped)
    matches = [(max(0, a - cut), max(0, b - cut)) for a, b in matches]
    return Marked(stripped.rstrip(), matches)
