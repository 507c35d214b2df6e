"""The library's long lists (briefings, story, entities) on the Line API: only visible rows drawn.

A library of ten thousand briefings has ten thousand rows in its list and thousands of events in
its story; a widget per row (as an `OptionList` keeps) would cost seconds to build and much memory.
`RowList` holds the rows as they are (index records) and makes a row's line only when it is on
screen, from a function given to it; a cursor move redraws two lines. Rows the cursor skips (the
story's now divider) are rows for which `selectable` says no.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.strip import Strip

from briefing_tui.app.widgets.linelist import LineList, fit, line_strip, visual_style

Row = TypeVar("Row")

_CACHE_LIMIT = 256
"""Rendered lines kept: a few screens' worth."""


class RowList(LineList, Generic[Row]):
    """A list of rows drawn on demand, with a cursor; says when it moves or a row is chosen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor", "row-list--disabled"}

    DEFAULT_CSS = """
    RowList { background: $surface; }
    RowList > .row-list--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
        text-style: $block-cursor-blurred-text-style;
    }
    RowList:focus > .row-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    RowList > .row-list--disabled { color: $text-muted; }
    """

    class Highlighted(Message):
        """The user moved the cursor to row `index`."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    class Chosen(Message):
        """The user chose row `index` (Enter, or a click on the cursor's row)."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self,
        render: Callable[[Row], Content],
        *,
        selectable: Callable[[Row], bool] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._render_row = render
        self._selectable = selectable
        self.rows: Sequence[Row] = ()
        self._lines: dict[tuple[int, bool, bool], Strip] = {}

    def set_rows(self, rows: Sequence[Row], cursor: int = 0) -> None:
        """Show `rows` with the cursor on `cursor` (or the nearest selectable row)."""
        self.rows = rows
        self._lines.clear()
        self.cursor = -1
        if self.is_mounted:
            self.update_virtual_size()
        if rows:
            line = self._step(max(0, min(cursor, len(rows) - 1)), 1)
            if line is None:
                line = self._step(min(cursor, len(rows) - 1), -1)
            if line is not None:
                self.set_cursor(line, quiet=True, scroll=self.is_mounted)
        self.refresh()

    @property
    def current(self) -> Row | None:
        """The row under the cursor."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    # LineList.

    def line_count(self) -> int:
        return len(self.rows)

    def line_selectable(self, line: int) -> bool:
        return self._selectable is None or self._selectable(self.rows[line])

    def clear_render_cache(self) -> None:
        self._lines.clear()

    def render_list_line(self, line: int, width: int) -> Strip:
        cursor = line == self.cursor
        key = (line, cursor, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            if cursor:
                style = visual_style(self, "row-list--cursor")
            elif not self.line_selectable(line):
                style = visual_style(self, "row-list--disabled")
            else:
                style = self.get_visual_style()
            content = Content(" ") + fit(self._render_row(self.rows[line]), max(0, width - 1))
            strip = line_strip(content, style, width)
            if len(self._lines) >= _CACHE_LIMIT:
                self._lines.clear()
            self._lines[key] = strip
        return strip

    def cursor_moved(self, old: int, new: int) -> None:
        self.post_message(self.Highlighted(self, new))

    def cursor_chosen(self, line: int) -> None:
        self.post_message(self.Chosen(self, line))
