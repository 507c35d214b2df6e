"""Load a briefing in a child process while this one gets on with starting the reader.

Opening the seed costs about 25 ms of loading (PyYAML's import, the format's declaration, the
parse and the checks), and importing Textual about 130 ms of one core. `preload` forks before
Textual is imported: the child loads the file and sends the result back pickled, and the reader
takes it once Textual is ready, so on a machine with a second core the load is hidden.

Only small files go to a child. The pipe costs time in proportion to the number of objects sent
(about 1.7 s for 50,000 events, 0.03 s for 1,000) while it can hide at most Textual's import,
so a file over `PRELOAD_LIMIT` bytes, or a platform without `fork`, is loaded in this process
when asked for, exactly as `load` would. Anything unexpected in the child (it crashed, was
killed, sent nothing readable) is answered the same way: the result never depends on the child.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.format.model import Briefing

PRELOAD_LIMIT = 2 * 1024 * 1024
"""Files up to this size (bytes) are loaded in a child process."""

_LOADED = b"L"
_FAILED = b"F"


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
        """Whether a child process is loading the file (False: `result()` loads it here)."""
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
    """Start loading `path` (in a child process when it is small and `fork` is safe here)."""
    if not hasattr(os, "fork") or _has_threads():
        return Pending(path)
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        return Pending(path)  # `load` reports it, with the message users know
    if size > PRELOAD_LIMIT:
        return Pending(path)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which leaves with os._exit
        os.close(read_end)
        _child_main(path, write_end)
    os.close(write_end)
    return Pending(path, child, read_end)


def _has_threads() -> bool:
    """Whether other threads run here: forking then can deadlock the child (on a lock a thread
    held), so the file is loaded in this process instead."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def _child_main(path: str | os.PathLike[str], pipe: int) -> None:  # pragma: no cover
    """Load `path`, write the outcome to `pipe`, and leave without running any exit handler."""
    status = 1
    try:
        # The child shares the terminal; nothing it does may reach it.
        quiet = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(quiet, fd)
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
