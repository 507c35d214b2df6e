"""The index's tables: the SQL that creates them, and the columns the store writes.

Plain relational tables (TEXT and INTEGER columns) that SQLite and PostgreSQL both read; the FTS5
table is SQLite's own. The secondary indexes are listed apart so a bulk update can drop them and
build them again once at the end.
"""

from __future__ import annotations

INDEX_VERSION = 1
"""Bumped whenever the tables change: an index of another version is rebuilt from the files."""

BUSY_TIMEOUT_S = 30.0
"""How long a second writer waits for the first before giving up (and reading what is there)."""

TABLES = (
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        text_path TEXT,
        text_size INTEGER,
        text_mtime_ns INTEGER,
        digest TEXT NOT NULL,
        status TEXT NOT NULL,
        problem TEXT,
        published TEXT,
        place TEXT,
        title TEXT,
        participants INTEGER NOT NULL DEFAULT 0,
        events INTEGER NOT NULL DEFAULT 0,
        topics INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        inline_text INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE items (
        briefing_id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        detail TEXT,
        side TEXT,
        roles TEXT,
        aliases TEXT,
        when_text TEXT,
        date_text TEXT,
        earliest TEXT,
        latest TEXT,
        status TEXT,
        certainty TEXT,
        sort_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        quote TEXT,
        quote_start INTEGER,
        PRIMARY KEY (briefing_id, item_id)
    )""",
    """CREATE INDEX briefings_listed ON briefings
        (CASE WHEN status = 'ok' THEN 0 ELSE 1 END, published DESC, path)""",
    """CREATE INDEX items_by_id ON items (item_id, kind)""",
    """CREATE INDEX items_by_kind ON items (kind, sort_key)""",
    """CREATE TABLE links (
        briefing_id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        other_id TEXT NOT NULL
    )""",
    """CREATE INDEX links_by_item ON links (item_id, briefing_id)""",
    """CREATE INDEX links_by_briefing ON links (briefing_id)""",
    """CREATE TABLE names (
        briefing_id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        folded TEXT NOT NULL
    )""",
    """CREATE INDEX names_by_folded ON names (folded)""",
    """CREATE INDEX names_by_briefing ON names (briefing_id)""",
    """CREATE TABLE passage_info (
        id INTEGER PRIMARY KEY,
        briefing_id INTEGER NOT NULL,
        item_id TEXT,
        start_offset INTEGER NOT NULL
    )""",
    """CREATE INDEX passages_by_briefing ON passage_info (briefing_id)""",
)

INDEXES = tuple(statement for statement in TABLES if statement.startswith("CREATE INDEX"))


def index_name(statement: str) -> str:
    return statement.split()[2]


FTS_TABLE = (
    "CREATE VIRTUAL TABLE passages USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
)
DROP = ("passages", "passage_info", "names", "links", "items", "briefings", "meta")

BRIEFING_COLUMNS = (
    "path, size, mtime_ns, text_path, text_size, text_mtime_ns, digest, status, problem, "
    "published, place, title, participants, events, topics, warnings, inline_text"
)
ITEM_COLUMNS = (
    "briefing_id, item_id, kind, label, detail, side, roles, aliases, when_text, date_text, "
    "earliest, latest, status, certainty, sort_key, seq, quote, quote_start"
)
