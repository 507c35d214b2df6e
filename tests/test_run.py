"""`briefing_tui.app.run`: the reader starts in this process, without interpreter settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing_tui.app import run as run_module
from tests.format.fixtures import edit_small


def test_a_file_that_does_not_load_prints_its_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = edit_small(tmp_path, "kind: person", "kind: nobody")
    interval = sys.getswitchinterval()
    assert run_module.run(path) == 1
    err = capsys.readouterr().err
    assert f"{path}:" in err and 'unknown "kind" "nobody"' in err
    assert sys.getswitchinterval() == interval


def test_the_reader_runs_on_the_briefing_loaded_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The App's run() is replaced by one that records what it was given and the interpreter's
    # state at that moment: no second process, no changed switch interval, the collector on.
    from briefing_tui.app.app import BriefingApp

    seen: dict[str, object] = {}

    def fake_run(self: BriefingApp) -> None:
        seen["briefing"] = self.briefing
        seen["interval"] = sys.getswitchinterval()

    interval = sys.getswitchinterval()
    monkeypatch.setattr(BriefingApp, "run", fake_run)
    path = edit_small(tmp_path, "kind: person", "kind: person")
    assert run_module.run(path) == 0
    assert seen["interval"] == interval
    assert seen["briefing"].path == path  # type: ignore[attr-defined]


def test_a_reader_that_fails_leaves_the_interpreter_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (Moved from tests/app/test_first_frame.py, which checked that a changed switch interval was
    # restored; the reader now changes none.)
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.format.seed import seed_path

    def crash(self: BriefingApp) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(BriefingApp, "run", crash)
    before = sys.getswitchinterval()
    with pytest.raises(RuntimeError):
        run_module.run(seed_path())
    assert sys.getswitchinterval() == before
