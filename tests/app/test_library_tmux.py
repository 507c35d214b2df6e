"""End to end: `briefing-tui DIR` in tmux opens the library; the story, open and back, search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_tui.library.sample import write_library
from tests.app.test_tmux import SCRIPT, Tmux, _wait_for_file, pytestmark  # noqa: F401


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[Tmux, Path]]:
    write_library(tmp_path / "news", 8)
    status = tmp_path / "status"
    assert SCRIPT.exists(), f"the script is not installed at {SCRIPT}: pip install ."
    command = (
        f"sleep 0.5; cd {tmp_path} && XDG_CACHE_HOME={tmp_path}/cache {SCRIPT} news;"
        f" echo $? > {status}; sleep 30"
    )
    tmux = Tmux(tmp_path / "tmux", 120, 40, command)
    yield tmux, status
    tmux.kill()


def test_briefing_tui_dir_in_tmux(session: tuple[Tmux, Path]) -> None:
    tmux, status = session
    screen = tmux.wait_for(
        lambda s: "Library" in s and "news · 8 briefings" in s and "in focus in" in s
    )
    newest = next(line for line in screen.splitlines() if "in focus in" in line)
    assert "2024-" in newest  # newest first

    tmux.keys("2")
    story = tmux.wait_for(lambda s: "Story · " in s and "Sources · " in s and "── now · " in s)
    assert "Sources · " in story

    tmux.keys("1")
    tmux.wait_for(lambda s: "Briefings" in s and "in focus in" in s and "Story · " not in s)
    tmux.keys("Down", "Enter")
    reader = tmux.wait_for(lambda s: "Timeline" in s and "Inspector" in s and "Article" in s)
    assert "Library" not in reader.splitlines()[0]
    tmux.keys("[")
    back = tmux.wait_for(lambda s: "Library" in s and "in focus in" in s and "Inspector" not in s)
    assert "news · 8 briefings" in back

    tmux.keys("/")
    tmux.keys("Inspection", literal=True)
    tmux.wait_for(lambda s: "Results · " in s and (".txt:" in s or ".yaml:" in s))
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "Results · " not in s and "in focus in" in s)
    tmux.keys("q")
    assert _wait_for_file(status) == "0"
