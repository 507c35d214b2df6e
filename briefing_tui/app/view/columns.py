"""How a timeline row shares its width between its columns (no Textual import).

A row is: status glyph, the article's words for the time ("When"), the day range, the title and
the certainty. The day range and the certainty are never cut when the row has room for them; the
title comes next; the When words get what is left, up to their natural width, and are left out
(they are in the inspector) rather than cut to a stub.
"""

from __future__ import annotations

from typing import NamedTuple

CERTAINTY_WIDTH = 8
"""The longest certainty word ("expected", "possible")."""

MIN_WORDS = 10
"""Narrower than this, the When words are left out rather than cut."""

MIN_TITLE = 36
"""A title cut shorter than this for the When words: the words are left out instead."""

WORDS_SHARE = 0.25
"""The When words take at most this share of a row."""


class TimelineColumns(NamedTuple):
    """Cells for each column of a timeline row (0: the column is left out)."""

    words: int
    date: int
    title: int
    certainty: int


def timeline_columns(
    width: int, words_natural: int, date_natural: int, title_natural: int
) -> TimelineColumns:
    """The columns of a `width`-cell row (after the status glyph and its space), given the
    widest When words, day range and title the pane shows."""
    certainty = CERTAINTY_WIDTH if width >= 40 else 0
    date = min(date_natural, max(11, width // 4))
    rest = width - date - 1 - (certainty + 1 if certainty else 0)
    words = min(words_natural, int(width * WORDS_SHARE), max(0, rest - title_natural - 1))
    if words < MIN_WORDS:
        # No room beside a whole title: the words get their share only if the title keeps
        # most of the row.
        words = min(words_natural, int(width * WORDS_SHARE))
        if rest - words - 1 < max(MIN_TITLE, int(rest * 0.6)):
            words = 0
    if words < MIN_WORDS:
        words = 0
    title = rest - (words + 1 if words else 0)
    return TimelineColumns(words, date, max(0, title), certainty)


SCAN_LIMIT = 5000
"""Natural widths are measured over at most this many events; past it, the caps are used."""


def natural_widths(words: list[str], dates: list[str], titles: list[str]) -> tuple[int, int, int]:
    """The widest When words, day range and title (capped: 30, 22 and 80 cells)."""
    return (
        min(30, max(map(len, words), default=0)),
        min(22, max(map(len, dates), default=0)),
        min(80, max(map(len, titles), default=0)),
    )
