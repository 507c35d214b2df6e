"""Search positions from files the library keeps between searches: edits are always seen."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.library.filetext import FileTexts
from briefing_tui.library.index import Library
from briefing_tui.library.query import Marked, one_line

from .conftest import ARTICLE


def _word_at(file: Path, line: int, column: int) -> str:
    """The word at LINE:COL of the file as an editor shows it (independent reading)."""
    text = file.read_text("utf-8").splitlines()[line - 1]
    return re.match(r"\w+", text[column - 1 :]).group()  # type: ignore[union-attr]


def _bump(path: Path, text: str) -> None:
    """Rewrite `path` with a modification time surely different from the last one."""
    before = path.stat().st_mtime_ns
    path.write_text(text, "utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


@pytest.mark.parametrize("inline", [False, True], ids=["text_file", "inline"])
def test_a_second_search_after_an_edit_points_at_the_edited_file(
    folder: Path, write: Callable[..., Path], inline: bool
) -> None:
    path = write("a.yaml", inline=inline)
    with Library.open([folder]) as library:
        library.update()
        [first] = library.search("fisheries", 5)
        assert _word_at(first.file, first.line, first.column) == "fisheries"
        # Three lines in front of the article: every place moves down three lines.
        article = "Preface one.\nPreface two.\nPreface three.\n" + ARTICLE
        if inline:
            before = path.read_text("utf-8")
            write("a.yaml", inline=True, article=article)
            _bump(path, "\n\n\n" + path.read_text("utf-8"))
            assert path.read_text("utf-8") != before
        else:
            _bump(path.with_suffix(".txt"), article)
        library.update()
        [second] = library.search("fisheries", 5)
        assert _word_at(second.file, second.line, second.column) == "fisheries"
        assert second.line == first.line + 3


def test_kept_files_stay_within_their_budget(tmp_path: Path) -> None:
    files = FileTexts(keep_chars=100)
    paths = []
    for number in range(5):
        path = tmp_path / f"{number}.txt"
        path.write_text("word\n" * 10, "utf-8")  # 50 characters each
        paths.append(path)
        assert files.get(path) is not None
    assert files.kept() == paths[-2:]


def test_line_and_column_of_every_offset(tmp_path: Path) -> None:
    text = "ab\n\ncd\nefg"
    path = tmp_path / "t.txt"
    path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode())
    found = FileTexts().get(path)
    assert found is not None and found.text == text
    for offset in range(len(text) + 1):
        before = text[:offset]
        expected = (before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
        assert found.line_col(offset) == expected


def test_one_line_keeps_the_marks_on_their_words() -> None:
    text = "  Alpha \n\t beta  gamma\n"
    marked = Marked(text, [(text.index("beta"), text.index("beta") + 4), (2, 7)])
    shown = one_line(marked)
    assert shown.text == "Alpha beta gamma"
    assert [shown.text[a:b] for a, b in shown.matches] == ["beta", "Alpha"]
