"""Hostile text in the index, and search syntax in queries: always words, never syntax or SQL."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.library.index import Library
from briefing_tui.library.query import fts_query, words

from .conftest import ARTICLE

HOSTILE_ARTICLE = ARTICLE + (
    '\nNEAR(trade fisheries) AND "quoted" OR col:umn * ^start - minus; DROP TABLE briefings; --\n'
    "Escape \x1b]52;c;AAAA\x07 and \x9b31m and \u202edesrever and [@click=app.quit]x[/].\n"
)

QUERIES = [
    "NEAR(trade fisheries)",
    '"',
    '"unbalanced',
    "trade AND",
    "OR",
    "*",
    "col:umn",
    "^start",
    "- minus",
    "'; DROP TABLE briefings; --",
    "trade)(",
    "{trade}",
    "\x00\x1b[31m",
    "",
    "   ",
]


@pytest.fixture
def library(folder: Path, write: Callable[..., Path]) -> Library:
    write("a.yaml", article=HOSTILE_ARTICLE, title="[/] \x1b[2J [@click=app.quit]t")
    write("b.yaml", article=HOSTILE_ARTICLE, inline=True)
    opened = Library.open([folder])
    opened.update()
    return opened


@pytest.mark.parametrize("query", QUERIES)
def test_search_syntax_is_searched_as_words(library: Library, query: str) -> None:
    hits = library.search(query)
    found = {word for hit in hits for word in hit.snippet.casefold().split()}
    for word in words(query):
        # Every word of the query is in what was found, and nothing errs on the way.
        assert not hits or any(word in token for token in found)
    assert len(library.briefings()) == 2  # the tables are all still there


def test_operators_are_words_not_operators(library: Library) -> None:
    # `OR` as an operator would find "trade" alone; as a word, only passages holding "OR".
    assert {hit.briefing.name for hit in library.search("DROP TABLE briefings")} == {
        "a.yaml",
        "b.yaml",
    }
    assert library.search("trade OR zeppelin") == []
    assert library.search("NEAR zeppelin") == []
    assert fts_query('a"b NEAR(') == '"a" "b" "near"'
    assert fts_query("!!! ...") is None


def test_hostile_text_is_stored_as_written_and_shown_harmlessly(library: Library) -> None:
    [entry] = [entry for entry in library.briefings() if entry.path.name == "a.yaml"]
    assert entry.title == "[/] \x1b[2J [@click=app.quit]t"
    hits = library.search("escape")
    assert hits
    for hit in hits:
        # Controls are spaces in the searchable text: no escape byte can come back in a snippet.
        assert not any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in hit.snippet)


def test_the_search_command_prints_no_control_characters(folder: Path, library: Library) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "search", str(folder), "desrever"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "\x1b" not in result.stdout
    assert "desrever" in result.stdout
