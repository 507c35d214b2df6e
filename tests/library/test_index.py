"""The index: incremental updates, broken and foreign files, where it lives, versions, deletion."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.library.index import Library
from briefing_tui.library.locate import INDEX_DIR, INDEX_FILE
from briefing_tui.library.store import INDEX_VERSION

from .conftest import ARTICLE


def _titles(library: Library) -> dict[str, str | None]:
    return {entry.path.name: entry.title for entry in library.briefings()}


def _bump_mtime(path: Path) -> None:
    """Make sure the change is visible in the stamp even on a coarse clock."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_add_change_delete_rename(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml", title="First")
    with Library.open([folder]) as library:
        assert library.update().added == 1
        assert _titles(library) == {"a.yaml": "First"}

        write("sub/b.yaml", title="Second", published="2021-04-01")
        report = library.update()
        assert (report.added, report.changed, report.removed) == (1, 0, 0)
        # Newest dateline first.
        assert [entry.path.name for entry in library.briefings()] == ["b.yaml", "a.yaml"]

        path = write("a.yaml", title="First, revised")
        _bump_mtime(path)
        assert library.update().changed == 1
        assert _titles(library)["a.yaml"] == "First, revised"

        # A touch that changes nothing is noticed (stamp) but costs no reload.
        _bump_mtime(path)
        report = library.update()
        assert (report.added, report.changed, report.removed) == (0, 0, 0)

        (folder / "sub" / "b.yaml").rename(folder / "sub" / "c.yaml")
        report = library.update()
        assert (report.added, report.removed) == (1, 1)
        assert set(_titles(library)) == {"a.yaml", "c.yaml"}

        (folder / "a.yaml").unlink()
        assert library.update().removed == 1
        assert set(_titles(library)) == {"c.yaml"}
        assert library.search("Archer") and all(
            hit.briefing.name == "c.yaml" for hit in library.search("Archer")
        )


