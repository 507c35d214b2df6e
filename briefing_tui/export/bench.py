"""`export_ratio` for `briefing-tui bench`: exporting a briefing to each format against loading it.

`measure(path)` loads the file and renders every format, `rounds` times each in turns, and gives
the median times and, per format, the median of the rounds' ratios (export time / load time of the
same round), so a machine whose speed drifts moves both sides of a ratio together. Rendering is
timed without writing (the write is the file system's, not ours).
"""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path
from typing import Any

from briefing_tui.export.formats import FORMATS
from briefing_tui.format.loader import load

TARGET = 3.0
"""Each format's export may take at most this many times the load."""


def measure(path: str | Path, rounds: int = 3) -> dict[str, Any]:
    """Median load time, each format's median export time and ratio, and whether all met TARGET."""
    renderers = {name: fmt.renderer() for name, fmt in FORMATS.items()}  # imports outside timing
    load_times: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in FORMATS}
    ratios: dict[str, list[float]] = {name: [] for name in FORMATS}
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        briefing = load(path)
        loaded = time.perf_counter() - start
        load_times.append(loaded)
        for name, render in renderers.items():
            gc.collect()
            start = time.perf_counter()
            render(briefing)
            elapsed = time.perf_counter() - start
            times[name].append(elapsed)
            ratios[name].append(elapsed / loaded)
    formats = {
        name: {
            "ms": round(statistics.median(times[name]) * 1000, 1),
            "ratio": round(statistics.median(ratios[name]), 3),
        }
        for name in FORMATS
    }
    worst = max(entry["ratio"] for entry in formats.values())
    return {
        "file": str(path),
        "rounds": rounds,
        "load_ms": round(statistics.median(load_times) * 1000, 1),
        "formats": formats,
        "max_ratio": worst,
        "target": TARGET,
        "met": worst <= TARGET,
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3), indent=2))
