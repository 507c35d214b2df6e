"""A Line-API list with a cursor: the base of the list panes and the inspector.

No widget per row: a subclass says how many lines there are, which of them the cursor may rest
on, and renders one line on demand. This class does the cursor, the keys, the mouse and scrolling;
a cursor move refreshes only the two lines involved (and scrolls when the cursor leaves the view).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from briefing_tui.app import compat, keys


def set_virtual_size(widget: ScrollView, size: Size) -> None:
    """Change a scroll view's virtual size without a layout of the whole screen.

    The panes' outer size never depends on their content, so only the scrollbars need updating
    (`compat.update_scrollbars`), not the layout a `virtual_size` assignment asks for.
    """
    if size != widget.virtual_size:
        widget.set_reactive(Widget.virtual_size, size)
        compat.update_scrollbars(widget, size)
        widget.refresh()


def visual_style(widget: Widget, *classes: str, partial: bool = False) -> Style:
    """`widget.get_visual_style(...)` keeping `text-style: reverse` of the component classes.

    Textual's visual style drops `reverse`; the reader needs it so marks survive NO_COLOR. Results
    are cached on the widget per pseudo-class state (focus...); `forget_styles` clears them. While a
    `LineList` draws, its state is worked out once for all its lines (`drawing_state`), not on
    every call (that walks the widget's ancestors).
    """
    cache: dict[object, Style] = widget.__dict__.setdefault("_reader_styles", {})
    state = widget.__dict__.get("_drawing_state")
    key = (compat.pseudo_state(widget) if state is None else state, classes, partial)
    style = cache.get(key)
    if style is None:
        style = widget.get_visual_style(*classes, partial=partial)
        if any(widget.get_component_styles(name).text_style.reverse for name in classes):
            style = style + Style(reverse=True)
        cache[key] = style
    return style


@contextmanager
def drawing_state(widget: Widget) -> Iterator[None]:
    """While drawing `widget`'s lines: its pseudo-class state, for `visual_style`, taken once."""
    widget.__dict__["_drawing_state"] = compat.pseudo_state(widget)
    try:
        yield
    finally:
        widget.__dict__.pop("_drawing_state", None)


def fit(content: Content, width: int) -> Content:
    """`content` cut to at most `width` cells, ending in `…` when anything was cut."""
    if content.cell_length > width:
        return content.truncate(width, ellipsis=True)
    return content


def line_strip(content: Content, style: Style, width: int) -> Strip:
    """One line: `content` on `style`, cut or padded to exactly `width` cells."""
    return Strip(content.render_segments(style)).adjust_cell_length(width, style.rich_style)


def forget_styles(widget: Widget) -> None:
    """Drop the styles `visual_style` cached (the theme or the CSS changed)."""
    widget.__dict__.pop("_reader_styles", None)


def set_border_text(widget: Widget, text: Content | None, *, bottom: bool = False) -> None:
    """Change a pane's border title (or subtitle, `bottom`), repainting only that border line.

    Text that reads as the text already there is not set again, so callers may call this on every
    change of state (see `compat.set_border_content`).
    """
    current = compat.border_content(widget, bottom=bottom)
    if (None if current is None else current.plain) == (None if text is None else text.plain):
        return
    if not widget.is_mounted:
        if bottom:
            widget.border_subtitle = text
        else:
            widget.border_title = text
        return
    compat.set_border_content(widget, text, bottom=bottom)


FOCUS_MARK = "▶ "
"""Put before the title of the pane that has focus: a plain capture (or NO_COLOR) tells which."""


def focus_title(widget: Widget, title: Content, focused: bool | None = None) -> Content:
    """`title` marked with `FOCUS_MARK` while `widget` has focus (`focused`, when given: in a
    Focus or Blur handler `has_focus` is only updated after the subclass's handler ran)."""
    has_focus = widget.has_focus if focused is None else focused
    return Content.assemble((FOCUS_MARK, "bold"), title) if has_focus else title


def scroll_percent(widget: ScrollView) -> Content | None:
    """`37%` for a view that scrolls, None for one that shows everything."""
    total = widget.virtual_size.height
    height = widget.scrollable_content_region.height
    if total <= height or height <= 0:
        return None
    percent = round(100 * widget.scroll_offset.y / max(1, total - height))
    return Content(f"{percent}%")


class LineList(ScrollView, can_focus=True, inherit_bindings=False):
    """A scrolling list of lines rendered on demand, with a cursor over the selectable ones."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LINE_LIST

    SCROLL_OFF = 2
    """Lines kept visible above and below the cursor when there is room."""

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.cursor = -1
        self._content_width = 0
        self._pending_lines: set[int] = set()
        self._pending_scroll = False
        self.defer_cursor_repaint = False
        """Leave user moves undrawn until `flush_cursor` (set by a coordinator that calls it)."""

    # What subclasses provide.

    def line_count(self) -> int:
        """How many lines the list has."""
        raise NotImplementedError

    def line_selectable(self, line: int) -> bool:
        """Whether the cursor may rest on `line`."""
        return True

    def render_list_line(self, line: int, width: int) -> Strip:
        """The strip for `line` (0 <= line < line_count()) at `width` cells."""
        raise NotImplementedError

    def cursor_moved(self, old: int, new: int) -> None:
        """Called after the user moved the cursor (not after `set_cursor(..., quiet=True)`)."""

    def cursor_chosen(self, line: int) -> None:
        """Called when the user presses Enter (or clicks the cursor line)."""

    def clear_render_cache(self) -> None:
        """Forget rendered lines (the width, theme or content changed)."""

    def position_text(self) -> Content | None:
        """The bottom border's note: `cursor/lines` when the list scrolls, else nothing."""
        count = self.line_count()
        if count <= self.scrollable_content_region.height:
            return None
        if self.cursor >= 0:
            return Content(f"{self.cursor + 1}/{count}")
        return scroll_percent(self)

    def update_position(self) -> None:
        """Show `position_text` in the bottom border (one line repainted when it changed)."""
        set_border_text(self, self.position_text(), bottom=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.update_position()

    # Rendering.

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._content_width:
            self._content_width = width
            self.clear_render_cache()
            # Here, before Textual draws the border: Textual draws a widget before it gets its
            # first Resize, and a bottom note changed while the lines are drawn stays undrawn.
            self.content_width_changed(width)
            self.update_position()
        with drawing_state(self):
            return super().render_lines(crop)

    def content_width_changed(self, width: int) -> None:
        """The lines are about to be drawn `width` cells wide for the first time (rewrap here)."""

    def render_line(self, y: int) -> Strip:
        line = y + self.scroll_offset.y
        width = self._content_width
        if 0 <= line < self.line_count():
            return self.render_list_line(line, width)
        if line == 0:
            return self.render_empty(width)
        return Strip.blank(width, self.get_visual_style().rich_style)

    def render_empty(self, width: int) -> Strip:
        """Line 0 of an empty list."""
        return Strip.blank(width, self.get_visual_style().rich_style)

    def update_virtual_size(self) -> None:
        """Tell the scroll machinery how many lines there are now."""
        set_virtual_size(self, Size(self.scrollable_content_region.width, self.line_count()))
        self.update_position()

    def notify_style_update(self) -> None:
        forget_styles(self)
        self.clear_render_cache()
        super().notify_style_update()

    def on_resize(self, event: events.Resize) -> None:
        self.clear_render_cache()
        self.update_virtual_size()
        self.scroll_cursor_into_view()

    def on_focus(self, event: events.Focus) -> None:
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self.refresh()

    # The cursor.

    def set_cursor(self, line: int, *, quiet: bool = False, scroll: bool = True) -> None:
        """Put the cursor on `line` (refreshing the old and new lines); `quiet` skips the hook.

        With `defer_cursor_repaint`, a move the user made is drawn only at `flush_cursor`, which
        the coordinator calls once it has handled the move: the cursor and everything that
        follows it (marks, inspector, article) then appear in one frame instead of two.
        """
        count = self.line_count()
        line = -1 if count == 0 else max(0, min(line, count - 1))
        old = self.cursor
        if line == old:
            if scroll:
                self.scroll_cursor_into_view()
            return
        self.cursor = line
        self._pending_lines.update((old, line))
        self._pending_scroll = self._pending_scroll or scroll
        if quiet or not self.defer_cursor_repaint:
            self.flush_cursor()
        if not quiet:
            self.cursor_moved(old, line)

    def flush_cursor(self) -> None:
        """Draw the cursor moves not drawn yet (and scroll to the cursor if one asked for it)."""
        count = self.line_count()
        for pending in self._pending_lines:
            if 0 <= pending < count:
                self.refresh_line(pending)
        self._pending_lines.clear()
        if self._pending_scroll:
            self._pending_scroll = False
            self.scroll_cursor_into_view()
        self.update_position()

    def scroll_cursor_into_view(self, *, center: bool = False) -> None:
        """Scroll just enough to show the cursor line with a little context (or centre it)."""
        if self.cursor < 0:
            return
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_offset.y)
        margin = self.SCROLL_OFF if height > 2 * self.SCROLL_OFF + 2 else 0
        if center:
            target = max(0, self.cursor - height // 2)
        elif self.cursor < top + margin:
            target = max(0, self.cursor - margin)
        elif self.cursor > top + height - 1 - margin:
            target = self.cursor - height + 1 + margin
        else:
            return
        self.scroll_to(y=target, animate=False)

    def _step(self, start: int, direction: int) -> int | None:
        """The first selectable line from `start` on (inclusive) in `direction`, or None."""
        count = self.line_count()
        line = start
        while 0 <= line < count:
            if self.line_selectable(line):
                return line
            line += direction
        return None

    def _move(self, target: int, direction: int) -> None:
        count = self.line_count()
        if count == 0:
            return
        target = max(0, min(target, count - 1))
        line = self._step(target, direction)
        if line is None:
            line = self._step(target, -direction)
        if line is None:
            self.scroll_relative(y=direction, animate=False)
            return
        self.set_cursor(line)

    def action_cursor_up(self) -> None:
        """Move the cursor to the previous selectable line."""
        if self.cursor < 0:
            self._move(0, 1)
            return
        line = self._step(self.cursor - 1, -1)
        if line is None:
            self.scroll_relative(y=-1, animate=False)
        else:
            self.set_cursor(line)

    def action_cursor_down(self) -> None:
        """Move the cursor to the next selectable line."""
        if self.cursor < 0:
            self._move(0, 1)
            return
        line = self._step(self.cursor + 1, 1)
        if line is None:
            self.scroll_relative(y=1, animate=False)
        else:
            self.set_cursor(line)

    def action_page_up(self) -> None:
        """Move the cursor up by a page."""
        page = max(1, self.scrollable_content_region.height - 1)
        self._move(max(0, self.cursor) - page, -1)

    def action_page_down(self) -> None:
        """Move the cursor down by a page."""
        page = max(1, self.scrollable_content_region.height - 1)
        self._move(max(0, self.cursor) + page, 1)

    def action_first(self) -> None:
        """Move the cursor to the first selectable line."""
        self._move(0, 1)
        if self.cursor >= 0 and self._step(0, 1) == self.cursor:
            self.scroll_to(y=0, animate=False)

    def action_last(self) -> None:
        """Move the cursor to the last selectable line."""
        self._move(self.line_count() - 1, -1)

    def action_choose(self) -> None:
        """Choose the line under the cursor."""
        if 0 <= self.cursor < self.line_count():
            self.cursor_chosen(self.cursor)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + round(self.scroll_offset.y)
        if not (0 <= line < self.line_count()) or not self.line_selectable(line):
            return
        event.stop()
        if line == self.cursor or event.chain > 1:
            self.set_cursor(line)
            self.cursor_chosen(line)
        else:
            self.set_cursor(line)
