"""The bench's in-process figures: drafting, exporting and the library, each against a floor.

The measurements themselves live with the code they measure (`briefing_tui.draft.bench`,
`briefing_tui.export.bench`, `briefing_tui.library.bench`); here each is run in a fresh child
process (`briefing_tui.bench.extras_child`) and its result shaped for `--json`:

- `draft`: CPU ms to draft the seed article and a 20,000-word article (`draft_ms`), and the
  per-word cost of the long one over the seed's (`per_word_ratio`, target <= 2: at most about
  linear in length);
- `export`: each format's export of the largest sample (50,000 events by default) over `load()`
  of the same file in the same round (`export_ratio`, target <= 3 each);
- `library`: on `sample --library N` (10,000 briefings by default), `index_build_ratio` (the index
  built from nothing / `load()` of every file once, target <= 1.3), `reindex_one_ratio` (one
  changed article found by `search` / `load()` of that briefing, target <= 5) and `search_ratio`
  (p95 of `Library.search` over 100 varied queries / p95 of the bare FTS5 query, target <= 2),
  then `library_first_paint_ratio` (`briefing-tui DIR` with the index now warm / the seed's
  first paint, in a pty, target <= 1.5: `briefing_tui.bench.library_paint`); the raw figures and
  their floors under `baselines`; then `story_keypress_ratio` (CPU per Down press in the story
  timeline / a bare OptionList of as many rows, target <= 2) and `library_peak_rss_mb` (after
  first paint, the presses and 20 searches, target <= 300: `briefing_tui.bench.library_keys`).

Every part has `targets` (figure -> limit) and `met` (figure -> whether it is within its limit, a
dict of those for a figure that is a dict of ratios). No Textual is imported here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_tui.bench.library_keys import (
    LIBRARY_PEAK_RSS_TARGET_MB,
    STORY_KEYPRESS_TARGET,
    story_keypress,
)
from briefing_tui.bench.library_paint import LIBRARY_FIRST_PAINT_TARGET, library_first_paint
from briefing_tui.bench.measure import PaintTarget, child_json

if TYPE_CHECKING:
    from briefing_tui.bench.run import Options

DRAFT_PER_WORD_TARGET = 2.0
EXPORT_RATIO_TARGET = 3.0
LIBRARY_TARGETS = {
    "index_build_ratio": 1.3,
    "reindex_one_ratio": 5.0,
    "search_ratio": 2.0,
    "library_first_paint_ratio": LIBRARY_FIRST_PAINT_TARGET,
    "story_keypress_ratio": STORY_KEYPRESS_TARGET,
    "library_peak_rss_mb": LIBRARY_PEAK_RSS_TARGET_MB,
}
LIBRARY_FIGURES = {
    "index_build_ratio": "index_build",
    "reindex_one_ratio": "reindex_one",
    "search_ratio": "search",
}
"""Each library figure and the `briefing_tui.library.bench` function that measures it, in the
order they run (`reindex_one` brings the library's own index up to date before it times
anything, so `search` finds it warm)."""

DEFAULT_LIBRARY_SIZE = 10000
DEFAULT_EXPORT_ROUNDS = 1
"""Rounds of the export figure: one round at 50,000 events is a load and seven exports of a few
seconds each, long enough that a second round would cost more of the bench's ten minutes than it
steadies the ratio."""

CHILD = (sys.executable, "-m", "briefing_tui.bench.extras_child")
TIMEOUT_S = 900.0


def _child(args: list[str]) -> dict[str, Any]:
    """Run the child measurement `args` and return its JSON (a `BenchError` when it fails)."""
    return child_json(CHILD, args, TIMEOUT_S)


def _within(value: float | None, limit: float) -> bool:
    return value is not None and value <= limit


def draft_figures(article: Path) -> dict[str, Any]:
    """`draft`: the seed article and a 20,000-word one drafted in a fresh process."""
    raw = _child(["draft", str(article)])
    ratio = raw["per_word_ratio"]
    return {
        "draft_ms": {"seed": raw["seed_ms"], "long": raw["long_ms"]},
        "words": {"seed": int(raw["seed_words"]), "long": int(raw["long_words"])},
        "per_word_ratio": ratio,
        "targets": {"per_word_ratio": DRAFT_PER_WORD_TARGET},
        "met": {"per_word_ratio": _within(ratio, DRAFT_PER_WORD_TARGET)},
    }


def export_figures(sample: Path, events: int, rounds: int) -> dict[str, Any]:
    """`export`: every format of `sample` against its load, `rounds` rounds in a fresh process."""
    raw = _child(["export", str(sample), str(rounds)])
    ratios = {name: entry["ratio"] for name, entry in raw["formats"].items()}
    return {
        "events": events,
        "rounds": raw["rounds"],
        "load_ms": raw["load_ms"],
        "export_ms": {name: entry["ms"] for name, entry in raw["formats"].items()},
        "export_ratio": ratios,
        "max_ratio": max(ratios.values()),
        "targets": {"export_ratio": EXPORT_RATIO_TARGET},
        "met": {
            "export_ratio": {
                name: _within(ratio, EXPORT_RATIO_TARGET) for name, ratio in ratios.items()
            }
        },
    }


def library_figures(
    folder: Path,
    briefings: int,
    tick: Callable[[str], None] = lambda _: None,
    seed: PaintTarget | None = None,
    paint_runs: int = 1,
    keys: tuple[int, int, bool] | None = None,
) -> dict[str, Any]:
    """`library`: the three figures of `briefing_tui.library.bench` on `folder`, each in a fresh
    process, then (with `seed`, the reader's first-paint target) the library's first paint
    against it, and (with `keys`: presses, idle cycles, headless) the story timeline's keypress
    and the app's peak RSS; `tick` is called before each with what it measures."""
    ratios: dict[str, float | None] = {}
    baselines: dict[str, Any] = {}
    for figure, function in LIBRARY_FIGURES.items():
        tick(f"library: {function.replace('_', ' ')}, {briefings:,} briefings")
        raw = _child(["library", function, str(folder)])
        baselines[function] = raw
        ratios[figure] = raw["ratio"]
    if seed is not None:
        tick(f"library: first paint against the seed's, {briefings:,} briefings")
        paint = library_first_paint(folder, briefings, seed, paint_runs)
        baselines["first_paint"] = paint
        ratios["library_first_paint_ratio"] = paint["ratio"]
    if keys is not None:
        tick(f"library: story keypress and memory, {briefings:,} briefings")
        story = story_keypress(folder, *keys)
        baselines["story_keypress"] = story
        ratios["story_keypress_ratio"] = story["ratio"]
        ratios["library_peak_rss_mb"] = story["peak_rss_mb"]
    return {
        "briefings": briefings,
        **ratios,
        "targets": {name: LIBRARY_TARGETS[name] for name in ratios},
        "met": {name: _within(ratio, LIBRARY_TARGETS[name]) for name, ratio in ratios.items()},
        "baselines": baselines,
    }


def extra_steps(options: Options) -> int:
    """Progress steps of `collect`: the library sample, the draft, the export, three library
    figures, the library's first paint, its story keypress."""
    library = 0 if options.skip_library else 1 + len(LIBRARY_FIGURES) + 2
    return (not options.skip_draft) + (not options.skip_export) + library


def collect(
    options: Options, samples: dict[int, Path], step: Callable[[str], None] = lambda _: None
) -> dict[str, Any]:
    """The parts `options` does not skip, by name (`draft`, `export`, `library`); `samples` are
    the bench's samples by events (the export's among them)."""
    from briefing_tui.bench.cache import library_path
    from briefing_tui.bench.measure import app_target
    from briefing_tui.format.seed import seed_path

    parts: dict[str, Any] = {}
    if not options.skip_draft:
        step("draft: the seed article and a 20,000-word article")
        parts["draft"] = draft_figures(seed_path().with_suffix(".txt"))
    if not options.skip_export:
        events = options.export_sample
        step(f"export: every format against load, {events:,} events")
        parts["export"] = export_figures(samples[events], events, options.export_rounds)
    if not options.skip_library:
        size = options.library_size
        step(f"sample library of {size:,} briefings")
        seed = app_target(
            options.seed_briefing or seed_path(), options.app_markers, options.app_command
        )
        parts["library"] = library_figures(
            library_path(size),
            size,
            step,
            seed=seed,
            paint_runs=options.paint_runs,
            keys=(options.presses, options.idle_cycles, options.headless),
        )
    return parts
