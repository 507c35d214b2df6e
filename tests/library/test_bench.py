"""The library's bench figures at a tiny size: the structure `briefing-tui bench` reads."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.library import bench
from briefing_tui.library.sample import write_library


def test_library_bench_figures_at_a_tiny_size(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write_library(folder, 12)
    article = next(folder.glob("*.txt"))
    before = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}

    build = bench.index_build(folder)
    assert build["files"] == build["indexed"] == 12
    assert build["build_s"] > 0 and build["floor_load_all_s"] > 0
    assert build["ratio"] == build["build_s"] / build["floor_load_all_s"]
    assert not (folder / ".briefing-tui").exists()  # built in a scratch folder

    reindex = bench.reindex_one(folder, rounds=2)
    assert reindex["files"] == 12 and reindex["rounds"] == 2
    assert reindex["reindex_s"] > 0 and reindex["floor_load_one_s"] > 0
    assert reindex["ratio"] == reindex["reindex_s"] / reindex["floor_load_one_s"]
    after = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    assert after == before, "the changed article is restored"
    assert article.name in after

    search = bench.search(folder, queries=20)
    assert search["queries"] == 20
    assert 0 < search["with_hits"] <= 20
    assert search["p95_s"] >= search["median_s"] > 0
    assert search["floor_p95_s"] >= search["floor_median_s"] > 0
    assert search["ratio"] == search["p95_s"] / search["floor_p95_s"]


def test_bench_queries_are_varied_and_deterministic(tmp_path: Path) -> None:
    from briefing_tui.library.index import Library

    folder = tmp_path / "lib"
    write_library(folder, 12)
    with Library.open([folder]) as library:
        library.update()
        first = bench.bench_queries(library, 40)
        assert first == bench.bench_queries(library, 40)
    assert len(first) == 40
    assert len(set(first)) > 10
    assert any(" " in query for query in first)  # names and phrases
    assert any(" " not in query for query in first)  # single words
