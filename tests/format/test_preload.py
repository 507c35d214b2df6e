"""`preload`: the same result as `load`, whether a child loaded the file or this process did."""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType

import pytest

from briefing_tui.format import preload as preload_module
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from briefing_tui.format.preload import preload
from briefing_tui.format.seed import seed_path
from tests.format.fixtures import SMALL, edit_small

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="preloading needs fork")


def test_a_small_file_is_loaded_in_a_child_and_equals_load() -> None:
    pending = preload(seed_path())
    assert pending.in_child
    briefing = pending.result()
    assert briefing == load(seed_path())
    assert isinstance(briefing.items, MappingProxyType)
    assert list(briefing.items) == list(load(seed_path()).items)
    assert briefing.links.linked("antony-blinken") == load(seed_path()).links.linked(
        "antony-blinken"
    )


def test_a_bad_file_raises_the_problems_load_finds(tmp_path: Path) -> None:
    bad = edit_small(tmp_path, "status: occurred", "status: happened")
    with pytest.raises(BriefingError) as expected:
        load(bad)
    pending = preload(bad)
    assert pending.in_child
    with pytest.raises(BriefingError) as got:
        pending.result()
    assert [p.format() for p in got.value.problems] == [p.format() for p in expected.value.problems]


def test_a_missing_file_is_reported_as_load_reports_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    pending = preload(missing)
    assert not pending.in_child
    with pytest.raises(BriefingError) as got:
        pending.result()
    assert str(missing) in got.value.problems[0].format()


def test_a_large_file_is_loaded_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preload_module, "PRELOAD_LIMIT", 10)
    pending = preload(SMALL)
    assert not pending.in_child
    assert pending.result() == load(SMALL)


def test_a_process_with_threads_loads_here() -> None:
    import threading

    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        pending = preload(SMALL)
        assert not pending.in_child
        assert pending.result() == load(SMALL)
    finally:
        release.set()
        worker.join()


def test_a_child_that_dies_is_replaced_by_loading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(path: object, pipe: int) -> None:
        os.write(pipe, b"L\x80garbage")
        os._exit(3)

    monkeypatch.setattr(preload_module, "_child_main", crash)
    pending = preload(SMALL)
    assert pending.in_child
    assert pending.result() == load(SMALL)


def test_a_garbled_message_is_replaced_by_loading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def garble(path: object, pipe: int) -> None:
        os.write(pipe, b"L\x80not a pickle")
        os._exit(0)

    monkeypatch.setattr(preload_module, "_child_main", garble)
    assert preload(SMALL).result() == load(SMALL)


def test_the_child_writes_nothing_to_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    bad = edit_small(tmp_path, "status: occurred", "status: happened")
    with pytest.raises(BriefingError):
        preload(bad).result()
    assert preload(SMALL).result() == load(SMALL)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
