"""The bench's draft, export and library parts: their JSON from the smoke run, their options,
the cached library sample and the child's failures (shapes and consistency, not timings)."""

from __future__ import annotations

import argparse
import io
import json
import math
import subprocess
from pathlib import Path

import pytest

from briefing_tui.bench import cache, extras, run
from briefing_tui.bench.measure import BenchError
from briefing_tui.bench.stats import paired_ratio
from briefing_tui.commands.bench import add_arguments
from briefing_tui.export.formats import FORMATS
from tests.bench.conftest import LIBRARY_SIZE, SIZES


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


@pytest.mark.slow
def test_draft_part_has_both_articles_its_ratio_and_target(smoke_output: str) -> None:
    draft = json.loads(smoke_output)["draft"]
    assert set(draft) == {"draft_ms", "words", "per_word_ratio", "targets", "met"}
    assert set(draft["draft_ms"]) == set(draft["words"]) == {"seed", "long"}
    assert all(_positive(value) for value in draft["draft_ms"].values())
    assert 0 < draft["words"]["seed"] < 20_000 <= draft["words"]["long"]
    per_word = (draft["draft_ms"]["long"] / draft["words"]["long"]) / (
        draft["draft_ms"]["seed"] / draft["words"]["seed"]
    )
    assert draft["per_word_ratio"] == pytest.approx(per_word)
    assert draft["targets"] == {"per_word_ratio": 2.0}
    assert draft["met"] == {"per_word_ratio": draft["per_word_ratio"] <= 2.0}


@pytest.mark.slow
def test_export_part_has_every_format_against_load(smoke_output: str) -> None:
    export = json.loads(smoke_output)["export"]
    assert export["events"] == max(SIZES) and export["rounds"] == 1
    assert _positive(export["load_ms"])
    assert set(export["export_ratio"]) == set(export["export_ms"]) == set(FORMATS)
    assert all(_positive(value) for value in export["export_ratio"].values())
    assert export["max_ratio"] == max(export["export_ratio"].values())
    assert export["targets"] == {"export_ratio": 3.0}
    assert export["met"] == {
        "export_ratio": {name: ratio <= 3.0 for name, ratio in export["export_ratio"].items()}
    }


@pytest.mark.slow
def test_library_part_has_three_ratios_with_their_floors(smoke_output: str) -> None:
    library = json.loads(smoke_output)["library"]
    names = {
        "index_build_ratio",
        "reindex_one_ratio",
        "search_ratio",
        "library_first_paint_ratio",
        "story_keypress_ratio",
        "library_peak_rss_mb",
    }
    assert set(library) == names | {"briefings", "targets", "met", "baselines"}
    assert library["briefings"] == LIBRARY_SIZE
    assert library["targets"] == {
        "index_build_ratio": 1.3,
        "reindex_one_ratio": 5.0,
        "search_ratio": 2.0,
        "library_first_paint_ratio": 1.5,
        "story_keypress_ratio": 2.0,
        "library_peak_rss_mb": 300.0,
    }
    for name in names:
        assert _positive(library[name]), name
        assert library["met"][name] == (library[name] <= library["targets"][name])
    base = library["baselines"]
    assert set(base) == {"index_build", "reindex_one", "search", "first_paint", "story_keypress"}
    assert base["index_build"]["files"] == base["index_build"]["indexed"] == LIBRARY_SIZE
    assert base["reindex_one"]["files"] == LIBRARY_SIZE
    assert base["search"]["queries"] == 100 and base["search"]["with_hits"] > 0
    for raw, ours, floor, ratio in (
        ("index_build", "build_s", "floor_load_all_s", "index_build_ratio"),
        ("reindex_one", "reindex_s", "floor_load_one_s", "reindex_one_ratio"),
        ("search", "p95_s", "floor_p95_s", "search_ratio"),
    ):
        assert _positive(base[raw][ours]) and _positive(base[raw][floor])
        assert library[ratio] == pytest.approx(base[raw][ours] / base[raw][floor])
    paint = base["first_paint"]
    assert paint["rounds"] == len(paint["library_ms"]) == len(paint["seed_ms"]) == 1
    assert _positive(paint["first_paint_ms"]) and _positive(paint["floor_seed_first_paint_ms"])
    assert library["library_first_paint_ratio"] == pytest.approx(
        paired_ratio(paint["library_ms"], paint["seed_ms"])
    )
    story = base["story_keypress"]
    assert story["focused_start"] == "story-events"
    assert story["rows"] > LIBRARY_SIZE and story["presses"] == 3
    assert story["searches"] == 20 and story["searches_with_hits"] > 0
    assert library["story_keypress_ratio"] == pytest.approx(
        story["ms"]["median"] / story["floor_ms"]["median"]
    )
    assert library["library_peak_rss_mb"] == story["peak_rss_mb"]
    assert _positive(story["floor_peak_rss_mb"]) and _positive(story["ms"]["p95"])


