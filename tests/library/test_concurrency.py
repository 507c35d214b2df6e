"""Two processes on one library at once: one writes while the other waits or reads; no damage."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from briefing_tui.library.index import Library
from briefing_tui.library.sample import write_library

_WORKER = """
import sys
from pathlib import Path
from briefing_tui.library.index import Library
folder, role = Path(sys.argv[1]), sys.argv[2]
with Library.open([folder]) as library:
    if role == "write":
        library.update()
    for _ in range(20):
        entries = library.briefings()
        assert all(entry.title for entry in entries if entry.ok), entries
        library.search("Inspection")
        library.story()
print(role, "done")
"""


def test_two_processes_update_and_read_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write_library(folder, 40)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(folder), role],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role in ("write", "write", "read")
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert "done" in out
    with Library.open([folder]) as library:
        report = library.update()
        assert (report.added, report.changed, report.removed, report.unchanged) == (0, 0, 0, 40)
        assert len(library.briefings()) == 40
        assert library.search("Inspection")
        index = library.index
    db = sqlite3.connect(index)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    # Every briefing's rows are there exactly once (a double write would double them).
    counts = db.execute("SELECT COUNT(*), COUNT(DISTINCT briefing_id) FROM items").fetchone()
    assert counts[1] == 40
    per_file = db.execute(
        "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM items GROUP BY briefing_id, item_id) t"
    ).fetchone()
    assert per_file == (1,)
    db.close()


def test_a_reader_sees_the_last_committed_state_while_a_writer_holds_the_lock(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    write_library(folder, 5)
    with Library.open([folder]) as writer, Library.open([folder]) as reader:
        writer.update()
        writer.store.begin_write()
        try:
            writer.store.clear()
            # Uncommitted: the reader still sees all five, and is not blocked.
            assert len(reader.briefings()) == 5
            assert reader.search("Inspection") or reader.search("Talks") or reader.story()
        finally:
            writer.store.rollback()
        assert len(reader.briefings()) == 5
