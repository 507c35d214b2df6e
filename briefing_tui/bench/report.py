"""The benchmark's human-readable report: one Rich table of figures, baselines and targets.

It reads the same dictionary `--json` prints, so the two never disagree. Targets are the ones
issue 5 sets (the draft, export and library parts carry theirs in the JSON); a row without a
target at that size shows a dash.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

FIRST_PAINT_TARGET = 1.25
LOAD_TARGET = 2.0
KEYPRESS_RATIO_TARGET = {"10000": 2.0, "50000": 2.0}
KEYPRESS_P95_TARGET_MS = {"10000": 25.0, "50000": 33.0}
PEAK_RSS_TARGET_MB = {"10000": 100.0, "50000": 350.0}
RELOAD_BLOCK_TARGET_MS = 100.0

BASELINES_NOTE = (
    "Baselines, measured in the same run: first paint = a bare Textual app with one Static "
    "(and, for scale, the reader's first screen drawn with plain Statics: no file, no model); "
    "load = read + yaml.compose with CSafeLoader; keypress and RSS = a bare OptionList with as "
    "many rows. App and baseline columns are medians; first paint and load ratios are the "
    "median of the rounds' ratios (app and baseline run in rounds, one of each a round). "
    "Keypress = CPU ms (process_time, all threads) per Down press, until idle; "
    "net = each process's cost of the same waits without a key subtracted first. "
    "Draft = CPU ms after import, the long article's cost per word over the seed's; export = "
    "each format's render of the sample over load() of it in the same round; library = index "
    "build from nothing over load() of every file, one changed file found by search over load() "
    "of it, p95 of search over the bare FTS5 MATCH ... ORDER BY rank LIMIT 50, first paint of "
    "the library (warm index) over the seed's, in rounds; story keypress as the reader's, "
    "against a bare OptionList of as many rows; peak RSS after paint, presses and 20 searches."
)


def _verdict(value: float, limit: float | None, unit: str = "×") -> Text:
    if limit is None:
        return Text("—", style="dim")
    if value <= limit:
        return Text(f"✓ ≤ {limit:g}{unit}", style="green")
    return Text(f"✗ > {limit:g}{unit}", style="bold red")


def _num(value: float) -> str:
    return f"{value:,.1f}"


def _size_label(size: str) -> str:
    count = int(size)
    return f"{count // 1000}k" if count >= 1000 and count % 1000 == 0 else str(count)


def build_table(figures: dict[str, Any]) -> Table:
    """The table for `figures` (the dictionary `--json` prints)."""
    base = figures["baselines"]
    table = Table(title="briefing-tui bench")
    table.add_column("Figure")
    table.add_column("Unit")
    for name in ("App", "Baseline", "Ratio"):
        table.add_column(name, justify="right")
    table.add_column("Target")

    ratio = figures["first_paint_ratio"]
    table.add_row(
        "First paint, seed",
        "ms",
        _num(base["app"]["first_paint_ms"]),
        _num(base["first_paint_ms"]),
        f"{ratio:.2f}×",
        _verdict(ratio, FIRST_PAINT_TARGET),
    )
    static = base.get("static_screen")
    if static is not None:
        table.add_row(
            "  same screen as Statics",
            "ms",
            _num(static["first_paint_ms"]),
            _num(base["first_paint_ms"]),
            f"{static['ratio_to_bare']:.2f}× (app {static['app_ratio_to_it']:.2f}× it)",
            Text("—", style="dim"),
        )
    ratio = figures["load_ratio"]
    table.add_row(
        f"Load, {_size_label(str(base['load_events']))}",
        "ms",
        _num(base["app"]["load_ms"]),
        _num(base["compose_ms"]),
        f"{ratio:.2f}×",
        _verdict(ratio, LOAD_TARGET),
    )
    for size, app in figures["keypress_ms"].items():
        floor = base["optionlist_keypress_ms"][size]
        ratio = figures["keypress_ratio"][size]
        net = base.get("keypress_ratio_net", {}).get(size)
        label = _size_label(size)
        table.add_row(
            f"Keypress median, {label}",
            "CPU ms",
            _num(app["median"]),
            _num(floor["median"]),
            f"{ratio:.2f}×" + ("" if net is None else f" (net {net:.2f}×)"),
            _verdict(ratio, KEYPRESS_RATIO_TARGET.get(size)),
        )
        table.add_row(
            f"Keypress p95, {label}",
            "CPU ms",
            _num(app["p95"]),
            _num(floor["p95"]),
            "",
            _verdict(app["p95"], KEYPRESS_P95_TARGET_MS.get(size), " ms"),
        )
    for size, peak in figures["peak_rss_mb"].items():
        table.add_row(
            f"Peak RSS, {_size_label(size)}",
            "MiB",
            _num(peak),
            _num(base["optionlist_peak_rss_mb"][size]),
            "",
            _verdict(peak, PEAK_RSS_TARGET_MB.get(size), " MiB"),
        )
    reload = base["reload"]
    table.add_row(
        f"Live reload, {_size_label(str(reload['events']))}: longest block",
        "ms",
        _num(figures["reload_max_block_ms"]),
        "",
        "",
        _verdict(figures["reload_max_block_ms"], RELOAD_BLOCK_TARGET_MS, " ms"),
    )
    add_extra_rows(table, figures)
    return table


def _ratio_cell(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def _ratio_verdict(ratio: float | None, limit: float) -> Text:
    if ratio is None:
        return Text(f"no floor (≤ {limit:g}×)", style="bold red")
    return _verdict(ratio, limit)


def add_extra_rows(table: Table, figures: dict[str, Any]) -> None:
    """The rows of the `draft`, `export` and `library` parts present in `figures`."""
    draft = figures.get("draft")
    if draft is not None:
        words = draft["words"]
        table.add_row(
            f"Draft, {words['long']:,} words vs seed's {words['seed']:,} (per word)",
            "CPU ms",
            _num(draft["draft_ms"]["long"]),
            _num(draft["draft_ms"]["seed"]),
            _ratio_cell(draft["per_word_ratio"]),
            _ratio_verdict(draft["per_word_ratio"], draft["targets"]["per_word_ratio"]),
        )
    export = figures.get("export")
    if export is not None:
        limit = export["targets"]["export_ratio"]
        label = _size_label(str(export["events"]))
        for name, ratio in export["export_ratio"].items():
            table.add_row(
                f"Export {name}, {label} (vs load)",
                "ms",
                _num(export["export_ms"][name]),
                _num(export["load_ms"]),
                _ratio_cell(ratio),
                _ratio_verdict(ratio, limit),
            )
    library = figures.get("library")
    if library is not None:
        base = library["baselines"]
        label = _size_label(str(library["briefings"]))
        rows = (
            ("index_build_ratio", f"Library index build, {label} (vs load all)", "index_build",
             "build_s", "floor_load_all_s"),
            ("reindex_one_ratio", f"Library reindex one file, {label} (vs load it)",
             "reindex_one", "reindex_s", "floor_load_one_s"),
            ("search_ratio", f"Library search p95, {label} (vs bare FTS5)", "search", "p95_s",
             "floor_p95_s"),
        )  # fmt: skip
        for figure, title, raw, ours, floor in rows:
            table.add_row(
                title,
                "ms",
                _num(base[raw][ours] * 1000),
                _num(base[raw][floor] * 1000),
                _ratio_cell(library[figure]),
                _ratio_verdict(library[figure], library["targets"][figure]),
            )
        story = base.get("story_keypress")
        if story is not None:
            table.add_row(
                f"Library story keypress median, {label} ({story['rows']:,} rows)",
                "CPU ms",
                _num(story["ms"]["median"]),
                _num(story["floor_ms"]["median"]),
                _ratio_cell(library["story_keypress_ratio"]),
                _ratio_verdict(
                    library["story_keypress_ratio"], library["targets"]["story_keypress_ratio"]
                ),
            )
            table.add_row(
                f"Library peak RSS, {label} (paint, presses, searches)",
                "MiB",
                _num(library["library_peak_rss_mb"]),
                _num(story["floor_peak_rss_mb"]),
                "",
                _verdict(
                    library["library_peak_rss_mb"],
                    library["targets"]["library_peak_rss_mb"],
                    " MiB",
                ),
            )
        paint = base.get("first_paint")
        if paint is not None:
            table.add_row(
                f"Library first paint, {label} (vs seed's)",
                "ms",
                _num(paint["first_paint_ms"]),
                _num(paint["floor_seed_first_paint_ms"]),
                _ratio_cell(library["library_first_paint_ratio"]),
                _ratio_verdict(
                    library["library_first_paint_ratio"],
                    library["targets"]["library_first_paint_ratio"],
                ),
            )


def build_report(figures: dict[str, Any]) -> RenderableType:
    """The table, what the baselines are, and the machine the figures come from."""
    machine = figures["machine"]
    footer = Text(
        f"{BASELINES_NOTE}\n"
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['python']}, "
        f"textual {machine['textual']}, {machine['platform']}; "
        f"load average at start {machine['loadavg_at_start']}; "
        f"the bench took {machine['duration_s']:.0f} s.",
        style="dim",
    )
    return Group(build_table(figures), footer)
