"""The benchmark: a smoke run at a tiny size (the JSON's shape, not its timings) and its helpers."""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.bench import measure, run
from briefing_tui.bench.stats import median, p95, paired_ratio
from briefing_tui.bench.terminal import PtyChild, ScreenText, WindowSize
from briefing_tui.commands.bench import add_arguments
from tests.bench.conftest import SIZES

TOP_LEVEL = {
    "first_paint_ratio",
    "load_ratio",
    "keypress_ms",
    "keypress_ratio",
    "peak_rss_mb",
    "reload_max_block_ms",
    "draft",
    "export",
    "library",
    "baselines",
    "machine",
}


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_json_is_the_only_output_and_has_the_issue_shape(smoke_output: str) -> None:
    assert smoke_output.endswith("\n") and smoke_output.count("\n") == 1
    figures = json.loads(smoke_output)
    assert set(figures) == TOP_LEVEL
    keys = {str(size) for size in SIZES}
    for name in ("first_paint_ratio", "load_ratio"):
        assert _positive(figures[name]), name
    assert set(figures["keypress_ms"]) == keys
    for size in keys:
        assert set(figures["keypress_ms"][size]) == {"median", "p95"}
        assert all(_positive(value) for value in figures["keypress_ms"][size].values())
        assert _positive(figures["keypress_ratio"][size])
        assert _positive(figures["peak_rss_mb"][size])
    assert set(figures["keypress_ratio"]) == set(figures["peak_rss_mb"]) == keys


@pytest.mark.slow
def test_baselines_and_machine_carry_the_raw_figures(smoke_output: str) -> None:
    figures = json.loads(smoke_output)
    base = figures["baselines"]
    assert _positive(base["first_paint_ms"])
    assert _positive(base["compose_ms"])
    assert _positive(base["app"]["first_paint_ms"]) and _positive(base["app"]["load_ms"])
    for size in map(str, SIZES):
        assert _positive(base["optionlist_keypress_ms"][size]["median"])
        assert _positive(base["optionlist_peak_rss_mb"][size])
        assert set(base["keypress_idle_cycle_ms"][size]) == {"app", "optionlist"}
        assert base["app_checks"][size]["focused_start"] == "timeline"
    runs = base["runs"]
    app, bare, static_runs = (
        runs["first_paint_app_ms"],
        runs["first_paint_bare_ms"],
        runs["first_paint_static_screen_ms"],
    )
    assert len(app) == len(bare) == len(static_runs) == 1
    assert figures["first_paint_ratio"] == pytest.approx(paired_ratio(app, bare))
    assert figures["load_ratio"] == pytest.approx(paired_ratio(runs["load_ms"], runs["compose_ms"]))
    static = base["static_screen"]
    assert _positive(static["first_paint_ms"])
    assert isinstance(base["first_paint_ms"], float)
    assert static["ratio_to_bare"] == pytest.approx(paired_ratio(static_runs, bare))
    assert static["app_ratio_to_it"] == pytest.approx(paired_ratio(app, static_runs))
    of_medians = base["ratio_of_medians"]
    assert of_medians["first_paint"] == pytest.approx(median(app) / median(bare))
    assert of_medians["load"] == pytest.approx(median(runs["load_ms"]) / median(runs["compose_ms"]))
    assert of_medians["static_screen_to_bare"] == pytest.approx(median(static_runs) / median(bare))
    machine = figures["machine"]
    for key in ("cpu", "cores", "python", "textual", "platform"):
        assert machine[key], key


@pytest.mark.slow
def test_report_table_renders(smoke_output: str) -> None:
    from rich.console import Console

    from briefing_tui.bench.report import build_report

    console = Console(width=120, record=True, file=io.StringIO())
    console.print(build_report(json.loads(smoke_output)))
    text = console.export_text()
    assert "First paint" in text and "Keypress median, 20" in text
    assert "same screen as Statics" in text


def test_screen_text_strips_escapes_split_across_reads() -> None:
    screen = ScreenText()
    stream = "\x1b[?1049h\x1b[1;1H\x1b[38;5;12mTime\x1b[0mline \x1b]8;;x\x1b\\é\x1b[2J"
    data = stream.encode()
    for index in range(len(data)):
        screen.feed(data[index : index + 1])
    assert screen.text == "Timeline é"


def test_pty_child_sees_its_window_size() -> None:
    code = "import shutil; print('size', *shutil.get_terminal_size())"
    with PtyChild([sys.executable, "-c", code], size=WindowSize(91, 17)) as child:
        child.wait_for_text(["size 91 17"], timeout=20)


def test_interleaved_runs_turn_the_order_each_round() -> None:
    calls: list[str] = []

    def measurement(name: str) -> Callable[[], float]:
        def run() -> float:
            calls.append(name)
            return float(len(calls))

        return run

    results = measure.interleaved_runs(
        [measurement("a"), measurement("b"), measurement("c")], 3, warm_up=True
    )
    assert calls == ["a", "b", "c", "a", "b", "c", "b", "c", "a", "c", "a", "b"]
    assert results == [[4.0, 9.0, 11.0], [5.0, 7.0, 12.0], [6.0, 8.0, 10.0]]
    calls.clear()
    first, second = measure.paired_runs(measurement("a"), measurement("b"), 2)
    assert calls == ["a", "b", "b", "a"] and first == [1.0, 4.0] and second == [2.0, 3.0]


def test_median_and_nearest_rank_p95() -> None:
    values = [float(value) for value in range(1, 201)]
    assert median(values) == 100.5
    assert p95(values) == 190.0
    assert p95([3.0]) == 3.0


def test_paired_ratio_divides_round_by_round() -> None:
    # The machine switches speed mid-run: the medians land on different levels, the rounds agree.
    app = [130.0, 260.0, 260.0]
    bare = [100.0, 100.0, 200.0]
    assert median(app) / median(bare) == 2.6
    assert paired_ratio(app, bare) == 1.3
    assert paired_ratio([3.0, 9.0], [1.0, 3.0]) == 3.0


@pytest.mark.parametrize(("first", "second"), [([], []), ([1.0], [1.0, 2.0])])
def test_paired_ratio_needs_two_series_of_one_length(
    first: list[float], second: list[float]
) -> None:
    with pytest.raises(ValueError, match="same length"):
        paired_ratio(first, second)


def test_options_default_to_the_issue(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    options = run.options_from(parser.parse_args([]))
    assert options.sizes == (1000, 10000, 50000)
    assert options.load_events == 10000
    assert options.presses == 200
    assert options.paint_runs >= 5 and options.load_runs >= 5
    assert run.options_from(argparse.Namespace(json=True)) == options


def test_a_briefing_that_does_not_load_is_a_bench_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("document: [\n", encoding="utf-8")
    with pytest.raises(measure.BenchError, match=r"does not load:\n.*broken\.yaml:\d+:\d+: "):
        run._load_seed(broken)


@pytest.mark.slow
def test_the_reload_figure_comes_from_a_reload_that_happened(smoke_output: str) -> None:
    figures = json.loads(smoke_output)
    reload = figures["baselines"]["reload"]
    assert reload["reloaded"] is True
    assert reload["events"] == max(SIZES)
    assert reload["presses"] > 0
    assert _positive(figures["reload_max_block_ms"])
    assert figures["reload_max_block_ms"] == reload["max_block_ms"]
    assert _positive(reload["reload_s"]) and _positive(reload["max_key_gap_ms"])
