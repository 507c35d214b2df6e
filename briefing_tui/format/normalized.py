"""An article as quotes are compared with it: whitespace runs collapsed, with the way back.

A quote matches the article whatever its whitespace (any run of whitespace in a quote matches
any run in the article). `normalize` is what a quote becomes; `NormalizedText` is the article
made the same way, with a map from its offsets back to the original text, so that spans index
the article exactly as loaded.
"""

from __future__ import annotations

import bisect
import re
from array import array

from briefing_tui.format.model import Span

__all__ = [
    "NormalizedText",
    "at_word_bounds",
    "is_word_char",
    "normalize",
    "whole_word_occurrences",
]

_OTHER_SPACE = re.compile(r"[^\S ]")
_SPACE_RUN = re.compile("  +")
_ASCII_SPACES = {code: " " for code in range(128) if chr(code).isspace()}
"""ASCII whitespace to spaces: `str.translate` with it is a fast path for ASCII text."""


def normalize(text: str) -> str:
    """`text` with every run of whitespace collapsed to one space, trimmed at both ends.

    `str.split` and `re`'s `\\s` agree on what whitespace is (`str.isspace`), so this matches
    how the article is collapsed.
    """
    return " ".join(text.split())


def is_word_char(char: str) -> bool:
    """A character `\\w` matches: a letter, a digit or `_`."""
    return char.isalnum() or char == "_"


def at_word_bounds(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` neither begins nor ends inside a longer word."""
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    return not (end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]))


def whole_word_occurrences(text: str, needle: str) -> list[int]:
    """Where `needle` stands in `text` as whole words ("Ira" is not found in "Iran")."""
    found: list[int] = []
    if not needle:
        return found
    length = len(needle)
    start = text.find(needle)
    while start >= 0:
        if at_word_bounds(text, start, start + length):
            found.append(start)
        start = text.find(needle, start + 1)
    return found


class NormalizedText:
    """An article with its whitespace runs collapsed to single spaces, and the way back.

    `text` keeps every character but turns each whitespace run into one space, so offsets shift
    only after runs longer than one character. Those are few (paragraph breaks), so the map back
    to the original is a short sorted list searched with `bisect`, not a table per character.
    Every whitespace character first becomes a space (the same length), then runs of spaces are
    found with a literal search, which `re` does far faster than scanning for a class like `\\s`.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        if original.isascii():
            spaced = original.translate(_ASCII_SPACES)
        else:
            spaced = _OTHER_SPACE.sub(" ", original)
        breaks: list[int] = []
        removed: list[int] = [0]
        total = 0
        for match in _SPACE_RUN.finditer(spaced):
            breaks.append(match.start() - total + 1)
            total += match.end() - match.start() - 1
            removed.append(total)
        self.text: str = _SPACE_RUN.sub(" ", spaced) if breaks else spaced
        self._breaks = array("q", breaks)
        self._removed = array("q", removed)

    def to_original(self, offset: int) -> int:
        """The offset in the original text of the character at `offset` in the normalized text."""
        return offset + self._removed[bisect.bisect_right(self._breaks, offset)]

    def span(self, start: int, end: int) -> Span:
        """The original span of collapsed `[start, end)`, which starts and ends on a non-space."""
        return Span(self.to_original(start), self.to_original(end - 1) + 1)
