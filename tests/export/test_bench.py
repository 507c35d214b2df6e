"""`export.bench.measure`: the figures the bench's `export_ratio` reports (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.bench.sample import write_sample
from briefing_tui.export.bench import TARGET, measure
from briefing_tui.export.formats import FORMATS


def test_measure_reports_every_format(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    write_sample(path, events=200)
    result = measure(path, rounds=1)
    assert set(result["formats"]) == set(FORMATS)
    assert result["load_ms"] > 0
    for entry in result["formats"].values():
        assert entry["ms"] >= 0 and entry["ratio"] >= 0
    assert result["max_ratio"] == max(e["ratio"] for e in result["formats"].values())
    assert result["met"] == (result["max_ratio"] <= TARGET)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.txt", "small.yaml"]  # wrote none
