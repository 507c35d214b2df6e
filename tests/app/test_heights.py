"""`LineHeights` answers as running totals over a plain list would, after any updates."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.app.view.heights import LineHeights


def _naive_locate(heights: list[int], y: int) -> tuple[int, int]:
    if not heights or y < 0:
        return -1, 0
    prefix = [0, *accumulate(heights)]
    index = min(bisect_right(prefix, y) - 1, len(heights) - 1)
    return index, y - prefix[index]


@given(
    st.lists(st.integers(0, 6), max_size=40),
    st.lists(st.tuples(st.integers(0, 39), st.integers(0, 8)), max_size=12),
)
def test_matches_running_totals(heights: list[int], updates: list[tuple[int, int]]) -> None:
    index = LineHeights(heights)
    heights = list(heights)
    for position, height in updates:
        if heights:
            position %= len(heights)
            heights[position] = height
            index.set(position, height)
    assert len(index) == len(heights)
    assert index.total == sum(heights)
    for position in range(len(heights) + 1):
        assert index.start(position) == sum(heights[:position])
    for y in range(-2, sum(heights) + 3):
        assert index.locate(y) == _naive_locate(heights, y)


def test_empty() -> None:
    index = LineHeights()
    assert not index
    assert index.total == 0
    assert index.locate(0) == (-1, 0)
