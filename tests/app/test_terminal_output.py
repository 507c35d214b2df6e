"""What the real app writes to a terminal: none of the file's escape sequences gets through.

`python -m briefing_tui FILE` runs in a pseudo-terminal of its own (stdin, stdout and stderr all on
it, 120x40) on a briefing with escape sequences and markup in every field and the article, under
a file name carrying an OSC 0 title sequence. Keys go through every pane, the filter, help and
palette; the file is saved well, badly (the banner quotes it) and mended; then q. Every byte the
app wrote is kept, and none of the injected payloads may be among them, while their visible
stand-ins (`␛]0;pwned␇`) must be, which shows the capture holds the app's drawing of those fields.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from tests.app.hostile_briefing import INJECTED_BYTES, write_hostile

REPO = Path(__file__).resolve().parents[2]
FILE_NAME = "evil\x1b]0;pwned\x07[b]name.yaml"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal"),
]

KEYS: dict[str, bytes] = {
    "tab": b"\t",
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "pagedown": b"\x1b[6~",
    "enter": b"\r",
    "escape": b"\x1b",
    "ctrl+p": b"\x10",
}


_TEXTUAL_CODES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\r\n")


def drawn_text(output: bytes) -> bytes:
    """The output without the terminal's control sequences: the text as drawn, run together.

    The compositor moves the cursor between the segments of a line, so a name on screen is
    rarely one run of bytes in the output.
    """
    return _TEXTUAL_CODES.sub(b"", output)


class PtyApp:
    """A process on a pseudo-terminal; everything it writes is collected in `output`."""

    def __init__(self, args: list[str], width: int, height: int, cwd: Path) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("NO_COLOR", "COLUMNS", "LINES") and not key.startswith("TEXTUAL")
        }
        env.update(TERM="xterm-256color", PYTHONPATH=str(REPO), COLORTERM="truecolor")
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True
        )
        os.close(slave)
        self._master = master
        self.output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self._master], [], [], 0.2)
                if not ready:
                    if self.process.poll() is not None:
                        return
                    continue
                data = os.read(self._master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.output.extend(data)

    def send(self, *keys: str, pause: float = 0.12) -> None:
        for key in keys:
            os.write(self._master, KEYS.get(key, key.encode()))
            time.sleep(pause)

    def wait_for(self, needle: bytes, timeout: float = 20.0, start: int = 0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                found = drawn_text(bytes(self.output[start:])).find(needle)
            if found >= 0:
                return found
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} never appeared; exit code {self.process.poll()}")

    def mark(self) -> int:
        with self._lock:
            return len(self.output)

    def finish(self, timeout: float = 20.0) -> int:
        try:
            code = self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self._reader.join(5)
            os.close(self._master)
        return code


def test_no_injected_sequence_reaches_the_terminal(tmp_path: Path) -> None:
    path = write_hostile(tmp_path, FILE_NAME)
    good = path.read_text("utf-8")
    app = PtyApp([sys.executable, "-m", "briefing_tui", path.name], 120, 40, tmp_path)
    try:
        app.wait_for(b"Timeline")
        app.wait_for("␛]0;pwned␇".encode())
        time.sleep(0.5)
        for pane in ("1", "2", "3"):
            app.send(pane, "down", "down", "enter", "pagedown")
        app.send("5", "down", "down", "down", "enter")
        app.send("4", "n", "n", "n", "enter", "G")
        app.send("l", "l", "2", "/", "a", "g", "e", "n", "t", "enter")
        app.send("?")
        app.send("escape", pause=0.5)
        app.send("ctrl+p", pause=0.4)
        app.send("a", "l", "p", "h", "a", pause=0.1)
        time.sleep(0.5)
        app.send("enter", pause=0.4)

        mark = app.mark()
        path.write_text(good + "# saved again\n", "utf-8")
        app.wait_for("Reloaded evil␛]0;pwned␇[b]name.yaml".encode(), start=mark)

        mark = app.mark()
        broken = good.replace("kind: person", 'kind: "\\e]0;pwned\\a\\e[2JCLR"', 1)
        path.write_text(broken, "utf-8")
        app.wait_for(b"Not reloaded", start=mark)
        time.sleep(0.3)
        path.write_text(good, "utf-8")
        app.wait_for(b"Reloaded", start=app.mark())
        time.sleep(0.3)
        app.send("1", "down", "tab", "down", "tab", "down")
        app.send("q")
        code = app.finish()
    finally:
        if app.process.poll() is None:
            app.process.kill()
    output = bytes(app.output)
    assert code == 0, output[-2000:]
    assert len(output) > 10_000
    for payload in INJECTED_BYTES:
        assert payload not in output, f"{payload!r} reached the terminal"
    assert re.search(rb"\xc2[\x80-\x9f]", output) is None, "a C1 control reached the terminal"
    assert b"\x1b]8;" not in output, "a hyperlink reached the terminal"
    assert b"\x1b]52;" not in output, "a clipboard write reached the terminal"
    drawn = drawn_text(output)
    for shown in (
        "␛]0;pwned␇",
        "␛[2JCLR",
        "\\x9b31mC1",
        "␡DEL",
        "<U+202E>RLO",
        "[@click=app.quit]",
    ):
        assert shown.encode() in drawn, f"{shown!r} was never drawn"
