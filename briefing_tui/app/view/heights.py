"""The article's paragraph heights (in lines) with running totals kept up to date in O(log n).

A long article is wrapped lazily: until a paragraph is shown it counts with an estimated height,
and wrapping it corrects that height, which moves the first line of every paragraph after it.
Recomputing all the running totals is O(paragraphs), and it would happen on most keypresses in a
long article. A Fenwick (binary indexed) tree updates a
height and answers "where does paragraph i start" and "which paragraph holds line y" in O(log n).
"""

from __future__ import annotations

from collections.abc import Iterable


class LineHeights:
    """Heights of paragraphs, their total, where each starts and which one holds a given line."""

    __slots__ = ("_heights", "_high_bit", "_total", "_tree")

    def __init__(self, heights: Iterable[int] = ()) -> None:
        self._heights = list(heights)
        count = len(self._heights)
        tree = [0, *self._heights]
        for index in range(1, count + 1):
            parent = index + (index & -index)
            if parent <= count:
                tree[parent] += tree[index]
        self._tree = tree
        self._total = sum(self._heights)
        self._high_bit = 1 << (count.bit_length() - 1) if count else 0

    def __len__(self) -> int:
        return len(self._heights)

    def __getitem__(self, index: int) -> int:
        return self._heights[index]

    @property
    def total(self) -> int:
        """The sum of all heights: the article's height in lines."""
        return self._total

    def set(self, index: int, height: int) -> None:
        """Make paragraph `index` `height` lines high."""
        delta = height - self._heights[index]
        if not delta:
            return
        self._heights[index] = height
        self._total += delta
        tree = self._tree
        position = index + 1
        size = len(tree)
        while position < size:
            tree[position] += delta
            position += position & -position

    def start(self, index: int) -> int:
        """The line paragraph `index` starts on (the sum of the heights before it)."""
        tree = self._tree
        total = 0
        position = index
        while position > 0:
            total += tree[position]
            position -= position & -position
        return total

    def locate(self, y: int) -> tuple[int, int]:
        """The paragraph holding line `y` and the line within it.

        Past the end, the last paragraph (the line within it then counts on past its height);
        `(-1, 0)` for a negative `y` or when there are no paragraphs.
        """
        count = len(self._heights)
        if count == 0 or y < 0:
            return -1, 0
        tree = self._tree
        position = 0
        remaining = y
        step = self._high_bit
        while step:
            probe = position + step
            if probe <= count and tree[probe] <= remaining:
                position = probe
                remaining -= tree[probe]
            step >>= 1
        if position >= count:
            last = count - 1
            return last, y - (self._total - self._heights[last])
        return position, remaining
