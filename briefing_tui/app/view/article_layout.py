"""The article's layout: its paragraphs, wrapped to a width, and which line shows which offset.

Built for an article of several megabytes. The text is split into paragraphs once; a paragraph is
wrapped only when it is about to be shown (and then kept for that width), the others count with
an estimated height until then (`LineHeights`). Offsets are those of `Document.text`; a paragraph
whose control characters are shown as longer stand-ins keeps maps between its offsets and those
of its display text. No Textual: the article widget draws what this says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

from briefing_tui.app.view.heights import LineHeights
from briefing_tui.app.view.wrap import estimate_lines, wrap_starts
from briefing_tui.format.text import visible

EAGER_WRAP_LIMIT = 1_000_000
"""Articles up to this many characters are wrapped whole when the width changes."""


class Paragraph(NamedTuple):
    """A paragraph as shown: its display text, where its lines start, and offset maps if needed."""

    display: str
    starts: list[int]
    to_display: list[int] | None = None
    to_original: list[int] | None = None


class LineText(NamedTuple):
    """One wrapped line: its display text and the article offsets it covers."""

    paragraph: int
    line: int
    text: str
    display_start: int
    start: int
    end: int


class ArticleLayout:
    """The article's paragraphs wrapped at `width` cells, with their line heights."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.width = -1
        """The width the paragraphs are wrapped to (-1 until `reset`)."""
        self.heights = LineHeights()
        self._para_starts: list[int] | None = None
        self._para_ends: list[int] = []
        self._paragraphs: dict[int, Paragraph] = {}

    @property
    def para_starts(self) -> list[int]:
        """Where each paragraph starts in the article."""
        if self._para_starts is None:
            text = self.text
            starts = [0]
            starts.extend(match.end() for match in re.finditer("\n", text))
            self._para_starts = starts
            self._para_ends = [start - 1 for start in starts[1:]]
            self._para_ends.append(len(text))
        return self._para_starts

    def reset(self, width: int) -> None:
        """Wrap to `width` from now on: short articles at once, long ones as they are shown."""
        starts = self.para_starts
        ends = self._para_ends
        self.width = width
        self._paragraphs = {}
        if len(self.text) <= EAGER_WRAP_LIMIT:
            self.heights = LineHeights(
                len(self.paragraph(index).starts) for index in range(len(starts))
            )
        else:
            self.heights = LineHeights(
                estimate_lines(end - start, width) for start, end in zip(starts, ends, strict=True)
            )

    def paragraph(self, index: int) -> Paragraph:
        """Paragraph `index`, wrapped at the current width."""
        para = self._paragraphs.get(index)
        if para is None:
            raw = self.text[self.para_starts[index] : self._para_ends[index]]
            display = visible(raw, multiline=True).replace("\t", " ")
            starts = wrap_starts(display, self.width)
            if len(display) == len(raw):
                para = Paragraph(display, starts)
            else:
                para = Paragraph(display, starts, *offset_maps(raw))
            self._paragraphs[index] = para
        return para

    def ensure(self, index: int) -> bool:
        """Wrap paragraph `index` exactly; True when its height differed from the estimate."""
        height = len(self.paragraph(index).starts)
        if self.heights[index] != height:
            self.heights.set(index, height)
            return True
        return False

    def ensure_view(self, top: int, height: int) -> bool:
        """Wrap exactly every paragraph a view of `height` lines from `top` shows; True if any
        height changed."""
        count = len(self.heights)
        index, _ = self.locate(top)
        if index < 0:
            return False
        covered = self.heights.start(index)
        changed = False
        while index < count and covered < top + height:
            changed |= self.ensure(index)
            covered += self.heights[index]
            index += 1
        return changed

    def ensure_end(self, height: int) -> bool:
        """Wrap exactly the paragraphs the last `height` lines show; True if any height changed."""
        changed = False
        covered = 0
        index = len(self.heights) - 1
        while index >= 0 and covered < height:
            changed |= self.ensure(index)
            covered += self.heights[index]
            index -= 1
        return changed

    def locate(self, y: int) -> tuple[int, int]:
        """The paragraph holding line `y` and the line within it ((-1, 0) when empty)."""
        return self.heights.locate(y)

    def original(self, para: Paragraph, display_offset: int) -> int:
        """The paragraph offset of `display_offset` in its display text."""
        if para.to_original is None:
            return display_offset
        return para.to_original[min(display_offset, len(para.to_original) - 1)]

    def display(self, para: Paragraph, original_offset: int) -> int:
        """The display-text offset of paragraph offset `original_offset`."""
        if para.to_display is None:
            return original_offset
        return para.to_display[max(0, min(original_offset, len(para.to_display) - 1))]

    def line_of_offset(self, offset: int) -> tuple[int, bool]:
        """The line (y) that shows article offset `offset`, and whether a height changed."""
        starts = self.para_starts
        index = max(0, bisect_right(starts, offset) - 1)
        changed = self.ensure(index)
        para = self.paragraph(index)
        column = self.display(para, offset - starts[index])
        return self.heights.start(index) + max(0, bisect_right(para.starts, column) - 1), changed

    def scroll_target(
        self, offset: int, height: int, place: Callable[[int, int], int]
    ) -> tuple[int, bool]:
        """The top line that puts `offset` where `place(y, height)` says, the paragraphs that
        view shows wrapped (so the frame drawn there needs no correction); and whether a height
        changed on the way."""
        target = 0
        changed = False
        for _ in range(4):
            y, moved = self.line_of_offset(offset)
            changed |= moved
            target = max(0, min(place(y, height), self.heights.total - height))
            if not self.ensure_view(target, height):
                break
            changed = True
        return target, changed

    def offset_at_line(self, y: int) -> int:
        """The article offset at the start of line `y` (0 for an empty article)."""
        paragraph, line = self.locate(y)
        if paragraph < 0:
            return 0
        para = self.paragraph(paragraph)
        start = para.starts[min(line, len(para.starts) - 1)]
        return self.para_starts[paragraph] + self.original(para, start)

    def offset_at(self, y: int, column: int) -> int | None:
        """The article offset shown at `column` of line `y` (None below the last line)."""
        paragraph, line = self.locate(y)
        if paragraph < 0:
            return None
        para = self.paragraph(paragraph)
        if line >= len(para.starts):
            return None
        display = para.starts[line] + column
        return self.para_starts[paragraph] + self.original(para, display)

    def line_text(self, y: int) -> LineText | None:
        """Line `y` as wrapped (None before the first `reset`, or below the last line)."""
        if self.width < 0:
            return None
        paragraph, line = self.locate(y)
        if paragraph < 0:
            return None
        para = self.paragraph(paragraph)
        if line >= len(para.starts):
            return None
        display_start = para.starts[line]
        display_end = para.starts[line + 1] if line + 1 < len(para.starts) else len(para.display)
        para_start = self.para_starts[paragraph]
        return LineText(
            paragraph,
            line,
            para.display[display_start:display_end],
            display_start,
            para_start + self.original(para, display_start),
            para_start + self.original(para, display_end),
        )

    def display_range(self, line: LineText, start: int, end: int) -> tuple[int, int]:
        """Article offsets `[start, end)` as offsets into `line.text`, clipped to it."""
        para = self.paragraph(line.paragraph)
        para_start = self.para_starts[line.paragraph]
        low = self.display(para, max(0, start - para_start)) - line.display_start
        high = self.display(para, max(0, end - para_start)) - line.display_start
        return max(0, low), min(len(line.text), high)


def offset_maps(raw: str) -> tuple[list[int], list[int]]:
    """Maps between offsets in `raw` and in its display form when stand-ins changed its length."""
    to_display: list[int] = []
    to_original: list[int] = []
    position = 0
    for index, char in enumerate(raw):
        shown = visible(char, multiline=True)
        to_display.append(position)
        to_original.extend([index] * len(shown))
        position += len(shown)
    to_display.append(position)
    to_original.append(len(raw))
    return to_display, to_original
