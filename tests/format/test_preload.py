"""`preload`: the same result as `load`, whether a second process loaded the file or this one."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import pytest

from briefing_tui.format import preload as preload_module
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from briefing_tui.format.preload import cores_busy, preload, running_tasks
from briefing_tui.format.seed import seed_path
from tests.format.fixtures import SMALL, edit_small

pytestmark = pytest.mark.skipif(
    not hasattr(os, "posix_spawn") or not preload_module.several_cores(),
    reason="preloading needs posix_spawn and a second core",
)


@pytest.fixture(autouse=True)
def idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cores count as idle: a parallel test run keeps them busy, which would load here.
    (`cores_busy` itself is tested through the name imported above, which this does not patch.)"""
    monkeypatch.setattr(preload_module, "cores_busy", lambda: False)


def child_running(code: str) -> Callable[[str, int], list[str]]:
    """A stand-in for `child_argv`: the second process runs `code` (with `pipe`, its fd) instead."""

    def argv(path: str, pipe: int) -> list[str]:
        return [sys.executable, "-c", f"import os\npipe = {pipe}\n{code}"]

    return argv


def open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else set()


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


def test_a_process_with_threads_still_preloads() -> None:
    # Spawning (unlike forking) is safe while other threads run.
    import threading

    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        pending = preload(SMALL)
        assert pending.in_child
        assert pending.result() == load(SMALL)
    finally:
        release.set()
        worker.join()


def test_one_core_loads_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preload_module, "spare_core", lambda: False)
    pending = preload(SMALL)
    assert not pending.in_child
    assert pending.result() == load(SMALL)


def test_busy_cores_load_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preload_module, "cores_busy", lambda: True)
    pending = preload(SMALL)
    assert not pending.in_child
    assert pending.result() == load(SMALL)


@pytest.mark.parametrize(
    ("loadavg", "running"),
    [
        (b"0.13 0.29 0.34 2/80 13070\n", 2),
        (b"1.00 0.50 0.25 1/1 1", 1),
        (b"0.13 0.29 0.34", None),
        (b"0.13 0.29 0.34 2 13070", None),
        (b"0.13 0.29 0.34 x/80 13070", None),
        (b"", None),
    ],
)
def test_running_tasks_reads_the_fourth_field(loadavg: bytes, running: int | None) -> None:
    assert running_tasks(loadavg) == running


@pytest.mark.parametrize(
    ("text", "busy"),
    [("0.5 0.5 0.5 1/90 7\n", False), ("2.0 2.0 2.0 2/90 7\n", True), ("3.1 1 1 5/90 7", True)],
)
def test_cores_are_busy_when_every_core_has_a_task(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, busy: bool
) -> None:
    loadavg = tmp_path / "loadavg"
    loadavg.write_text(text)
    monkeypatch.setattr(preload_module, "LOADAVG", str(loadavg))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert cores_busy() is busy


@pytest.mark.parametrize("text", [None, "not a loadavg"])
def test_cores_count_as_idle_when_the_count_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str | None
) -> None:
    loadavg = tmp_path / "loadavg"
    if text is not None:
        loadavg.write_text(text)
    monkeypatch.setattr(preload_module, "LOADAVG", str(loadavg))
    assert cores_busy() is False


def test_a_child_that_cannot_start_is_replaced_by_loading_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preload_module, "child_argv", lambda path, pipe: ["/nonexistent/python"])
    before = open_fds()
    pending = preload(SMALL)
    assert not pending.in_child
    assert pending.result() == load(SMALL)
    assert open_fds() == before


def test_a_child_that_dies_is_replaced_by_loading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        preload_module, "child_argv", child_running("os.write(pipe, b'L\\x80garbage'); os._exit(3)")
    )
    pending = preload(SMALL)
    assert pending.in_child
    assert pending.result() == load(SMALL)


def test_a_garbled_message_is_replaced_by_loading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        preload_module, "child_argv", child_running("os.write(pipe, b'L\\x80not a pickle')")
    )
    assert preload(SMALL).result() == load(SMALL)


def test_no_descriptor_is_left_open() -> None:
    before = open_fds()
    assert preload(SMALL).result() == load(SMALL)
    assert open_fds() == before


def test_the_child_writes_nothing_to_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    bad = edit_small(tmp_path, "status: occurred", "status: happened")
    with pytest.raises(BriefingError):
        preload(bad).result()
    assert preload(SMALL).result() == load(SMALL)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
