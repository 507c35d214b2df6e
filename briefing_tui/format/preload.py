"""Load a briefing in a second process while this one gets on with starting the reader.

Opening the seed costs about 30 ms of loading in this process (PyYAML's import, the format's
declaration, the parse and the checks), and importing Textual about 125 ms of one core. `preload`
starts a second interpreter before Textual is imported: it loads the file and sends the result
back pickled, and the reader takes it once Textual is ready. On a machine with a spare core most
of the load is hidden (the other core's work still slows this one a little: ~8 ms here).

The second process is spawned (`os.posix_spawn`), not forked. A forked child shares this
process's memory copy-on-write, and every page either side then touches faults and is copied:
measured here, the first paint came ~9 ms later than with a spawned interpreter, which shares
nothing and costs this process ~0.5 ms to start. Its own start-up (~10 ms) runs on the other
core, so it is used only when there is one, and only when that core is idle now: with another
program busy on it (a build, a test run), the child would take turns with this process instead of
running beside it. With `yes` keeping one of the two cores busy here, `briefing-tui bench` put the
reader's first paint at 1.58-1.70x the bare app's with the child (five runs) and 1.29-1.33x
loading in this process (five); on an idle machine the check cost nothing measurable
(`spare_core`; the README's benchmark section has the runs).

Only small files go to the second process. The pipe costs time in proportion to the number of
objects sent (about 1.7 s for 50,000 events, 0.03 s for 1,000) while it can hide at most
Textual's import, so a file over `PRELOAD_LIMIT` bytes, or a machine with one core or without
`posix_spawn`, is loaded in this process when asked for, exactly as `load` would. Anything
unexpected in the child (it crashed, was killed, sent nothing readable) is answered the same way:
the result never depends on the child.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.format.model import Briefing

PRELOAD_LIMIT = 2 * 1024 * 1024
"""Files up to this size (bytes) are loaded in a second process."""

LOADAVG = "/proc/loadavg"
"""Where Linux tells how many tasks are running now (`cores_busy`)."""

_LOADED = b"L"
_FAILED = b"F"

_CHILD_CODE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from briefing_tui.format.preload import child_main; child_main(sys.argv[2], int(sys.argv[3]))"
)
"""What the second interpreter runs: this package, found where this process found it."""


class Pending:
    """A briefing being loaded; `result()` waits for it."""

    def __init__(
        self, path: str | os.PathLike[str], child: int | None = None, pipe: int | None = None
    ) -> None:
        self.path = path
        self._child = child
        self._pipe = pipe

    @property
    def in_child(self) -> bool:
        """Whether a second process is loading the file (False: `result()` loads it here)."""
        return self._child is not None

    def result(self) -> Briefing:
        """The loaded briefing; raises `BriefingError` as `load` does."""
        received = self._receive()
        if received is not None:
            kind, payload = received
            if kind == _LOADED:
                return _from_state(payload)
            from briefing_tui.format.errors import BriefingError

            raise BriefingError(payload)
        from briefing_tui.format.loader import load

        return load(self.path)

    def _receive(self) -> tuple[bytes, Any] | None:
        """What the child sent, or None when it sent nothing usable (then load here)."""
        if self._child is None or self._pipe is None:
            return None
        with os.fdopen(self._pipe, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self._child, 0)
        self._child = self._pipe = None
        exited_cleanly = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        if not exited_cleanly or data[:1] not in (_LOADED, _FAILED):
            return None
        import pickle

        try:
            return data[:1], pickle.loads(memoryview(data)[1:])
        except Exception:  # a truncated or garbled message: load here instead
            return None


def preload(path: str | os.PathLike[str]) -> Pending:
    """Start loading `path` (in a second process when it is small and a core is spare)."""
    if not hasattr(os, "posix_spawn") or not sys.executable or not spare_core():
        return Pending(path)
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        return Pending(path)  # `load` reports it, with the message users know
    if size > PRELOAD_LIMIT:
        return Pending(path)
    read_end, write_end = os.pipe()
    try:
        child = _spawn(child_argv(os.fspath(path), write_end), write_end)
    except OSError:
        os.close(read_end)
        return Pending(path)
    finally:
        os.close(write_end)
    return Pending(path, child, read_end)


def spare_core() -> bool:
    """Whether a second process would run beside this one now rather than take turns with it
    (taking turns, its interpreter's start-up would be pure cost)."""
    return several_cores() and not cores_busy()


def several_cores() -> bool:
    """Whether this process may run on more than one core."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) > 1
    return (os.cpu_count() or 1) > 1


def cores_busy() -> bool:
    """Whether every core already has a task running or waiting to run, this process included.

    Read from Linux's `/proc/loadavg` at this instant (not its averages: a minute's average
    still counts a build that has just finished). False where it cannot be read.
    """
    try:
        with open(LOADAVG, "rb") as file:
            running = running_tasks(file.read())
    except OSError:
        return False
    return running is not None and running >= (os.cpu_count() or 1)


def running_tasks(loadavg: bytes) -> int | None:
    """The tasks running or ready to run in `/proc/loadavg`'s text (its fourth field, `2/80`:
    two of 80 scheduling entities), or None when the text is not in that form."""
    fields = loadavg.split()
    if len(fields) < 4:
        return None
    running, slash, _ = fields[3].partition(b"/")
    return int(running) if slash and running.isdigit() else None


def child_argv(path: str, pipe: int) -> list[str]:
    """The second process's command line: this interpreter, loading `path` into fd `pipe`."""
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return [sys.executable, "-c", _CHILD_CODE, package_root, path, str(pipe)]


def _spawn(argv: list[str], pipe: int) -> int:
    """Starts `argv` with `pipe` inherited and /dev/null as its stdin, stdout and stderr (the
    child shares the terminal; nothing it does may reach it)."""
    os.set_inheritable(pipe, True)
    quiet = [
        (os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_RDWR, 0)  # type: ignore[attr-defined]
        for fd in (0, 1, 2)
    ]
    return os.posix_spawn(argv[0], argv, os.environ, file_actions=quiet)


def child_main(path: str, pipe: int) -> None:  # pragma: no cover - runs in the second process
    """Load `path`, write the outcome to `pipe`, and leave at once (no interpreter teardown:
    the reader waits for this process to end)."""
    status = 1
    try:
        import pickle

        from briefing_tui.format.errors import BriefingError
        from briefing_tui.format.loader import load

        try:
            message = _LOADED + pickle.dumps(_to_state(load(path)), pickle.HIGHEST_PROTOCOL)
        except BriefingError as error:
            message = _FAILED + pickle.dumps(error.problems, pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as out:
            out.write(message)
        status = 0
    finally:
        os._exit(status)


def _to_state(briefing: Briefing) -> dict[str, Any]:
    """The briefing's fields, picklable (its `items` is a read-only view, which pickle refuses)."""
    from dataclasses import fields

    state = {field.name: getattr(briefing, field.name) for field in fields(briefing)}
    state["items"] = dict(state["items"])
    return state


def _from_state(state: dict[str, Any]) -> Briefing:
    from types import MappingProxyType

    from briefing_tui.format.model import Briefing

    state["items"] = MappingProxyType(state["items"])
    return Briefing(**state)
