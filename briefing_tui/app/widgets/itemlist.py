"""A list pane of briefing items (timeline, participants, topics) on the Line API.

What the pane shows of its rows (the filter, linked-only, the marks of the selection) is worked
out by its `ListModel`; the widget keeps the cursor, refreshes only the visible lines whose mark
flipped when the selection changes, and caches rendered lines per row and state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from briefing_tui.app import keys, safe
from briefing_tui.app.view.labels import LINKED_GLYPH, SELECTED_GLYPH, VIA_GLYPH
from briefing_tui.app.view.list_model import ListModel
from briefing_tui.app.view.rows import Row, RowKind
from briefing_tui.app.widgets.linelist import (
    LineList,
    fit,
    focus_title,
    line_strip,
    set_border_text,
    visual_style,
)
from briefing_tui.app.widgets.messages import ItemChosen, ItemHighlighted
from briefing_tui.format.model import Briefing

_CURSOR = 1
_SELECTED = 2
_MARKED = 4
_FOCUSED = 8
_VIA = 16

_CACHE_LIMIT = 1024
"""Rendered rows kept per pane: every cached Strip is a dozen objects each full collection of the
cycle collector walks, so the cache holds a few screens' worth of rows in each state, no more."""


class ItemList(LineList):
    """A list pane: rows of items with a cursor, linked marks, a filter and a linked-only view."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ITEM_LIST

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-list--cursor",
        "item-list--selected",
        "item-list--linked",
        "item-list--via",
        "item-list--dim",
        "item-list--mark",
        "item-list--empty",
    }
    """Every pane's row styles; a pane whose rows include dividers, groups or headings adds
    `item-list--divider`, `item-list--group`, `item-list--heading` (Textual styles each component
    class of each pane on every restyle, so a pane declares only those it draws)."""

    PANE_ID: ClassVar[str] = "items"
    """The pane's id on the screen (and in the keys that focus it)."""
    PANE_TITLE: ClassVar[str] = "Items"
    EMPTY_TEXT: ClassVar[str] = "nothing here"

    class Highlighted(ItemHighlighted):
        """The user moved the cursor onto an item: it becomes the selection."""

    class Chosen(ItemChosen):
        """The user pressed Enter on an item (or clicked it again): open it."""

    def __init__(
        self,
        briefing: Briefing,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id or self.PANE_ID, classes=classes)
        self.briefing = briefing
        self.model = ListModel(self.build_rows(briefing), briefing.items)
        """What the pane shows of its rows."""
        self._plain_row = False
        self._cache: dict[tuple[int, int], Strip] = {}
        self._walk: frozenset[str] = frozenset()
        """The linked set `n`/`N` walk: the marks of the item selected when the walk began."""
        self._walk_at: str | None = None
        """The item the walk last moved to (the walk goes on while the cursor is still there)."""
        self.cursor = self.model.first_selectable()
        self._update_title()

    def build_rows(self, briefing: Briefing) -> Sequence[Row]:
        """The pane's rows, built once when the pane is made."""
        raise NotImplementedError

    # Public, read-only state.

    @property
    def rows(self) -> Sequence[Row]:
        """Every row of the pane, in order (not only the visible ones)."""
        return self.model.rows

    @property
    def item_ids(self) -> frozenset[str]:
        """The ids this pane lists."""
        return frozenset(self.model.row_of)

    @property
    def marked_ids(self) -> frozenset[str]:
        """The ids in this pane linked to the current selection."""
        row_of = self.model.row_of
        return frozenset(item_id for item_id in self.model.marks if item_id in row_of)

    @property
    def cursor_id(self) -> str | None:
        """The id of the item under the cursor."""
        row = self.model.row_at(self.cursor)
        return None if row is None else row.item_id

    @property
    def selected_id(self) -> str | None:
        """The app's selection when it is an item of this pane."""
        return self.model.selected

    @property
    def visible_ids(self) -> list[str]:
        """The ids currently listed (after filter and linked-only), in order."""
        return self.model.visible_ids()

    @property
    def filter_text(self) -> str:
        """The filter typed for this pane ("" when none)."""
        return self.model.filter

    @property
    def linked_only(self) -> bool:
        """Whether the pane lists only items linked to the selection."""
        return self.model.linked_only

    # Lines.

    def line_count(self) -> int:
        return self.model.line_count()

    def line_selectable(self, line: int) -> bool:
        return self.model.selectable(line)

    def position_text(self) -> Content | None:
        """`n/total` counting items (not dividers or headings) when the list scrolls."""
        if self.line_count() <= self.scrollable_content_region.height:
            return None
        position = self.model.item_position(self.cursor)
        if position is None:
            return super().position_text()
        return Content(f"{position[0]}/{position[1]}")

    # The selection, coming from the App.

    def update_selection(
        self, selected: str | None, linked: frozenset[str], via: frozenset[str] = frozenset()
    ) -> None:
        """Show `selected` (when it is ours), mark `linked` and, apart, what is linked through
        an event only (`via`); refresh only what changed."""
        model = self.model
        old_marks = model.marks | model.via if model.via else model.marks
        old_via = model.via
        old_selected = model.selected
        if model.select(selected, linked, via):
            self._rebuild_view()
        else:
            self._refresh_changed(old_marks, old_selected, old_via)
        if model.selected is not None and self.cursor_id != model.selected:
            self.show_item(model.selected)
        self._update_title()

    def _refresh_changed(
        self, old_marks: frozenset[str], old_selected: str | None, old_via: frozenset[str]
    ) -> None:
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        new_marks = self.model.marks | self.model.via if self.model.via else self.model.marks
        new_selected = self.model.selected
        for line in range(top, min(top + height, self.line_count())):
            row = self.model.row_at(line)
            if row is None or row.item_id is None:
                continue
            item_id = row.item_id
            flipped = (item_id in old_marks) != (item_id in new_marks) or (item_id in old_via) != (
                item_id in self.model.via
            )
            if flipped or item_id in (old_selected, new_selected):
                self.refresh_line(line)

    def show_item(self, item_id: str, *, quiet: bool = True) -> bool:
        """Move the cursor onto `item_id`, clearing the filter when it hides the item."""
        model = self.model
        index = model.row_of.get(item_id)
        if index is None:
            return False
        line = model.line_of_row(index)
        if line is None:
            model.set_filter("")
            self._rebuild_view(keep=False)
            self._update_title()
            line = model.line_of_row(index)
            if line is None:
                return False
        self.set_cursor(line, quiet=quiet)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return bool(self.model.filter)
        return True

    def action_clear_filter(self) -> None:
        """Clear this pane's filter."""
        self.set_filter("")

    # Filter and linked-only.

    def set_filter(self, text: str) -> None:
        """Show only rows whose name, aliases or title contain `text` (case-insensitive)."""
        if self.model.set_filter(text):
            self._rebuild_view()
            self._update_title()

    def set_linked_only(self, on: bool) -> None:
        """Show only the items linked to the selection (in the panes that do not hold it)."""
        if self.model.set_linked_only(on):
            self._rebuild_view()
            self._update_title()

    def _rebuild_view(self, *, keep: bool = True) -> None:
        cursor_row = self.model.row_index(self.cursor) if keep else None
        line = self.model.rebuild(cursor_row)
        self.update_virtual_size()
        self.cursor = -1
        self.set_cursor(line, quiet=True)
        self.refresh()

    # The cursor, reported to the App.

    def cursor_moved(self, old: int, new: int) -> None:
        item_id = self.cursor_id
        if item_id is not None:
            self.post_message(self.Highlighted(self, item_id))

    def cursor_chosen(self, line: int) -> None:
        item_id = self.cursor_id
        if item_id is not None:
            self.post_message(self.Chosen(self, item_id))

    def _jump_linked(self, direction: int) -> None:
        # Each step selects the row it lands on, which marks that row's own links; the walk goes
        # on over the set it began with, until the cursor is moved some other way.
        if self._walk_at is None or self.cursor_id != self._walk_at:
            self._walk = self.model.marks
        lines = self.model.marked_lines(self._walk)
        if not lines:
            self.app.bell()
            return
        current = self.cursor
        if direction > 0:
            after = [line for line in lines if line > current]
            target = min(after) if after else min(lines)
        else:
            before = [line for line in lines if line < current]
            target = max(before) if before else max(lines)
        self.set_cursor(target)
        self._walk_at = self.cursor_id

    def action_next_linked(self) -> None:
        """Move the cursor to the next item linked to the selection."""
        self._jump_linked(1)

    def action_previous_linked(self) -> None:
        """Move the cursor to the previous item linked to the selection."""
        self._jump_linked(-1)

    # Title.

    def _update_title(self, focused: bool | None = None) -> None:
        model = self.model
        parts: list[Content | tuple[str, str]] = [(self.PANE_TITLE, "")]
        if model.marked_count:
            parts.append((f" · {model.marked_count} linked", ""))
        if model.via_count:
            parts.append((f" · {model.via_count} {VIA_GLYPH} via events", ""))
        if model.filter:
            parts.append((" · /", ""))
            parts.append(safe.literal(model.filter))
            parts.append((f" ({model.shown})", ""))
        if model.linked_only:
            parts.append((" · linked only", ""))
        set_border_text(self, focus_title(self, safe.assemble(*parts), focused))

    def on_focus(self, event: events.Focus) -> None:
        self._update_title(True)

    def on_blur(self, event: events.Blur) -> None:
        self._update_title(False)

    # Rendering.

    def clear_render_cache(self) -> None:
        self._cache.clear()

    def render_empty(self, width: int) -> Strip:
        text = "no match" if self.model.filter else self.EMPTY_TEXT
        if self.model.linked_only and not self.model.filter:
            text = "nothing linked"
        base = self.get_visual_style()
        style = visual_style(self, "item-list--empty", partial=True)
        content = Content.assemble("  ", (text, style))
        return line_strip(content, base, width)

    def render_list_line(self, line: int, width: int) -> Strip:
        model = self.model
        index = model.row_index(line)
        assert index is not None
        row = model.rows[index]
        flags = 0
        item_id = row.item_id
        focused = self.has_focus
        if line == self.cursor and focused:
            flags |= _CURSOR
        if item_id is not None:
            if item_id == model.selected:
                flags |= _SELECTED
            if item_id in model.marks:
                flags |= _MARKED
            elif item_id in model.via:
                flags |= _VIA
        if focused:
            flags |= _FOCUSED
        key = (index, flags)
        strip = self._cache.get(key)
        if strip is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            strip = self._render_row(row, flags, width)
            self._cache[key] = strip
        return strip

    def _render_row(self, row: Row, flags: int, width: int) -> Strip:
        classes: list[str] = []
        if row.kind == RowKind.DIVIDER:
            classes.append("item-list--divider")
        elif row.kind == RowKind.GROUP:
            classes.append("item-list--group")
        elif row.kind == RowKind.HEADING:
            classes.append("item-list--heading")
        if flags & _MARKED:
            classes.append("item-list--linked")
        elif flags & _VIA:
            classes.append("item-list--via")
        if flags & _SELECTED and not flags & _CURSOR:
            classes.append("item-list--selected")
        if flags & _CURSOR:
            classes.append("item-list--cursor")
        base = visual_style(self, *classes)
        if flags & _MARKED:
            glyph = LINKED_GLYPH
        elif flags & _VIA:
            glyph = VIA_GLYPH
        elif flags & _SELECTED:
            glyph = SELECTED_GLYPH
        else:
            glyph = " "
        mark_style = visual_style(self, "item-list--mark", partial=True)
        self._plain_row = bool(flags & _CURSOR)
        body = self.row_content(row, max(0, width - 2))
        self._plain_row = False
        content = Content.assemble((glyph, mark_style), " ", body)
        return line_strip(content, base, width)

    def dim_style(self) -> Style:
        """The style for secondary text in a row (dates, roles, certainty); none on the cursor."""
        if self._plain_row:
            return Style()
        return visual_style(self, "item-list--dim", partial=True)

    def row_content(self, row: Row, width: int) -> Content:
        """The row's text (after the mark column), at most `width` cells."""
        if row.item_id is None:
            return fit(Content(row.text), width)
        item = self.briefing.items[row.item_id]
        return fit(safe.literal(item.label), width)
