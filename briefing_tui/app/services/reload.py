"""Live reload: watch the briefing file (and the article it names), load a changed one, report.

Every `INTERVAL` seconds `Reloader.poll` compares each watched file's size, mtime (ns), inode and
device with what it saw last (no watcher library: a stat is cheap and works everywhere). Size
catches an editor that truncates before it writes within one mtime tick; the inode catches one
that writes a new file and renames it over the old. When anything differs, the file is loaded in a
thread worker (a large file takes a while) and the outcome is posted to the host as `Reloaded`.

That is all the Reloader does: it knows nothing of screens. Whoever handles `Reloaded` shows the
outcome (the reader's screen swaps in a briefing that loads, or shows the problems of one that
does not), then calls `Reloader.settled` so the next change is looked for. One load runs at a
time; a save made while one runs is picked up by the poll after it. The reader only reads files.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from textual.dom import DOMNode
from textual.message import Message
from textual.timer import Timer

from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

INTERVAL = 0.5
"""Seconds between two looks at the watched files."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a stat says about a file: any change in it means the file may have changed."""

    size: int
    mtime_ns: int
    inode: int
    device: int


def stamp(path: Path) -> Stamp | None:
    """The file's stamp now, or None when it cannot be read (missing, say, mid-rename)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return Stamp(info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)


def watched_paths(path: Path, briefing: Briefing | None) -> tuple[Path, ...]:
    """The briefing file and, when it names one, its article file."""
    text_file = None if briefing is None else briefing.document.text_file
    if text_file is None:
        return (path,)
    return (path, path.parent / text_file)


def read_briefing(path: Path) -> tuple[Briefing | None, tuple[Problem, ...]]:
    """Load `path`: the briefing, or None and why not. Never raises: `load` turns anything that
    goes wrong, a bug included, into a `BriefingError`."""
    from briefing_tui.format.loader import load

    try:
        return load(path), ()
    except BriefingError as error:
        return None, error.problems


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a load in the worker found, and the stamps the files had before it read them."""

    briefing: Briefing | None
    problems: tuple[Problem, ...]
    stamps: Mapping[Path, Stamp | None] = field(default_factory=dict)


class Reloaded(Message):
    """A load finished (posted from the worker thread to the Reloader's host)."""

    def __init__(self, reloader: Reloader, outcome: Outcome) -> None:
        super().__init__()
        self.reloader = reloader
        self.outcome = outcome


class Reloader:
    """Watches a briefing file and posts `Reloaded` to `host` when a change has been loaded."""

    def __init__(self, host: DOMNode, path: Path, briefing: Briefing | None) -> None:
        self._host = host
        self.path = path
        self._paths = watched_paths(path, briefing)
        self._seen = self._stamps()
        self._loading = False
        self._timer: Timer | None = None
        self.loads = 0
        """How many loads were started."""

    def _stamps(self) -> dict[Path, Stamp | None]:
        return {path: stamp(path) for path in self._paths}

    @property
    def loading(self) -> bool:
        """Whether a load is running or its outcome is not settled yet."""
        return self._loading

    @property
    def current(self) -> bool:
        """Whether no load runs and the watched files are as the last load found them."""
        return not self._loading and self._stamps() == self._seen

    def start(self) -> None:
        """Start watching; a change since the Reloader was made (after the load) counts."""
        if self._timer is None:
            self._timer = self._host.set_interval(INTERVAL, self.poll, name="reload-poll")

    def stop(self) -> None:
        """Stop watching."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def poll(self) -> None:
        """Start a load when a watched file changed since it was last seen."""
        if self._loading:
            return
        now = self._stamps()
        if now != self._seen:
            self._start_load(now)

    def _start_load(self, stamps: dict[Path, Stamp | None]) -> None:
        self._loading = True
        self.loads += 1
        self._host.run_worker(
            lambda: self._load(stamps),
            name="reload",
            group="reload",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _load(self, stamps: dict[Path, Stamp | None]) -> None:
        """In the worker thread: load, and post the outcome to the host."""
        try:
            briefing, problems = read_briefing(self.path)
        except BaseException as error:  # report it anyway, or the poll waits for it forever
            briefing, problems = None, (Problem(os.fsdecode(self.path), visible(repr(error))),)
        self._host.post_message(Reloaded(self, Outcome(briefing, problems, stamps)))

    def settled(self, outcome: Outcome) -> None:
        """The outcome has been shown: remember what was read, and look again for newer saves.

        The files are now seen as they were before the load read them, so a save made during the
        load is loaded next.
        """
        self._loading = False
        if outcome.briefing is not None:
            self._paths = watched_paths(self.path, outcome.briefing)
        self._seen = {
            path: outcome.stamps[path] if path in outcome.stamps else stamp(path)
            for path in self._paths
        }
        self.poll()