def test_a_changed_article_file_is_picked_up(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml")
    with Library.open([folder]) as library:
        library.update()
        assert library.search("zeppelin") == []
        article = folder / "a.txt"
        article.write_text(ARTICLE + "\nA zeppelin flew over.\n", "utf-8")
        _bump_mtime(article)
        assert library.update().changed == 1
        [hit] = library.search("zeppelin")
        assert hit.file == article


def test_a_broken_file_among_good_ones(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml")
    write("c.yaml", title="Third")
    (folder / "b.yaml").write_text("briefing: 1\ndocument: {title: [\n", "utf-8")
    (folder / "config.yml").write_text("name: not a briefing\n", "utf-8")
    with Library.open([folder]) as library:
        assert library.update().added == 4
        entries = library.briefings()
        assert [entry.path.name for entry in entries] == ["a.yaml", "c.yaml", "b.yaml"]
        broken = entries[-1]
        assert not broken.ok and broken.problem is not None
        assert broken.problem.startswith(f"{folder / 'b.yaml'}:3:")
        assert all(entry.ok for entry in entries[:2])
        assert {hit.briefing.name for hit in library.search("fisheries")} == {"a.yaml", "c.yaml"}

        write("b.yaml", title="Fixed")
        _bump_mtime(folder / "b.yaml")
        library.update()
        assert _titles(library)["b.yaml"] == "Fixed"
        assert all(entry.ok for entry in library.briefings())


def test_the_index_lives_in_the_folder_and_hidden_folders_are_skipped(
    folder: Path, write: Callable[..., Path]
) -> None:
    write("a.yaml")
    write(".git/hidden.yaml")
    with Library.open([folder]) as library:
        library.update()
        assert library.index == folder / INDEX_DIR / INDEX_FILE
        assert set(_titles(library)) == {"a.yaml"}


def test_an_unwritable_folder_keeps_its_index_in_the_cache(
    folder: Path, write: Callable[..., Path], _private_cache: Path
) -> None:
    write("a.yaml")
    # Whoever runs the tests (root included) cannot make a folder where a file is.
    (folder / INDEX_DIR).write_text("not a folder", "utf-8")
    before = sorted(p.name for p in folder.iterdir())
    with Library.open([folder]) as library:
        library.update()
        assert library.index.is_relative_to(_private_cache / "briefing-tui")
        assert library.search("Archer")
    assert sorted(p.name for p in folder.iterdir()) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_a_read_only_folder(folder: Path, write: Callable[..., Path], _private_cache: Path) -> None:
    write("a.yaml")
    folder.chmod(0o555)
    try:
        with Library.open([folder]) as library:
            library.update()
            assert library.index.is_relative_to(_private_cache)
            assert library.search("Archer")
    finally:
        folder.chmod(0o755)


def test_a_deleted_index_loses_nothing(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml")
    write("b.yaml", title="Other", inline=True)
    with Library.open([folder]) as library:
        library.update()
        before = (_titles(library), [hit[:8] for hit in library.search("trade")])
        index = library.index
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    with Library.open([folder]) as library:
        assert library.update().added == 2
        assert (_titles(library), [hit[:8] for hit in library.search("trade")]) == before


def test_an_index_deleted_under_a_running_library_is_rebuilt(
    folder: Path, write: Callable[..., Path]
) -> None:
    write("a.yaml")
    with Library.open([folder]) as library:
        library.update()
        library.index.unlink()
        assert library.update().added == 1
        assert library.index.exists()
        assert library.search("Archer")


def test_a_damaged_index_file_is_rebuilt(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml")
    (folder / INDEX_DIR).mkdir()
    (folder / INDEX_DIR / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    with Library.open([folder]) as library:
        assert library.update().added == 1


def test_a_version_change_rebuilds_the_index(folder: Path, write: Callable[..., Path]) -> None:
    write("a.yaml")
    with Library.open([folder]) as library:
        library.update()
        index = library.index
    db = sqlite3.connect(index)
    db.execute("UPDATE meta SET value = 'briefing-tui 0.0.0' WHERE key = 'built_by'")
    db.commit()
    db.close()
    with Library.open([folder]) as library:
        assert library.update().added == 1  # everything indexed again
    db = sqlite3.connect(index)
    db.execute("UPDATE meta SET value = ? WHERE key = 'index_version'", (str(INDEX_VERSION + 1),))
    db.commit()
    db.close()
    with Library.open([folder]) as library:
        assert library.store.meta("index_version") == str(INDEX_VERSION)
        assert library.update().added == 1


def test_several_files_make_a_library(folder: Path, write: Callable[..., Path]) -> None:
    a = write("a.yaml")
    b = write("x/b.yaml", title="Other")
    write("c.yaml", title="Left out")
    with Library.open([a, b]) as library:
        library.update()
        assert {entry.path for entry in library.briefings()} == {a, b}
        assert not library.index.is_relative_to(folder)


def test_a_briefing_waiting_for_its_article_loads_when_the_article_appears(
    folder: Path, write: Callable[..., Path]
) -> None:
    path = write("a.yaml")
    article = folder / "a.txt"
    article.unlink()
    with Library.open([folder]) as library:
        library.update()
        [entry] = library.briefings()
        assert not entry.ok and "a.txt" in (entry.problem or "")
        article.write_text(ARTICLE, "utf-8")
        assert library.update().changed == 1
        [entry] = library.briefings()
        assert entry.ok and entry.path == path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_briefing_never_blocks_the_update(
    folder: Path, write: Callable[..., Path]
) -> None:
    import subprocess
    import sys

    write("a.yaml")
    os.mkfifo(folder / "pipe.yaml")
    code = (
        "import sys; from briefing_tui.library.index import Library\n"
        "library = Library.open([sys.argv[1]]); library.update()\n"
        "print([e.path.name for e in library.briefings()])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['a.yaml']"
