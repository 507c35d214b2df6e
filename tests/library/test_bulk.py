"""Many files at once: a bulk update with worker processes makes the index batches make."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from briefing_tui.library import pool, schema, update
from briefing_tui.library.index import Library
from briefing_tui.library.sample import write_library

FILES = update.BULK + 41
"""Enough files for a bulk update and its workers (one of them broken)."""


def _contents(index: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(index)
    try:
        return {
            "briefings": db.execute(
                "SELECT path, size, digest, status, title, events FROM briefings ORDER BY path"
            ).fetchall(),
            "items": db.execute(
                "SELECT b.path, i.item_id, i.kind, i.label, i.sort_key, i.quote_start FROM items i "
                "JOIN briefings b ON b.id = i.briefing_id ORDER BY 1, 2"
            ).fetchall(),
            "links": db.execute(
                "SELECT b.path, l.item_id, l.other_id FROM links l "
                "JOIN briefings b ON b.id = l.briefing_id ORDER BY 1, 2, 3"
            ).fetchall(),
            "passages": db.execute(
                "SELECT b.path, i.item_id, i.start_offset, p.body FROM passage_info i "
                "JOIN passages p ON p.rowid = i.id JOIN briefings b ON b.id = i.briefing_id "
                "ORDER BY 1, 3, 2"
            ).fetchall(),
            "indexes": db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "ORDER BY name"
            ).fetchall(),
        }
    finally:
        db.close()


@pytest.fixture(scope="module")
def library_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bulk") / "lib"
    write_library(folder, FILES - 1)
    (folder / "broken.yaml").write_text("briefing: 1\ndocument: [\n", "utf-8")
    return folder


def test_bulk_update_with_workers_equals_a_batch_update(
    library_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library([library_folder], tmp_path / "bulk.sqlite3") as library:
        report = library.update()
        assert report.added == FILES
        story = library.story()
        hits = library.search("Inspection", 20)
    with monkeypatch.context() as patched:
        patched.setattr(update, "BULK", 10**9)  # batches of BATCH, all in this process
        with Library([library_folder], tmp_path / "batches.sqlite3") as library:
            assert library.update().added == FILES
            assert library.story() == story
            assert library.search("Inspection", 20) == hits
    bulk = _contents(tmp_path / "bulk.sqlite3")
    batches = _contents(tmp_path / "batches.sqlite3")
    assert bulk == batches
    # Dropped for the bulk write and built again.
    assert len(bulk["indexes"]) == len(schema.INDEXES) == 8
    assert any(row[3] == "broken" for row in bulk["briefings"])


def test_workers_that_cannot_start_leave_the_work_to_this_process(
    library_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "workers_for", lambda files: 2)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    with Library([library_folder], tmp_path / "x.sqlite3") as library:
        assert library.update().added == FILES
        assert len(library.briefings()) == FILES


def test_a_worker_that_dies_leaves_the_rest_to_this_process(
    library_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A "worker" that answers nothing: the first read fails, every file is prepared here.
    monkeypatch.setattr(pool, "workers_for", lambda files: 2)
    fake = tmp_path / "fake-python"
    fake.write_text("#!/bin/sh\nexit 0\n", "utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    with Library([library_folder], tmp_path / "y.sqlite3") as library:
        assert library.update().added == FILES


def test_a_second_update_after_a_bulk_one_changes_nothing(
    library_folder: Path, tmp_path: Path
) -> None:
    with Library([library_folder], tmp_path / "z.sqlite3") as library:
        library.update()
        again = library.update()
        assert (again.added, again.changed, again.removed) == (0, 0, 0)
        assert again.unchanged == FILES
