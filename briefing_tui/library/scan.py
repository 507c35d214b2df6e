"""One pass over a library's folders: every candidate briefing with its size and time stamp.

An update compares every file's stamp with the index's, so this pass is what an update costs when
nothing changed. It is one `os.scandir` walk with plain strings (the index's keys are built as the
walk goes, no `Path` per file); a briefing's stamp comes from its directory entry, and other files
(articles) are kept as entries and stat'ed only when a briefing's stamp check asks for them.
Hidden folders and files are skipped, as `locate.discover` does; symlinked folders are not
followed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.library.locate import SUFFIXES
from briefing_tui.library.prepare import key_of
from briefing_tui.library.watch import Watcher

Stamp = tuple[int, int]
"""A file's (size, mtime_ns)."""


@dataclass(slots=True)
class Scan:
    """What one pass found: candidates by index key, and the other files seen on the way."""

    base: Path | None
    found: dict[str, tuple[Path | str, Stamp | None]] = field(default_factory=dict)
    """key -> (path, stamp); the stamp is None when the file could not be stat'ed."""
    others: dict[str, os.DirEntry[str]] = field(default_factory=dict)
    """key -> directory entry of every other file under a folder root (articles among them)."""
    checked: set[str] | None = None
    """The keys this scan looked at, when it looked at only some (`changed_only`)."""

    def path(self, key: str) -> Path:
        """The file of a candidate's key."""
        path = self.found[key][0]
        return path if isinstance(path, Path) else Path(path)

    def stamp_of(self, key: str) -> Stamp | None:
        """The stamp of any file by key (an article): from the pass when it saw it, else stat'ed."""
        entry = self.others.get(key)
        if entry is not None:
            return _entry_stamp(entry)
        if key in self.found:
            return self.found[key][1]
        path = Path(key)
        return file_stamp(path if path.is_absolute() or self.base is None else self.base / path)


def changed_only(keys: set[str], users: dict[str, list[str]], base: Path | None) -> Scan:
    """A scan of only the files a watcher saw change: the candidates among `keys`, and the
    briefings (`users`: article key -> briefing keys) whose article is among them."""
    result = Scan(base)
    wanted = {key for key in keys if key.endswith(SUFFIXES)}
    for key in keys:
        wanted.update(users.get(key, ()))
    for key in sorted(wanted):
        path = Path(key) if base is None else base / key
        stamp = file_stamp(path)
        if stamp is not None:
            result.found[key] = (path, stamp)
    result.checked = wanted
    return result


def file_stamp(path: Path | str | None) -> Stamp | None:
    """(size, mtime_ns) of `path`, None when it cannot be stat'ed."""
    if path is None:
        return None
    try:
        result = os.stat(path)
    except OSError:
        return None
    return result.st_size, result.st_mtime_ns


def _entry_stamp(entry: os.DirEntry[str]) -> Stamp | None:
    try:
        result = entry.stat()
    except OSError:
        return None
    return result.st_size, result.st_mtime_ns


def scan(roots: Sequence[Path], base: Path | None, watcher: Watcher | None = None) -> Scan:
    """Every candidate under `roots`, keyed as the index keys them (sorted by key); each folder
    is given to `watcher` before it is listed, so no change after the listing goes unseen."""
    result = Scan(base)
    found: dict[str, tuple[Path | str, Stamp | None]] = {}
    for root in roots:
        if root.is_dir():
            prefix = "" if root == base else str(root.absolute()) + os.sep
            _walk(str(root), prefix, found, result.others, watcher)
        else:
            key = key_of(root, base)
            found.setdefault(key, (root, file_stamp(root)))
    result.found = dict(sorted(found.items()))
    return result


def _walk(
    folder: str,
    prefix: str,
    found: dict[str, tuple[Path | str, Stamp | None]],
    others: dict[str, os.DirEntry[str]],
    watcher: Watcher | None,
) -> None:
    """Add the candidates under `folder` (whose keys start with `prefix`) to `found`."""
    if watcher is not None:
        watcher.watch(folder, prefix)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    subfolders: list[tuple[str, str]] = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            if not entry.is_symlink():
                subfolders.append((entry.path, f"{prefix}{name}/"))
            continue
        key = prefix + name
        if name.endswith(SUFFIXES):
            found.setdefault(key, (entry.path, _entry_stamp(entry)))
        else:
            others[key] = entry
    for path, sub_prefix in sorted(subfolders):
        _walk(path, sub_prefix, found, others, watcher)
