"""`story_keypress_ratio` and `library_peak_rss_mb`: the library's story timeline under the keys.

Measured as the reader's keypress is (`measure.keypress_pair`): the app `briefing-tui DIR` runs,
with its story shown (every event of every briefing on one timeline), and a bare OptionList of as
many rows run side by side in 120x40 ptys, taking turns of ten presses; each Down press costed as
the CPU milliseconds of its process until the screen is updated and idle. The ratio is the median
of the app's presses over the OptionList's. After the presses the app runs 20 searches through
its search view, and its peak RSS (VmHWM) after first paint, presses and searches is
`library_peak_rss_mb`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing_tui.bench import measure
from briefing_tui.bench.stats import median, p95

STORY_KEYPRESS_TARGET = 2.0
LIBRARY_PEAK_RSS_TARGET_MB = 300.0
SEARCHES = 20


def story_keypress(
    folder: Path, presses: int, idle_cycles: int, headless: bool = False
) -> dict[str, Any]:
    """The story timeline's keypress cost against a bare OptionList, and the app's peak RSS."""
    from briefing_tui.bench.library_probe import story_rows

    rows = story_rows(folder)
    app, floor = measure.keypress_pair(
        briefing=None,
        rows=rows,
        presses=presses,
        idle_cycles=idle_cycles,
        headless=headless,
        library=folder,
        searches=SEARCHES,
    )
    ratio = median(app.costs_ms) / median(floor.costs_ms)
    return {
        "ratio": ratio,
        "peak_rss_mb": app.peak_rss_mb,
        "ms": {"median": median(app.costs_ms), "p95": p95(app.costs_ms)},
        "floor_ms": {"median": median(floor.costs_ms), "p95": p95(floor.costs_ms)},
        "floor_peak_rss_mb": floor.peak_rss_mb,
        "idle_cycle_ms": {
            "library": median(app.idle_cycle_ms) if app.idle_cycle_ms else None,
            "optionlist": median(floor.idle_cycle_ms) if floor.idle_cycle_ms else None,
        },
        "rows": rows,
        "presses": presses,
        "searches": SEARCHES,
        "searches_with_hits": app.searches_with_hits,
        "focused_start": app.focused_start,
        "unsettled_presses": app.unsettled,
        "ready_s": round(app.ready_s, 3),
    }
