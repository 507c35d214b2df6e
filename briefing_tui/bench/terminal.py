"""Run a program in a real terminal session (a pseudo-terminal) and read what it draws.

The benchmark's children are not headless: each gets a pty of a fixed window size as its stdin,
stdout and stderr, exactly as a terminal emulator would give it, and the parent reads the pty's
master side. Reading is also what keeps a child from blocking once the pty's buffer is full, so
every child is drained until it exits or is killed.

`ScreenText` turns the byte stream into the plain text drawn so far (escape sequences removed),
which is how "the program has drawn X" is decided without instrumenting the program.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import briefing_tui

_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC, DCS, SOS, PM, APC
    r"|\x1b(?![\[\]PX^_])[ -/]*[0-~]"  # two-character and charset sequences
)
_TAIL_LIMIT = 4096


class TerminalError(RuntimeError):
    """A child in the pty did not draw what was expected, or did not finish in time."""


@dataclass(frozen=True, slots=True)
class WindowSize:
    """A terminal window size in character cells."""

    columns: int = 120
    lines: int = 40


class ScreenText:
    """Accumulates the printable text a program writes to its terminal.

    Escape sequences are removed as the bytes arrive; a sequence (or a UTF-8 character) split
    across two reads is carried over to the next one. Cursor movements are dropped too, so the
    text is the cells in the order they were written, not a screen image: good for "has this
    word been drawn yet", not for layout.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._carry = ""
        self._parts: list[str] = []
        self.bytes_read = 0

    def feed(self, data: bytes) -> None:
        """Adds the next chunk of output."""
        self.bytes_read += len(data)
        text = _ESCAPE.sub("", self._carry + self._decoder.decode(data))
        self._carry = ""
        unfinished = text.find("\x1b")
        if unfinished != -1 and len(text) - unfinished < _TAIL_LIMIT:
            self._carry = text[unfinished:]
            text = text[:unfinished]
        self._parts.append(text)

    @property
    def text(self) -> str:
        """Everything printable written so far."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def tail(self, limit: int = 2000) -> str:
        """The last `limit` printable characters, for error messages."""
        return self.text[-limit:]


def child_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a benchmark child: the user's, with a plain terminal and our package.

    Size overrides (COLUMNS/LINES) and Textual's debugging switches are removed so the child sees
    the pty's window size and runs as a user's would; so is PYTHONDONTWRITEBYTECODE, so the
    warm-up run leaves the bytecode caches a pip install would have written (without them every
    start recompiles edited sources, which no installed copy does). The directory holding
    `briefing_tui` goes first on PYTHONPATH so an uninstalled checkout is importable too.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"COLUMNS", "LINES", "NO_COLOR", "COLORTERM", "PYTHONDONTWRITEBYTECODE"}
        and not key.startswith("TEXTUAL")
    }
    env["TERM"] = "xterm-256color"
    package_root = str(Path(briefing_tui.__file__).resolve().parent.parent)
    path = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = package_root + (os.pathsep + path if path else "")
    if extra:
        env.update(extra)
    return env


class PtyChild:
    """A child process whose stdin, stdout and stderr are a pty of the given window size.

    `started` is `time.perf_counter()` taken immediately before the process is created, so a
    timing from it includes fork/exec, interpreter start-up and every import. With `watch` off,
    the output is only drained (its last 64 KiB kept for error messages), so the parent spends
    next to no CPU beside a child whose CPU is being measured. `pass_fds` stay open in the child
    (pipes to talk to it besides its terminal).
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        size: WindowSize = WindowSize(),
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
        watch: bool = True,
        pass_fds: Sequence[int] = (),
    ) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size.lines, size.columns, 0, 0))
        self.screen = ScreenText()
        self._watch = watch
        self._raw_tail = b""
        self._master = master
        try:
            self.started = time.perf_counter()
            self.process = subprocess.Popen(
                list(argv),
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=dict(env) if env is not None else child_environment(),
                cwd=cwd,
                start_new_session=True,
                close_fds=True,
                pass_fds=tuple(pass_fds),
            )
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        self._open = True

    def _read(self, timeout: float) -> bool:
        """Reads what is available within `timeout`; False once the child's side is closed."""
        if not self._open:
            return False
        ready, _, _ = select.select([self._master], [], [], max(timeout, 0.0))
        if not ready:
            return True
        try:
            data = os.read(self._master, 65536)
        except OSError:
            data = b""
        if not data:
            self._close_master()
            return False
        if self._watch:
            self.screen.feed(data)
        else:
            self._raw_tail = (self._raw_tail + data)[-65536:]
        return True

    @property
    def is_open(self) -> bool:
        """Whether the pty is still open (the child's side has not closed yet)."""
        return self._open

    def fileno(self) -> int:
        """The pty's master side (readable when the child has written), for `select`."""
        return self._master

    def drain(self) -> bool:
        """Reads what the child has written without waiting; False once its side is closed."""
        return self._read(0)

    def tail(self, limit: int = 2000) -> str:
        """The last printable output, for error messages."""
        if self._watch:
            return self.screen.tail(limit)
        screen = ScreenText()
        screen.feed(self._raw_tail)
        return screen.tail(limit)

    def wait_for_text(self, markers: Iterable[str], timeout: float) -> float:
        """Seconds from `started` until every marker has been drawn (the read that completed it)."""
        wanted = tuple(markers)
        deadline = time.perf_counter() + timeout
        while True:
            now = time.perf_counter()
            if now > deadline:
                raise TerminalError(
                    f"no {wanted!r} on screen within {timeout:.0f} s; last output: {self.tail()!r}"
                )
            alive = self._read(deadline - now)
            seen_at = time.perf_counter()
            text = self.screen.text
            if all(marker in text for marker in wanted):
                return seen_at - self.started
            if not alive:
                self.process.wait(timeout=5)
                raise TerminalError(
                    f"exited with status {self.process.returncode} before drawing {wanted!r}; "
                    f"last output: {self.tail()!r}"
                )

    def wait_for_exit(self, timeout: float) -> int:
        """Drains the pty until the child exits; its exit status."""
        deadline = time.perf_counter() + timeout
        while self.process.poll() is None:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                self.kill()
                raise TerminalError(
                    f"still running after {timeout:.0f} s; last output: {self.tail()!r}"
                )
            if not self._read(min(remaining, 0.25)):
                self.process.wait(timeout=max(remaining, 0.1))
        while self._read(0):
            pass
        return self.process.returncode

    def kill(self) -> None:
        """Ends the child (SIGKILL to its pid) and releases the pty."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self._close_master()

    def _close_master(self) -> None:
        if self._open:
            self._open = False
            os.close(self._master)

    def __enter__(self) -> PtyChild:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.kill()
