"""Bringing the index up to date with the files, incrementally.

Each file is compared by size and modification time (with its article's, for a `text_file`) in one
pass over the folders (`scan`) against the index's stamps (kept in memory between updates while
no other process writes); only a file whose stamp changed is read, and only one whose content hash
changed is loaded again. Files that appeared are added, files that disappeared are removed (a
rename is both).

A few files are loaded outside any lock, in batches, each batch written in one transaction
(`BEGIN IMMEDIATE`), so a second writer waits a batch at most. Many files at once (a new index,
a folder copied in) are one bulk transaction: the lock is taken first (a second writer waits and
then finds the work done), the secondary indexes are dropped and built again at the end (sorting
once beats updating them row by row), and the files are loaded in worker processes while this one
writes. Readers always see a consistent index: the last committed state.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_tui.library.pool import prepare_all
from briefing_tui.library.prepare import Job, key_of, path_of, read_regular
from briefing_tui.library.scan import Scan, changed_only, scan
from briefing_tui.library.store import Store
from briefing_tui.library.watch import Watcher

__all__ = ["UpdateReport", "key_of", "path_of", "read_regular", "update"]

BATCH = 64
"""Files loaded before their rows are written in one transaction (outside a bulk update)."""
BULK = 256
"""From this many files to load, an update is one bulk transaction."""
FULL_PASS_S = 60.0
"""The longest an update trusts a watcher without a full pass over the files."""


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """What an update did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def touched(self) -> bool:
        """Whether the index changed."""
        return bool(self.added or self.changed or self.removed)


def _differences(
    seen: Scan, stored: dict[str, tuple[Any, ...]]
) -> tuple[list[str], list[int], int]:
    """(keys to read, ids of files gone, how many are unchanged)."""
    todo: list[str] = []
    unchanged = 0
    for key, (_, stamp) in seen.found.items():
        old = stored.get(key)
        if seen.checked is not None:
            todo.append(key)  # seen to change: its content hash says whether it did
        elif old is not None and stamp is not None and _same_stamp(old, stamp, seen):
            unchanged += 1
        else:
            todo.append(key)
    if seen.checked is None:
        gone = [old[0] for key, old in stored.items() if key not in seen.found]
    else:
        unchanged += len(stored) - len(seen.checked & stored.keys())
        gone = [stored[key][0] for key in seen.checked if key in stored and key not in seen.found]
    return todo, gone, unchanged


def _same_stamp(old: tuple[Any, ...], stamp: tuple[int, int], seen: Scan) -> bool:
    _, size, mtime_ns, text_key, text_size, text_mtime_ns, _ = old
    if stamp != (size, mtime_ns):
        return False
    if text_key is None:
        return True
    return seen.stamp_of(text_key) == (text_size, text_mtime_ns)


def update(
    store: Store,
    roots: Sequence[Path],
    base: Path | None,
    progress: Callable[[int, int], None] | None = None,
    watcher: Watcher | None = None,
) -> UpdateReport:
    """Bring the index up to date with the files under `roots`.

    With a `watcher` that watched the folders during the last full pass, only the files it saw
    change are looked at (and a full pass is made at least every `FULL_PASS_S` all the same).
    """
    changed = None
    if watcher is not None and time.monotonic() - watcher.last_full < FULL_PASS_S:
        changed = watcher.changes()
    if changed is not None:
        seen = changed_only(changed, store.article_users(), base)
    else:
        if watcher is not None:
            watcher.reset()
            watcher.last_full = time.monotonic()
        seen = scan(roots, base, watcher)
    try:
        todo, gone, unchanged = _differences(seen, store.stamps())
        if not todo and not gone:
            return UpdateReport(unchanged=unchanged)
        if len(todo) >= BULK:
            return _bulk(store, seen, base, progress)
        return _batches(store, seen, base, todo, gone, unchanged, progress)
    except BaseException:
        if watcher is not None:
            watcher.reset()  # the changes it told of are not all written: look at every file
        raise


def _jobs(
    seen: Scan, base: Path | None, keys: list[str], stored: dict[str, tuple[Any, ...]]
) -> list[Job]:
    base_name = None if base is None else str(base)
    return [(key, str(seen.path(key)), base_name, stored.get(key)) for key in keys]


def _write(
    store: Store,
    key: str,
    prepared: tuple[Any, ...],
    current: dict[str, tuple[Any, ...]],
) -> str:
    """Write one prepared file; "added", "changed" or "" (only its stamp was new)."""
    old = current.get(key)
    if prepared[0] == "touch" and old is not None:
        store.touch(key, old[0], prepared[1])
        return ""
    outcome = "added"
    if old is not None:
        store.delete(old[0])
        outcome = "changed"
    if prepared[0] == "add":
        store.add(prepared[1], *prepared[2])
    return outcome


def _batches(
    store: Store,
    seen: Scan,
    base: Path | None,
    todo: list[str],
    gone: list[int],
    unchanged: int,
    progress: Callable[[int, int], None] | None,
) -> UpdateReport:
    added = changed = 0
    stored = store.stamps()
    prepared = prepare_all(_jobs(seen, base, todo, stored), workers=0)
    for start in range(0, max(len(todo), 1), BATCH):
        batch = [(key, next(prepared)) for key in todo[start : start + BATCH]]
        store.begin_write()
        try:
            current = store.stamps()
            if start == 0:
                for briefing_id in gone:
                    store.delete(briefing_id)
            for key, done in batch:
                outcome = _write(store, key, done, current)
                added += outcome == "added"
                changed += outcome == "changed"
            store.commit()
        except BaseException:
            store.rollback()
            raise
        if progress is not None:
            progress(min(start + BATCH, len(todo)), len(todo))
    return UpdateReport(added, changed, len(gone), unchanged)


def _bulk(
    store: Store,
    seen: Scan,
    base: Path | None,
    progress: Callable[[int, int], None] | None,
) -> UpdateReport:
    added = changed = 0
    store.begin_write()
    try:
        current = store.stamps()  # under the lock: what another writer did meanwhile counts
        todo, gone, unchanged = _differences(seen, current)
        for briefing_id in gone:
            store.delete(briefing_id)
        if todo:
            store.drop_indexes()
            prepared = _prepared(seen, base, todo, current)
            for done, (key, ready) in enumerate(zip(todo, prepared, strict=True), start=1):
                outcome = _write(store, key, ready, current)
                added += outcome == "added"
                changed += outcome == "changed"
                if progress is not None and (done % BATCH == 0 or done == len(todo)):
                    progress(done, len(todo))
            store.create_indexes()
        store.commit()
    except BaseException:
        store.rollback()
        raise
    return UpdateReport(added, changed, len(gone), unchanged)


def _prepared(
    seen: Scan, base: Path | None, todo: list[str], current: dict[str, tuple[Any, ...]]
) -> Iterator[tuple[Any, ...]]:
    return prepare_all(_jobs(seen, base, todo, current))
