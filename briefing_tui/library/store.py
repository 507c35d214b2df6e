"""The library's storage: every SQL statement the library runs, behind one small class.

The index is a cache of what the briefing files say, rebuilt from them at will. Its tables are
plain relational ones in SQL that SQLite and PostgreSQL both speak (TEXT and INTEGER columns,
`COALESCE`, `||`, `GROUP BY`, no `INSERT OR REPLACE`), so a shared archive on a database server is
another class with the same methods. Only the full-text part is SQLite's own (an FTS5 table, its
`MATCH`, `rank`, `highlight` and `snippet`); it is kept to `_FTS_*` and the two search methods,
which a PostgreSQL backend would write with `tsvector` and `ts_headline`. The driver's parameter
style (`?` here, `%s` in psycopg) is the other difference.

Writes happen in one transaction per update (`BEGIN IMMEDIATE`: one writer at a time; in WAL mode
readers go on reading the last committed state meanwhile, and a second writer waits).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from briefing_tui.library.schema import (
    BRIEFING_COLUMNS,
    BUSY_TIMEOUT_S,
    DROP,
    FTS_TABLE,
    INDEX_VERSION,
    INDEXES,
    ITEM_COLUMNS,
    TABLES,
    index_name,
)

__all__ = ["BUSY_TIMEOUT_S", "INDEX_VERSION", "IndexUnavailable", "Store"]


class IndexUnavailable(Exception):
    """The index cannot be opened or written (message says why, for the user)."""


class Store:
    """One connection to the index database; every method is one statement or one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._stamps: dict[str, tuple[Any, ...]] | None = None
            self._stamps_version = -1
            self._keys: dict[int, str] = {}
            self._users: tuple[dict[str, tuple[Any, ...]], dict[str, list[str]]] | None = None
            self._prepare()
        except sqlite3.DatabaseError as error:
            raise IndexUnavailable(f"{path}: {error}") from error

    def close(self) -> None:
        self.db.close()

    # Schema and versions.

    def _prepare(self) -> None:
        """Create the tables, or rebuild them when the index was made by another version."""
        if self.meta("index_version") == str(INDEX_VERSION):
            self._ensure_indexes()
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.meta("index_version") != str(INDEX_VERSION):
                for table in DROP:
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in TABLES:
                    self.db.execute(statement)
                self.db.execute(FTS_TABLE)
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    ("index_version", str(INDEX_VERSION)),
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _ensure_indexes(self) -> None:
        """Build the secondary indexes if they are missing (a bulk update drops them inside its
        transaction, so they are missing only in an index written by hand or damaged)."""
        present = {
            row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        if all(index_name(statement) in present for statement in INDEXES):
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.create_indexes()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def drop_indexes(self) -> None:
        """Drop the secondary indexes (inside a bulk write transaction; `create_indexes` after)."""
        for statement in INDEXES:
            self.db.execute(f"DROP INDEX IF EXISTS {index_name(statement)}")

    def create_indexes(self) -> None:
        """Build the secondary indexes that are missing."""
        for statement in INDEXES:
            self.db.execute(statement.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))

    def meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no table yet
            return None
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))

    def clear(self) -> None:
        """Forget every briefing (inside a write transaction)."""
        self.db.execute("DELETE FROM passages")
        for table in ("passage_info", "names", "links", "items", "briefings"):
            self.db.execute(f"DELETE FROM {table}")
        self._stamps = None
        self._users = None

    # Writing.

    def begin_write(self) -> None:
        """Start the one writer's transaction; waits for another writer up to the busy timeout."""
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")
        if self._stamps is not None:
            self._stamps_version = self._data_version()

    def rollback(self) -> None:
        self._stamps = None
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def stamps(self) -> dict[str, tuple[Any, ...]]:
        """path -> (id, size, mtime_ns, text_path, text_size, text_mtime_ns, digest).

        Kept between calls and read again only when another connection committed meanwhile
        (`PRAGMA data_version`); this connection's own writes keep it up to date. The caller
        must not change it.
        """
        version = self._data_version()
        if self._stamps is None or version != self._stamps_version:
            rows = self.db.execute(
                "SELECT path, id, size, mtime_ns, text_path, text_size, text_mtime_ns, digest "
                "FROM briefings"
            )
            self._stamps = {row[0]: tuple(row[1:]) for row in rows}
            self._keys = {value[0]: key for key, value in self._stamps.items()}
            self._stamps_version = version
        return self._stamps

    def article_users(self) -> dict[str, list[str]]:
        """article key -> the keys of the briefings whose article it is (from `stamps`)."""
        stamps = self.stamps()
        if self._users is None or self._users[0] is not stamps:
            users: dict[str, list[str]] = {}
            for key, value in stamps.items():
                if value[3] is not None:
                    users.setdefault(value[3], []).append(key)
            self._users = (stamps, users)
        return self._users[1]

    def touch(self, key: str, briefing_id: int, stamp: Sequence[Any]) -> None:
        """Record a new size and mtime for a file whose content did not change."""
        self.db.execute(
            "UPDATE briefings SET size = ?, mtime_ns = ?, text_size = ?, text_mtime_ns = ? "
            "WHERE id = ?",
            (*stamp, briefing_id),
        )
        if self._stamps is not None and key in self._stamps:
            old = self._stamps[key]
            self._stamps[key] = (old[0], stamp[0], stamp[1], old[3], stamp[2], stamp[3], old[6])

    def delete(self, briefing_id: int) -> None:
        self.db.execute(
            "DELETE FROM passages WHERE rowid IN "
            "(SELECT id FROM passage_info WHERE briefing_id = ?)",
            (briefing_id,),
        )
        for table in ("passage_info", "names", "links", "items"):
            self.db.execute(f"DELETE FROM {table} WHERE briefing_id = ?", (briefing_id,))
        self.db.execute("DELETE FROM briefings WHERE id = ?", (briefing_id,))
        key = self._keys.pop(briefing_id, None)
        if self._stamps is not None and key is not None:
            old = self._stamps.pop(key, None)
            if self._users is not None and old is not None and old[3] in self._users[1]:
                users = self._users[1][old[3]]
                if key in users:
                    users.remove(key)

    def add(
        self,
        briefing: Sequence[Any],
        items: Iterable[Sequence[Any]],
        links: Iterable[tuple[str, str]],
        names: Iterable[tuple[str, str, str, str]],
        passages: Iterable[tuple[str | None, int, str]],
    ) -> int:
        """Insert one briefing and everything indexed of it; returns its row id."""
        marks = ", ".join("?" * len(briefing))
        cursor = self.db.execute(
            f"INSERT INTO briefings ({BRIEFING_COLUMNS}) VALUES ({marks})", tuple(briefing)
        )
        briefing_id = int(cursor.lastrowid or 0)
        self.db.executemany(
            f"INSERT INTO items ({ITEM_COLUMNS}) VALUES ({', '.join('?' * 18)})",
            ((briefing_id, *item) for item in items),
        )
        self.db.executemany(
            "INSERT INTO links (briefing_id, item_id, other_id) VALUES (?, ?, ?)",
            ((briefing_id, a, b) for a, b in links),
        )
        self.db.executemany(
            "INSERT INTO names (briefing_id, item_id, kind, name, folded) VALUES (?, ?, ?, ?, ?)",
            ((briefing_id, *name) for name in names),
        )
        # Ids given here (inside the one writer's transaction) so both tables take one
        # `executemany` each rather than two statements per passage.
        first = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM passage_info").fetchone()[0]
        numbered = [(first + n, *passage) for n, passage in enumerate(passages)]
        self.db.executemany(
            "INSERT INTO passage_info (id, briefing_id, item_id, start_offset) VALUES (?, ?, ?, ?)",
            ((number, briefing_id, item_id, start) for number, item_id, start, _ in numbered),
        )
        self.db.executemany(
            "INSERT INTO passages (rowid, body) VALUES (?, ?)",
            ((number, body) for number, _, _, body in numbered),
        )
        if self._stamps is not None:
            self._stamps[briefing[0]] = (briefing_id, *briefing[1:7])
            self._keys[briefing_id] = briefing[0]
            if self._users is not None and briefing[3] is not None:
                self._users[1].setdefault(briefing[3], []).append(briefing[0])
        return briefing_id

    # Reading.

    def listing(self) -> list[tuple[int, str]]:
        """(id, status) of every briefing file in the order of `briefings` (read from an index)."""
        return self.db.execute(
            "SELECT id, status FROM briefings WHERE status <> 'other' "
            "ORDER BY CASE WHEN status = 'ok' THEN 0 ELSE 1 END, published DESC, path"
        ).fetchall()

    def briefings_by_id(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """The `briefings` rows of some ids (in no particular order)."""
        marks = ", ".join("?" * len(ids))
        return self.db.execute(
            "SELECT id, path, status, problem, published, place, title, participants, events, "
            f"topics, warnings, text_path, inline_text FROM briefings WHERE id IN ({marks})",
            tuple(ids),
        ).fetchall()

    def briefing(self, briefing_id: int) -> tuple[Any, ...] | None:
        return self.db.execute(
            "SELECT id, path, status, problem, published, place, title, participants, events, "
            "topics, warnings, text_path, inline_text FROM briefings WHERE id = ?",
            (briefing_id,),
        ).fetchone()

    def story(self) -> list[tuple[Any, ...]]:
        """One row per event id across the library, in timeline order of its earliest source.

        The source named is the oldest (by dateline, then title: `published || title`, the
        dateline being ten characters); the status
        is the one the most recent source gives (the last word on it).
        """
        return self.db.execute(
            "SELECT i.item_id, MIN(i.sort_key) AS first_key, MIN(i.label), MIN(i.when_text), "
            "COUNT(*), COUNT(DISTINCT COALESCE(i.earliest, '') || '/' || COALESCE(i.latest, '')), "
            "MIN(b.published), MIN(b.published || b.title), MIN(b.id), "
            "MAX(b.published || '|' || i.status) "
            "FROM items i JOIN briefings b ON b.id = i.briefing_id "
            "WHERE i.kind = 'event' GROUP BY i.item_id ORDER BY first_key, MIN(b.published), "
            "i.item_id"
        ).fetchall()

    def event_sources(self, item_id: str) -> list[tuple[Any, ...]]:
        """Every briefing's version of one event id, oldest briefing first."""
        return self.db.execute(
            "SELECT b.id, b.path, b.published, b.title, i.label, i.when_text, i.date_text, "
            "i.earliest, i.latest, i.status, i.certainty, i.quote, i.quote_start "
            "FROM items i JOIN briefings b ON b.id = i.briefing_id "
            "WHERE i.item_id = ? AND i.kind = 'event' ORDER BY b.published, b.path",
            (item_id,),
        ).fetchall()

    def entities(self) -> list[tuple[Any, ...]]:
        """Participants merged by id: id, a name, how many briefings, the kinds given."""
        return self.db.execute(
            "SELECT item_id, MIN(label), COUNT(*), MIN(detail) FROM items "
            "WHERE kind = 'participant' GROUP BY item_id "
            "ORDER BY COUNT(*) DESC, MIN(label), item_id"
        ).fetchall()

    def appearances(self, item_id: str) -> list[tuple[Any, ...]]:
        """Every briefing's version of one item: its name, kind, side, roles and aliases."""
        return self.db.execute(
            "SELECT b.id, b.path, b.published, b.title, i.kind, i.label, i.detail, i.side, "
            "i.roles, i.aliases, i.quote, i.quote_start "
            "FROM items i JOIN briefings b ON b.id = i.briefing_id "
            "WHERE i.item_id = ? ORDER BY b.published, b.path",
            (item_id,),
        ).fetchall()

    def linked(self, item_id: str) -> list[tuple[Any, ...]]:
        """Every event and topic linked to `item_id` in any briefing, by date.

        A topic counts when it is linked to the item or to one of the item's events (what a
        participant's events are about is what the participant is about).
        """
        columns = (
            "b.id, b.path, b.published, b.title, o.kind, o.item_id, o.label, o.when_text, "
            "o.status, o.quote, o.quote_start, o.sort_key, o.seq"
        )
        return self.db.execute(
            f"SELECT {columns} FROM links l "
            "JOIN items o ON o.briefing_id = l.briefing_id AND o.item_id = l.other_id "
            "JOIN briefings b ON b.id = l.briefing_id "
            "WHERE l.item_id = ? AND o.kind IN ('event', 'topic') "
            f"UNION SELECT {columns} FROM links l "
            "JOIN items e ON e.briefing_id = l.briefing_id AND e.item_id = l.other_id "
            "JOIN links l2 ON l2.briefing_id = l.briefing_id AND l2.item_id = e.item_id "
            "JOIN items o ON o.briefing_id = l2.briefing_id AND o.item_id = l2.other_id "
            "JOIN briefings b ON b.id = l.briefing_id "
            "WHERE l.item_id = ? AND e.kind = 'event' AND o.kind = 'topic' AND o.item_id <> ? "
            "ORDER BY 12, 3, 2, 13",
            (item_id, item_id, item_id),
        ).fetchall()

    def shared_names(self) -> list[tuple[Any, ...]]:
        """Names or aliases given to more than one id: (folded, item_id, kind, name, path)."""
        return self.db.execute(
            "SELECT n.folded, n.item_id, n.kind, n.name, b.path FROM names n "
            "JOIN briefings b ON b.id = n.briefing_id JOIN ("
            "SELECT kind, folded FROM names GROUP BY kind, folded "
            "HAVING COUNT(DISTINCT item_id) > 1) d ON d.kind = n.kind AND d.folded = n.folded "
            "ORDER BY n.kind, n.folded, n.item_id, b.path"
        ).fetchall()

    def search(self, match: str, limit: int) -> list[tuple[Any, ...]]:
        """Passages matching an FTS5 expression, best first, with the first match marked."""
        return self.db.execute(
            "SELECT p.rowid, i.briefing_id, i.item_id, i.start_offset, "
            "highlight(passages, 0, char(1), char(2)), "
            "snippet(passages, 0, char(1), char(2), char(3), 12) "
            "FROM passages p JOIN passage_info i ON i.id = p.rowid "
            "WHERE passages MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()

    def article_before(self, briefing_id: int, offset: int) -> list[tuple[int, str]]:
        """The article's paragraphs that start at or before `offset`: (start, searchable text)."""
        return self.db.execute(
            "SELECT i.start_offset, p.body FROM passage_info i "
            "JOIN passages p ON p.rowid = i.id "
            "WHERE i.briefing_id = ? AND i.item_id IS NULL AND i.start_offset <= ? "
            "ORDER BY i.start_offset",
            (briefing_id, offset),
        ).fetchall()
