"""A list pane of briefing items (timeline, participants, topics) on the Line API.

Rows are built once. Whether a row is linked to the selection is answered while the row is drawn,
from the linked set the App hands over (`update_selection`), so a selection change refreshes only
the visible lines whose mark flipped, never rebuilds rows. Rendered lines are cached per row and
state. A filter (`/`) and "linked only" (`l`) switch the pane to a view: a sorted list of row
indices, rebuilt only when the filter text or, in linked-only mode, the linked set changes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from briefing_tui.app import keys, safe
from briefing_tui.app.labels import LINKED_GLYPH, SELECTED_GLYPH
from briefing_tui.app.rows import Row, RowKind
from briefing_tui.app.widgets.linelist import (
    LineList,
    fit,
    line_strip,
    set_border_text,
    visual_style,
)
from briefing_tui.app.widgets.messages import ItemChosen, ItemHighlighted
from briefing_tui.format.model import Briefing, Item

_CURSOR = 1
_SELECTED = 2
_MARKED = 4
_FOCUSED = 8

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
        self._rows: Sequence[Row] = self.build_rows(briefing)
        self._row_of: dict[str, int] = {}
        self._dividers: list[int] = []
        self._heading_of: list[int] | None = None
        self._index_rows()
        self._view: list[int] | None = None
        self._marks: frozenset[str] = frozenset()
        self._marked_count = 0
        self._selected: str | None = None
        self._filter = ""
        self._filter_rows: list[int] | None = None
        self._linked_only = False
        self._haystacks: list[str] | None = None
        self._shown = 0
        self._plain_row = False
        self._cache: dict[tuple[int, int], Strip] = {}
        self.cursor = self._first_selectable()
        self._update_title()

    def _index_rows(self) -> None:
        """One pass over the rows: id -> row, the dividers, and each row's heading (if any)."""
        row_of = self._row_of
        heading_of: list[int] = []
        heading = -1
        has_headings = False
        for index, row in enumerate(self._rows):
            kind = row.kind
            if kind == RowKind.DIVIDER:
                self._dividers.append(index)
            elif kind == RowKind.GROUP or kind == RowKind.HEADING:
                heading = index
                has_headings = True
            if row.item_id is not None:
                row_of[row.item_id] = index
            heading_of.append(heading)
        self._heading_of = heading_of if has_headings else None

    def build_rows(self, briefing: Briefing) -> Sequence[Row]:
        """The pane's rows, built once when the pane is made."""
        raise NotImplementedError

    # Public, read-only state.

    @property
    def rows(self) -> Sequence[Row]:
        """Every row of the pane, in order (not only the visible ones)."""
        return self._rows

    @property
    def item_ids(self) -> frozenset[str]:
        """The ids this pane lists."""
        return frozenset(self._row_of)

    @property
    def marked_ids(self) -> frozenset[str]:
        """The ids in this pane linked to the current selection."""
        return frozenset(item_id for item_id in self._marks if item_id in self._row_of)

    @property
    def cursor_id(self) -> str | None:
        """The id of the item under the cursor."""
        row = self.row_at(self.cursor)
        return None if row is None else row.item_id

    @property
    def selected_id(self) -> str | None:
        """The app's selection when it is an item of this pane."""
        return self._selected

    @property
    def visible_ids(self) -> list[str]:
        """The ids currently listed (after filter and linked-only), in order."""
        indices = range(len(self._rows)) if self._view is None else self._view
        rows = self._rows
        return [rows[i].item_id for i in indices if rows[i].item_id is not None]  # type: ignore[misc]

    @property
    def filter_text(self) -> str:
        """The filter typed for this pane ("" when none)."""
        return self._filter

    @property
    def linked_only(self) -> bool:
        """Whether the pane lists only items linked to the selection."""
        return self._linked_only

    # Lines and rows.

    def line_count(self) -> int:
        return len(self._rows) if self._view is None else len(self._view)

    def row_index(self, line: int) -> int | None:
        """The row index shown at `line` of the current view."""
        if self._view is None:
            return line if 0 <= line < len(self._rows) else None
        return self._view[line] if 0 <= line < len(self._view) else None

    def row_at(self, line: int) -> Row | None:
        """The row shown at `line` of the current view."""
        index = self.row_index(line)
        return None if index is None else self._rows[index]

    def line_of_row(self, index: int) -> int | None:
        """The line showing row `index`, or None when the view hides it."""
        if self._view is None:
            return index
        position = bisect_left(self._view, index)
        if position < len(self._view) and self._view[position] == index:
            return position
        return None

    def line_selectable(self, line: int) -> bool:
        row = self.row_at(line)
        return row is not None and row.item_id is not None

    def _first_selectable(self) -> int:
        for line in range(self.line_count()):
            if self.line_selectable(line):
                return line
        return -1

    # The selection, coming from the App.

    def update_selection(self, selected: str | None, linked: frozenset[str]) -> None:
        """Show `selected` (when it is ours) and mark `linked`; refresh only what changed."""
        old_marks = self._marks
        old_selected = self._selected
        self._marks = linked
        self._selected = selected if selected is not None and selected in self._row_of else None
        row_of = self._row_of
        self._marked_count = sum(1 for item_id in linked if item_id in row_of)
        if self._linked_only and (self._selected is None or old_selected is None):
            self._rebuild_view()
        else:
            self._refresh_changed(old_marks, old_selected)
        if self._selected is not None and self.cursor_id != self._selected:
            self.show_item(self._selected)
        self._update_title()

    def _refresh_changed(self, old_marks: frozenset[str], old_selected: str | None) -> None:
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        new_marks = self._marks
        new_selected = self._selected
        for line in range(top, min(top + height, self.line_count())):
            row = self.row_at(line)
            if row is None or row.item_id is None:
                continue
            item_id = row.item_id
            flipped = (item_id in old_marks) != (item_id in new_marks)
            if flipped or item_id in (old_selected, new_selected):
                self.refresh_line(line)

    def show_item(self, item_id: str, *, quiet: bool = True) -> bool:
        """Move the cursor onto `item_id`, clearing the filter when it hides the item."""
        index = self._row_of.get(item_id)
        if index is None:
            return False
        line = self.line_of_row(index)
        if line is None:
            self._filter = ""
            self._filter_rows = None
            self._rebuild_view(keep=False)
            self._update_title()
            line = self.line_of_row(index)
            if line is None:
                return False
        self.set_cursor(line, quiet=quiet)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return bool(self._filter)
        return True

    def action_clear_filter(self) -> None:
        """Clear this pane's filter."""
        self.set_filter("")

    # Filter and linked-only.

    def set_filter(self, text: str) -> None:
        """Show only rows whose name, aliases or title contain `text` (case-insensitive)."""
        text = text.strip().casefold()
        if text == self._filter:
            return
        self._filter = text
        if text:
            haystacks = self._search_texts()
            self._filter_rows = [i for i, hay in enumerate(haystacks) if text in hay]
        else:
            self._filter_rows = None
        self._rebuild_view()
        self._update_title()

    def set_linked_only(self, on: bool) -> None:
        """Show only the items linked to the selection (in the panes that do not hold it)."""
        if on == self._linked_only:
            return
        self._linked_only = on
        self._rebuild_view()
        self._update_title()

    def _search_texts(self) -> list[str]:
        if self._haystacks is None:
            items = self.briefing.items
            self._haystacks = [
                "" if row.item_id is None else search_text(items[row.item_id]) for row in self._rows
            ]
        return self._haystacks

    def _rebuild_view(self, *, keep: bool = True) -> None:
        cursor_row = self.row_index(self.cursor) if keep else None
        if cursor_row is None and self._selected is not None:
            cursor_row = self._row_of.get(self._selected)
        wanted: set[int] | None = None
        if self._linked_only and self._selected is None:
            row_of = self._row_of
            wanted = {row_of[item_id] for item_id in self._marks if item_id in row_of}
        if self._filter_rows is not None:
            wanted = set(self._filter_rows) if wanted is None else wanted & set(self._filter_rows)
        matches = None if wanted is None else sorted(wanted)
        self._view = None if matches is None else self._with_context(matches)
        rows = self._rows
        self._shown = (
            len(self._row_of)
            if self._view is None
            else sum(1 for index in self._view if rows[index].item_id is not None)
        )
        self.update_virtual_size()
        self.cursor = -1
        line = None
        if cursor_row is not None and (wanted is None or cursor_row in wanted):
            line = self.line_of_row(cursor_row)
        if line is None and matches:
            line = self.line_of_row(matches[0])
        if line is None or not self.line_selectable(line):
            line = self._first_selectable()
        self.set_cursor(line, quiet=True)
        self.refresh()

    def _with_context(self, indices: list[int]) -> list[int]:
        """Add the heading above each kept row, and the dividers, so the view keeps its shape."""
        if not indices:
            return indices
        extra: set[int] = set(self._dividers)
        heading_of = self._heading_of
        if heading_of is not None:
            extra.update(heading_of[index] for index in indices)
            extra.discard(-1)
        if not extra:
            return indices
        return sorted(extra.union(indices))

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
        row_of = self._row_of
        lines = [
            line
            for line in (self.line_of_row(row_of[i]) for i in self._marks if i in row_of)
            if line is not None
        ]
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

    def action_next_linked(self) -> None:
        """Move the cursor to the next item linked to the selection."""
        self._jump_linked(1)

    def action_previous_linked(self) -> None:
        """Move the cursor to the previous item linked to the selection."""
        self._jump_linked(-1)

    # Title.

    def _update_title(self) -> None:
        parts: list[Content | tuple[str, str]] = [(self.PANE_TITLE, "")]
        if self._marked_count:
            parts.append((f" · {self._marked_count} linked", ""))
        if self._filter:
            parts.append((" · /", ""))
            parts.append(safe.literal(self._filter))
            parts.append((f" ({self._shown})", ""))
        if self._linked_only:
            parts.append((" · linked only", ""))
        set_border_text(self, safe.assemble(*parts))

    # Rendering.

    def clear_render_cache(self) -> None:
        self._cache.clear()

    def render_empty(self, width: int) -> Strip:
        text = "no match" if self._filter else self.EMPTY_TEXT
        if self._linked_only and not self._filter:
            text = "nothing linked"
        base = self.get_visual_style()
        style = visual_style(self, "item-list--empty", partial=True)
        content = Content.assemble("  ", (text, style))
        return line_strip(content, base, width)

    def render_list_line(self, line: int, width: int) -> Strip:
        index = self.row_index(line)
        assert index is not None
        row = self._rows[index]
        flags = 0
        item_id = row.item_id
        focused = self.has_focus
        if line == self.cursor and focused:
            flags |= _CURSOR
        if item_id is not None:
            if item_id == self._selected:
                flags |= _SELECTED
            if item_id in self._marks:
                flags |= _MARKED
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
        if flags & _SELECTED and not flags & _CURSOR:
            classes.append("item-list--selected")
        if flags & _CURSOR:
            classes.append("item-list--cursor")
        base = visual_style(self, *classes)
        if flags & _MARKED:
            glyph = LINKED_GLYPH
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


def search_text(item: Item) -> str:
    """What the `/` filter matches against: the label (name or title) and aliases, casefolded."""
    names = [item.label, *getattr(item, "aliases", ())]
    return "\n".join(names).casefold()