@pytest.mark.slow
def test_report_table_has_the_new_rows(smoke_output: str) -> None:
    from rich.console import Console

    from briefing_tui.bench.report import build_report

    console = Console(width=160, record=True, file=io.StringIO())
    console.print(build_report(json.loads(smoke_output)))
    text = console.export_text()
    assert "Draft, " in text
    for name in FORMATS:
        assert f"Export {name}, 40 (vs load)" in text
    rows = ("index build", "reindex one file", "search p95", "first paint", "story keypress median")
    for row in (*rows, "peak RSS"):
        assert f"Library {row}, {LIBRARY_SIZE}" in text


def test_options_of_the_new_parts() -> None:
    defaults = run.options_from(_parse([]))
    assert defaults.library_size == 10000 and defaults.export_rounds == 1
    assert defaults.export_sample == 50000
    assert not (defaults.skip_draft or defaults.skip_export or defaults.skip_library)
    argv = ["--sizes", "30,60", "--library-size", "7", "--export-rounds", "2", "--skip-draft"]
    options = run.options_from(_parse(argv))
    assert options.library_size == 7 and options.export_rounds == 2
    assert options.skip_draft and not options.skip_library
    assert options.export_sample == 60
    assert run.options_from(_parse(["--export-events", "25"])).export_sample == 25
    assert options.sample_sizes == {30, 60, 10000}
    skipped = run.options_from(_parse(["--skip-draft", "--skip-export", "--skip-library"]))
    assert skipped.steps == defaults.steps - 1 - 1 - 6
    assert skipped.sample_sizes == defaults.sample_sizes


@pytest.mark.parametrize("value", ["0", "-3", "x"])
def test_library_size_must_be_a_positive_integer(value: str) -> None:
    with pytest.raises(SystemExit):
        _parse(["--library-size", value])


def test_skipped_parts_are_left_out(tmp_path: Path) -> None:
    options = run.Options(skip_draft=True, skip_export=True, skip_library=True)
    steps: list[str] = []
    assert extras.collect(options, {}, steps.append) == {}
    assert steps == [] and extras.extra_steps(options) == 0


def test_the_library_sample_is_made_once_and_cached(tmp_path: Path) -> None:
    calls: list[tuple[Path, int, int]] = []

    def writer(folder: Path, count: int, *, seed: int = 0) -> None:
        calls.append((folder, count, seed))
        for number in range(count):
            (folder / f"b{number}.yaml").write_text("briefing: 1\n", encoding="utf-8")

    first = cache.library_path(3, writer=writer, cache_dir=tmp_path)
    again = cache.library_path(3, writer=writer, cache_dir=tmp_path)
    assert first == again and len(calls) == 1
    assert sorted(path.name for path in first.iterdir()) == ["b0.yaml", "b1.yaml", "b2.yaml"]
    assert cache.library_path(4, writer=writer, cache_dir=tmp_path) != first
    assert [path.name for path in tmp_path.iterdir() if "." in path.name] == []


def test_a_failing_library_sample_leaves_nothing(tmp_path: Path) -> None:
    def writer(folder: Path, count: int, *, seed: int = 0) -> None:
        (folder / "half.yaml").write_text("briefing: 1\n", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        cache.library_path(2, writer=writer, cache_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_child_reports_a_failure_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [*extras.CHILD, "export", str(tmp_path / "missing.yaml"), "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr and done.stderr.startswith("export ")
    assert "missing.yaml" in done.stderr and done.stderr.count("\n") == 1
    with pytest.raises(BenchError, match="unknown measurement"):
        extras._child(["library", "nothing", str(tmp_path)])


def test_the_draft_child_prints_its_figures_as_json() -> None:
    from briefing_tui.format.seed import seed_path

    done = subprocess.run(
        [*extras.CHILD, "draft", str(seed_path().with_suffix(".txt"))],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = json.loads(done.stdout)
    assert set(figures) == {"seed_ms", "long_ms", "seed_words", "long_words", "per_word_ratio"}
    assert figures["long_words"] >= 20_000 > figures["seed_words"] > 0
