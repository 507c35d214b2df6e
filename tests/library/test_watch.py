"""A library kept open learns of changed files from the kernel (no stat of every file), and
falls back to the full pass for whatever the watcher cannot tell file by file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from briefing_tui.library import update as update_module
from briefing_tui.library.index import Library
from briefing_tui.library.sample import write_library
from briefing_tui.library.watch import Watcher

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or Watcher.create() is None, reason="no inotify"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    write_library(lib, 9)
    return lib


def _no_full_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a full pass over the files")

    monkeypatch.setattr(update_module, "scan", refuse)


def test_changes_are_found_without_a_full_pass(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open([folder]) as library:
        assert library.update().added == 9
        _no_full_pass(monkeypatch)
        assert not library.update().touched
        article = folder / "briefing-0001.txt"
        article.write_text(article.read_text("utf-8") + "\nA quokka was seen.\n", "utf-8")
        report = library.update()
        assert (report.added, report.changed, report.removed) == (0, 1, 0)
        assert [hit.briefing.name for hit in library.search("quokka")] == ["briefing-0001.yaml"]
        # A briefing copied in, then one deleted, then a rename (both at once).
        (folder / "copy.yaml").write_bytes((folder / "briefing-0003.yaml").read_bytes())
        assert library.update().added == 1
        (folder / "briefing-0004.yaml").unlink()
        assert library.update().removed == 1
        os.rename(folder / "copy.yaml", folder / "renamed.yaml")
        report = library.update()
        assert (report.added, report.removed) == (1, 1)
        names = sorted(entry.path.name for entry in library.briefings())
        assert "renamed.yaml" in names and "copy.yaml" not in names
        assert "briefing-0004.yaml" not in names and len(names) == 9


def test_a_rewrite_with_the_same_size_and_time_is_still_seen(folder: Path) -> None:
    with Library.open([folder]) as library:
        library.update()
        article = folder / "briefing-0002.txt"
        before = os.stat(article)
        text = article.read_text("utf-8")
        article.write_text(text.replace("Delegations", "Delegatiomz", 1), "utf-8")
        os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert os.stat(article).st_size == before.st_size
        assert library.update().changed == 1
        assert library.search("Delegatiomz")


def test_a_new_folder_is_found_by_a_full_pass(folder: Path) -> None:
    with Library.open([folder]) as library:
        library.update()
        sub = folder / "more"
        write_library(sub, 2, seed=5)
        report = library.update()
        assert report.added == 2
        # ... and watched from then on.
        article = sub / "briefing-0001.txt"
        article.write_text(article.read_text("utf-8") + "\nA wombat too.\n", "utf-8")
        assert library.update().changed == 1
        assert library.search("wombat")


def test_a_failed_update_does_not_lose_the_changes_it_was_told_of(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open([folder]) as library:
        library.update()
        article = folder / "briefing-0005.txt"
        article.write_text(article.read_text("utf-8") + "\nAn axolotl here.\n", "utf-8")
        with monkeypatch.context() as patched:

            def fail(*args: object, **kwargs: object) -> None:
                raise OSError("disk trouble")

            patched.setattr(update_module, "_batches", fail)
            with pytest.raises(OSError):
                library.update()
        assert library.update().changed == 1
        assert library.search("axolotl")
