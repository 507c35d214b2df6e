"""What a list pane shows of its rows: the view (filter, linked-only), the marks, the selection.

Rows are built once. Whether a row is linked to the selection is answered while the row is drawn,
from the linked set handed over on each selection, so a selection change never rebuilds rows. A
filter (`/`) and "linked only" (`l`) switch the pane to a view: a sorted list of row indices,
rebuilt only when the filter text or, in linked-only mode, the linked set changes. No Textual:
the list widget draws what this says and keeps the cursor.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from briefing_tui.app.view.rows import Row, RowKind
from briefing_tui.format.model import Item


def search_text(item: Item) -> str:
    """What the `/` filter matches against: the label (name or title) and aliases, casefolded."""
    names = [item.label, *getattr(item, "aliases", ())]
    return "\n".join(names).casefold()


class ListModel:
    """One list pane's rows, the view of them it shows, and the marks of the selection."""

    def __init__(self, rows: Sequence[Row], items: Mapping[str, Item]) -> None:
        self.rows = rows
        """Every row, in order (not only the visible ones)."""
        self._items = items
        self.row_of: dict[str, int] = {}
        """The row index of each id the pane lists."""
        self._dividers: list[int] = []
        self._not_items: list[int] = []
        """Rows that stand for no item (dividers, headings), in order: not counted as items."""
        self._view_not_items: list[int] = []
        """The same as lines of the current view (when there is one)."""
        self._heading_of: list[int] | None = None
        self._index_rows()
        self.view: list[int] | None = None
        """The row indices shown, or None when every row is."""
        self.marks: frozenset[str] = frozenset()
        """The ids linked to the selection (of any pane)."""
        self.marked_count = 0
        """How many of this pane's ids are marked."""
        self.via: frozenset[str] = frozenset()
        """The ids linked to the selection through an event only (see `view/via.py`)."""
        self.via_count = 0
        """How many of this pane's ids are linked through an event only."""
        self.selected: str | None = None
        """The selection when it is an item of this pane."""
        self.filter = ""
        """The filter typed for this pane, casefolded ("" when none)."""
        self._filter_rows: list[int] | None = None
        self.linked_only = False
        """Whether the pane lists only items linked to the selection."""
        self._haystacks: list[str] | None = None
        self.shown = 0
        """How many items the view lists."""

    def _index_rows(self) -> None:
        """One pass over the rows: id -> row, the dividers, and each row's heading (if any)."""
        row_of = self.row_of
        heading_of: list[int] = []
        heading = -1
        has_headings = False
        for index, row in enumerate(self.rows):
            kind = row.kind
            if kind == RowKind.DIVIDER:
                self._dividers.append(index)
            elif kind == RowKind.GROUP or kind == RowKind.HEADING:
                heading = index
                has_headings = True
            if row.item_id is not None:
                row_of[row.item_id] = index
            else:
                self._not_items.append(index)
            heading_of.append(heading)
        self._heading_of = heading_of if has_headings else None

    # Lines of the view.

    def line_count(self) -> int:
        """How many lines the view has."""
        return len(self.rows) if self.view is None else len(self.view)

    def row_index(self, line: int) -> int | None:
        """The row index shown at `line` of the current view."""
        if self.view is None:
            return line if 0 <= line < len(self.rows) else None
        return self.view[line] if 0 <= line < len(self.view) else None

    def row_at(self, line: int) -> Row | None:
        """The row shown at `line` of the current view."""
        index = self.row_index(line)
        return None if index is None else self.rows[index]

    def line_of_row(self, index: int) -> int | None:
        """The line showing row `index`, or None when the view hides it."""
        if self.view is None:
            return index
        position = bisect_left(self.view, index)
        if position < len(self.view) and self.view[position] == index:
            return position
        return None

    def item_position(self, line: int) -> tuple[int, int] | None:
        """`(n, total)`: `line` shows the n-th item of the `total` the view lists (dividers and
        headings are not counted); None when `line` shows no item."""
        if not self.selectable(line):
            return None
        if self.view is None:
            not_items = self._not_items
            total = len(self.rows) - len(not_items)
        else:
            not_items = self._view_not_items
            total = len(self.view) - len(not_items)
        return line - bisect_left(not_items, line) + 1, total

    def selectable(self, line: int) -> bool:
        """Whether `line` shows an item (not a divider or a heading)."""
        row = self.row_at(line)
        return row is not None and row.item_id is not None

    def first_selectable(self) -> int:
        """The first line showing an item (-1 when none does)."""
        for line in range(self.line_count()):
            if self.selectable(line):
                return line
        return -1

    def visible_ids(self) -> list[str]:
        """The ids the view lists, in order."""
        indices = range(len(self.rows)) if self.view is None else self.view
        rows = self.rows
        return [rows[i].item_id for i in indices if rows[i].item_id is not None]  # type: ignore[misc]

    def marked_lines(self, marks: frozenset[str] | None = None) -> list[int]:
        """The lines of the view showing an item of `marks` (the current marks by default),
        unordered."""
        row_of = self.row_of
        ids = self.marks if marks is None else marks
        lines = (self.line_of_row(row_of[i]) for i in ids if i in row_of)
        return [line for line in lines if line is not None]

    # Changes.

    def select(
        self, selected: str | None, linked: frozenset[str], via: frozenset[str] = frozenset()
    ) -> bool:
        """Take the new selection, its linked set and what is linked through an event only;
        True when the view must be rebuilt."""
        old_selected = self.selected
        self.marks = linked
        self.via = via
        self.selected = selected if selected is not None and selected in self.row_of else None
        row_of = self.row_of
        self.marked_count = sum(1 for item_id in linked if item_id in row_of)
        self.via_count = sum(1 for item_id in via if item_id in row_of)
        return self.linked_only and (self.selected is None or old_selected is None)

    def set_filter(self, text: str) -> bool:
        """Filter on `text` (case-insensitive); True when the filter changed."""
        text = text.strip().casefold()
        if text == self.filter:
            return False
        self.filter = text
        if text:
            haystacks = self._search_texts()
            self._filter_rows = [i for i, hay in enumerate(haystacks) if text in hay]
        else:
            self._filter_rows = None
        return True

    def set_linked_only(self, on: bool) -> bool:
        """Show only the linked items (or all again); True when that changed."""
        if on == self.linked_only:
            return False
        self.linked_only = on
        return True

    def _search_texts(self) -> list[str]:
        if self._haystacks is None:
            items = self._items
            self._haystacks = [
                "" if row.item_id is None else search_text(items[row.item_id]) for row in self.rows
            ]
        return self._haystacks

    def rebuild(self, cursor_row: int | None) -> int:
        """Rebuild the view; the line the cursor goes to (on `cursor_row` if the view keeps it,
        else the selection's, else the first match, else the first item)."""
        if cursor_row is None and self.selected is not None:
            cursor_row = self.row_of.get(self.selected)
        wanted: set[int] | None = None
        if self.linked_only and self.selected is None:
            row_of = self.row_of
            wanted = {row_of[i] for i in self.marks | self.via if i in row_of}
        if self._filter_rows is not None:
            wanted = set(self._filter_rows) if wanted is None else wanted & set(self._filter_rows)
        matches = None if wanted is None else sorted(wanted)
        self.view = None if matches is None else self._with_context(matches)
        rows = self.rows
        self._view_not_items = (
            []
            if self.view is None
            else [line for line, index in enumerate(self.view) if rows[index].item_id is None]
        )
        self.shown = (
            len(self.row_of)
            if self.view is None
            else sum(1 for index in self.view if rows[index].item_id is not None)
        )
        line = None
        if cursor_row is not None and (wanted is None or cursor_row in wanted):
            line = self.line_of_row(cursor_row)
        if line is None and matches:
            line = self.line_of_row(matches[0])
        if line is None or not self.selectable(line):
            line = self.first_selectable()
        return line

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
