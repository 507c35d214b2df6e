"""A library of briefings: a folder (or files) and its index, asked in plain Python terms.

`Library.open(paths)` finds (or makes) the index, `update()` brings it up to date with the files,
and the query methods answer from the index alone: the list of briefings, the story (every event
of every briefing in timeline order, one row per event id), entities merged by id, an item's
dossier, full-text search. A briefing's model is loaded only by whoever opens it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing_tui.library.filetext import FileTexts
from briefing_tui.library.locate import base_of, index_path
from briefing_tui.library.query import fts_query
from briefing_tui.library.records import (
    Appearance,
    Entity,
    Entries,
    Entry,
    Hit,
    Linked,
    Source,
    StoryEvent,
    entry,
)
from briefing_tui.library.store import IndexUnavailable, Store
from briefing_tui.library.update import UpdateReport, path_of, update
from briefing_tui.library.watch import Watcher

__all__ = ["IndexUnavailable", "Library", "LibraryBusy"]


class LibraryBusy(Exception):
    """Another process kept the index locked for longer than a writer waits."""


def _built_by() -> str:
    from briefing_tui import __version__
    from briefing_tui.format.spec import FORMAT_VERSION
    from briefing_tui.library.store import INDEX_VERSION

    return f"index {INDEX_VERSION}, format {FORMAT_VERSION}, briefing-tui {__version__}"


class Library:
    """The briefings under some folders or files, and their index."""

    def __init__(self, roots: Sequence[Path], index: Path | None = None) -> None:
        self.roots = [Path(root) for root in roots]
        self.base = base_of(self.roots)
        try:
            self.index = index if index is not None else index_path(self.roots)
        except OSError as error:
            raise IndexUnavailable(f"cannot create the library's index: {error}") from error
        try:
            self.store = Store(self.index)
        except IndexUnavailable:
            # Not a database (a half-copied or damaged file): the index is a cache, start again.
            if not self.index.is_file():
                raise
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.index}{suffix}").unlink(missing_ok=True)
            self.store = Store(self.index)
        self._check_version()
        self.files = FileTexts()
        """Article and briefing files read for search results' positions, kept while unchanged."""
        self._watcher: Watcher | None = None
        self._watching = all(root.is_dir() for root in self.roots)
        """Folders only: a watcher of a file's folder would see files that are not the library's."""

    @classmethod
    def open(cls, roots: Sequence[Path | str]) -> Library:
        """The library of `roots` with its index opened (not yet updated)."""
        return cls([Path(root) for root in roots])

    def close(self) -> None:
        self.store.close()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_version(self) -> None:
        """Forget everything indexed by another version of the format or of the program."""
        built_by = _built_by()
        if self.store.meta("built_by") == built_by:
            return
        self.store.begin_write()
        try:
            if self.store.meta("built_by") != built_by:
                self.store.clear()
                self.store.set_meta("built_by", built_by)
            self.store.commit()
        except BaseException:
            self.store.rollback()
            raise

    def reopen_if_deleted(self) -> bool:
        """Open a fresh index when the index file was deleted under us; True when it was."""
        if self.index.exists():
            return False
        self.store.close()
        self.index.parent.mkdir(parents=True, exist_ok=True)
        self.store = Store(self.index)
        self._check_version()
        return True

    def update(self, progress: Callable[[int, int], None] | None = None) -> UpdateReport:
        """Bring the index up to date with the files (waits for another writer, if any)."""
        if self.reopen_if_deleted() and self._watcher is not None:
            self._watcher.reset()
        if self._watcher is None and self._watching:
            self._watcher = Watcher.create()
            self._watching = self._watcher is not None
        try:
            return update(self.store, self.roots, self.base, progress, self._watcher)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise LibraryBusy(f"{self.index}: another process is updating the index") from error
            raise

    def path(self, key: str) -> Path:
        """The file an index key names."""
        return path_of(key, self.base)

    # Queries.

    def briefings(self) -> Entries:
        """Every briefing: good ones newest first, then those that fail to load."""
        return Entries(self.store.listing(), self.store.briefings_by_id, self.path)

    def entry(self, briefing_id: int) -> Entry | None:
        row = self.store.briefing(briefing_id)
        return None if row is None else entry(row, self.path)

    def story(self) -> list[StoryEvent]:
        """One row per event id across the library, in timeline order."""
        return [
            StoryEvent(
                item_id=row[0],
                sort_key=row[1],
                title=row[2],
                when_text=row[3],
                sources=row[4],
                dates_disagree=row[5] > 1,
                published=row[6],
                source_title=row[7][10:] if row[7] else None,
                briefing_id=row[8],
                status=row[9].rpartition("|")[2] if row[9] else None,
            )
            for row in self.store.story()
        ]

    def sources(self, event_id: str) -> list[Source]:
        """Every briefing's version of an event id."""
        return [
            Source(row[0], self.path(row[1]), *row[2:])
            for row in self.store.event_sources(event_id)
        ]

    def entities(self) -> list[Entity]:
        """Participants merged by id, most often mentioned first."""
        return [Entity(*row) for row in self.store.entities()]

    def appearances(self, item_id: str) -> list[Appearance]:
        """How each briefing gives an item: its name, side, roles and aliases."""
        return [
            Appearance(
                row[0],
                self.path(row[1]),
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                tuple(row[8].split("\n")) if row[8] else (),
                tuple(row[9].split("\n")) if row[9] else (),
                row[10],
                row[11],
            )
            for row in self.store.appearances(item_id)
        ]

    def dossier(self, item_id: str) -> list[Linked]:
        """Every event and topic linked to `item_id` across the library, by date."""
        return [Linked(row[0], self.path(row[1]), *row[2:11]) for row in self.store.linked(item_id)]

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        """Passages holding every word of `text`, best first, at most `limit`."""
        match = fts_query(text)
        if match is None or limit <= 0:
            return []
        from briefing_tui.library.search import hits

        rows = self.store.search(match, limit * 2)
        return hits(self, rows, limit)

    def shared_names(self) -> list[tuple[str, str, str, str, Path]]:
        """(folded name, item id, kind, name, file) for names given to more than one id."""
        return [(*row[:4], self.path(row[4])) for row in self.store.shared_names()]
