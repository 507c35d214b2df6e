"""End to end: the installed `briefing-tui` script driven in tmux, as a user would drive it.

The script is the one installed beside the running Python (the venv `.ci/run` makes), started in a
fresh tmux server of its own so nothing of the developer's tmux leaks in. Keys go through
`send-keys` exactly as a terminal sends them; the screen is read with `capture-pane`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "briefing-tui"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("tmux") is None and not os.environ.get("CI"),
        reason="tmux is not installed (CI installs it)",
    ),
]


class Tmux:
    """One detached tmux session running a command, on a private server socket."""

    def __init__(self, socket: Path, width: int, height: int, command: str) -> None:
        self.socket = socket
        self._tmux("new-session", "-d", "-s", "e2e", "-x", str(width), "-y", str(height), command)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        return result.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self._tmux("send-keys", "-t", "e2e", *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "e2e")

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            try:
                screen = self.screen()
            except subprocess.CalledProcessError:
                screen = ""
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen was:\n{screen}")

    def kill(self) -> None:
        subprocess.run(["tmux", "-S", str(self.socket), "kill-server"], capture_output=True)


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., tuple[Tmux, Path]]]:
    sessions: list[Tmux] = []

    def _start(width: int, height: int, file: str = "") -> tuple[Tmux, Path]:
        assert SCRIPT.exists(), f"the script is not installed at {SCRIPT}: pip install ."
        status = tmp_path / f"status-{width}x{height}"
        # tmux sizes a detached window just after starting its command; wait so the app starts
        # in its final size (a resize before Textual installs its SIGWINCH handler is lost).
        # The pty reports the final size from the start (`stty size`), so there is no condition
        # to wait on from inside the session: this stays a short fixed delay.
        command = f"sleep 0.5; cd {tmp_path} && {SCRIPT} {file}; echo $? > {status}; sleep 30"
        session = Tmux(tmp_path / f"tmux-{width}x{height}", width, height, command)
        sessions.append(session)
        return session, status

    yield _start
    for session in sessions:
        session.kill()


def _inspector_text(screen: str) -> str:
    """The right-hand pane column's text, its lines joined (the inspector at 120x40)."""
    column = (line.rsplit("│", 2)[-2].strip() for line in screen.splitlines() if "│" in line)
    return " ".join(" ".join(column).split())


def _wait_for_file(path: Path, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return path.read_text().strip()
        time.sleep(0.1)
    raise AssertionError(f"the app did not exit within {timeout} s")


def test_the_installed_script_at_120x40(start: Callable[[int, int], tuple[Tmux, Path]]) -> None:
    tmux, status = start(120, 40)
    titles = ("Timeline", "Participants", "Topics", "Article", "Inspector")
    # Each wait is for the whole expected screen: tmux may be read half-way through a frame.
    screen = tmux.wait_for(
        lambda s: (
            all(title in s for title in titles)
            and all(name in s for name in ("Antony Blinken", "Toshimitsu Motegi"))
        )
    )
    assert "two-plus-two" in screen.lower()

    tmux.keys("C-p")
    tmux.wait_for(lambda s: "Search" in s or ">" in s, timeout=5)
    tmux.keys("Knapper", literal=True)
    tmux.wait_for(lambda s: s.count("Knapper") >= 2, timeout=5)
    tmux.keys("Enter")
    roles = "Roles Deputy Assistant Secretary of State for Japan and Korea"
    tmux.wait_for(
        lambda s: "PARTICIPANT · marc-knapper" in s and roles in _inspector_text(s), timeout=5
    )

    tmux.keys("?")
    help_screen = tmux.wait_for(lambda s: "Keys" in s and "Next pane" in s, timeout=5)
    for description in ("Quit", "Back", "Forward", "Filter", "Linked only", "Next span"):
        assert description in help_screen
    tmux.keys("Escape")
    # Closing help keeps the reader where it was (a lost selection times out here).
    tmux.wait_for(lambda s: "Next pane" not in s and "PARTICIPANT · marc-knapper" in s, timeout=5)

    # Keys typed in one burst after a pane key and `/` all reach the filter prompt, and digits
    # typed there are text, not pane keys.
    tmux.keys("2", "/", "k", "n", "a", "p")
    tmux.wait_for(
        lambda s: (
            "Filter Participants: knap" in s and "Marc Knapper" in s and "Antony Blinken" not in s
        ),
        timeout=5,
    )
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "Filter Participants" not in s and "Antony Blinken" in s, timeout=5)
    tmux.keys("1", "/", "2", "0", "2", "1")
    tmux.wait_for(lambda s: "Filter Timeline: 2021" in s, timeout=5)
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "Filter Timeline" not in s, timeout=5)

    tmux.keys("q")
    assert _wait_for_file(status) == "0"


def test_the_installed_script_at_80x24(start: Callable[[int, int], tuple[Tmux, Path]]) -> None:
    tmux, status = start(80, 24)
    tmux.wait_for(
        lambda s: (
            "Timeline" in s and ("Blinken" in s or "Motegi" in s or "two-plus-two" in s.lower())
        )
    )
    tmux.keys("q")
    assert _wait_for_file(status) == "0"


def _burst_target(path: Path, presses: int) -> str:
    """The timeline's position note after `presses` Downs from its first item (it counts
    events, not rows: the dividers are left out)."""
    from briefing_tui.app.view.rows import timeline_rows
    from briefing_tui.format.loader import load

    briefing = load(path)
    rows = timeline_rows(briefing.events, briefing.document.published)
    selectable = [line for line, row in enumerate(rows) if row.item_id is not None]
    assert selectable[presses] > presses or len(selectable) < len(rows)  # dividers exist
    return f"{presses + 1}/{len(selectable)}"


@pytest.mark.parametrize("one_write_per_key", [True, False], ids=["per-key", "one-write"])
def test_a_burst_of_downs_moves_once_per_press(
    start: Callable[..., tuple[Tmux, Path]], tmp_path: Path, one_write_per_key: bool
) -> None:
    """Issue 14: 30 Downs on the 1,000-event sample move the cursor 30 rows, sent the way a
    terminal sends them (one write per key, or all in one write)."""
    sample = tmp_path / "sample.yaml"
    subprocess.run([str(SCRIPT), "sample", "--events", "1000", str(sample)], check=True)
    presses = 30
    target = _burst_target(sample, presses)
    tmux, status = start(120, 40, sample.name)
    tmux.wait_for(lambda s: "Timeline" in s and "Inspector" in s and "/" in s)
    if one_write_per_key:
        for _ in range(presses):
            tmux.keys("Down")
    else:
        tmux.keys(*["Down"] * presses)
    tmux.wait_for(lambda s: f" {target} " in s, timeout=10)
    tmux.keys("q")
    assert _wait_for_file(status) == "0"
