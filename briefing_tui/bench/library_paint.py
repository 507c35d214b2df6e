"""`library_first_paint_ratio`: `briefing-tui DIR` with a warm index against the seed's first paint.

Both are timed the way the reader's first paint is (`measure.first_paint_ms`): a fresh process in
a 120x40 pty, from just before it is created until the terminal shows the first finished screen.
For the library that is its header with the number of briefings (read from the index, so the list
is filled in the same frame), the view tabs and the list's title; for the seed, the reader's own
markers. The two run in rounds, one of each a round, the order turning, after one unrecorded
warm-up of each; the figure is the median of the rounds' ratios (`stats.paired_ratio`).

The index is warm because the library figures before it (`reindex_one`, `search`) brought the
library's own index up to date; the library's first update after the paint (a pass over the
files' stamps) is no part of the figure.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing_tui.bench import measure
from briefing_tui.bench.stats import median, paired_ratio

LIBRARY_FIRST_PAINT_TARGET = 1.5
MAX_ROUNDS = 7
"""Rounds of the library's first paint: the bench's first-paint rounds, at most this many (each
round starts the library and the reader once; the issue asks for at least 5 rounds)."""


def library_target(folder: Path, briefings: int) -> measure.PaintTarget:
    """`briefing-tui DIR` started as a user starts it, and the text of its first finished
    screen."""
    markers = (f"· {briefings} briefings", "1 Briefings", "2 Story", "/ Search", "Briefings")
    return measure.PaintTarget((sys.executable, "-m", "briefing_tui", str(folder)), markers)


def library_first_paint(
    folder: Path,
    briefings: int,
    seed: measure.PaintTarget,
    runs: int,
    tick: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """The library's first paint against the seed's, `min(runs, MAX_ROUNDS)` rounds."""
    rounds = max(1, min(runs, MAX_ROUNDS))
    target = library_target(folder, briefings)
    library_ms, seed_ms = measure.paired_runs(
        lambda: measure.first_paint_ms(target),
        lambda: measure.first_paint_ms(seed),
        rounds,
        warm_up=True,
        tick=tick,
    )
    ratio = paired_ratio(library_ms, seed_ms)
    return {
        "ratio": ratio,
        "first_paint_ms": median(library_ms),
        "floor_seed_first_paint_ms": median(seed_ms),
        "rounds": rounds,
        "library_ms": library_ms,
        "seed_ms": seed_ms,
        "target": LIBRARY_FIRST_PAINT_TARGET,
        "met": ratio <= LIBRARY_FIRST_PAINT_TARGET,
    }
