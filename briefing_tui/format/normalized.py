"""An article as quotes are compared with it: forgiving where it costs nothing, with the way back.

A quote matches the article whatever its whitespace (any run of whitespace, non-breaking spaces
included, matches any run), whatever its quotation marks (“ ” „ match ", ‘ ’ ‚ match ') and
whatever its dashes (a run of hyphens or dashes, - ‐ ‑ ‒ – — ― −, matches any such run: "--"
typed for "—"). `normalize` is what a quote becomes; `NormalizedText` is the article made the
same way, with a map from its offsets back to the original text, so that spans index the article
exactly as loaded.
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
_SPACE_OR_DASH_RUN = re.compile("  +|--+")
_DASH_RUN = re.compile("--+")
_FOLD = {
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f"), '"'),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b"), "'"),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"),
}
"""Typographic quotation marks and dashes to their plain forms (one character for one)."""
_TYPOGRAPHIC = re.compile("[" + "".join(map(chr, _FOLD)) + "]")
_DASHES = frozenset("-" + "".join(chr(code) for code, plain in _FOLD.items() if plain == "-"))
_ASCII_SPACES = {code: " " for code in range(128) if chr(code).isspace()}
"""ASCII whitespace to spaces: `str.translate` with it is a fast path for ASCII text."""


def normalize(text: str) -> str:
    """`text` as quotes are compared: every run of whitespace one space, trimmed at both ends,
    typographic quotation marks and dashes plain, and every run of dashes one hyphen.

    `str.split` and `re`'s `\\s` agree on what whitespace is (`str.isspace`), so this matches
    how the article is collapsed.
    """
    text = " ".join(text.split())
    if not text.isascii():
        text = text.translate(_FOLD)
    return _DASH_RUN.sub("-", text) if "--" in text else text


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
    """An article made as `normalize` makes a quote, and the way back to the original.

    `text` turns each whitespace run into one space and each run of dashes into one hyphen, so
    offsets shift only after runs longer than one character. Those are few (paragraph breaks),
    so the map back to the original is a short sorted list searched with `bisect`, not a table
    per character. Every whitespace character first becomes a space and every typographic mark
    its plain form (the same length), then runs are found with a literal search, which `re` does
    far faster than scanning for a class like `\\s`.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        if original.isascii():
            spaced = original.translate(_ASCII_SPACES)
        else:
            spaced = _OTHER_SPACE.sub(" ", original)
            if _TYPOGRAPHIC.search(spaced) is not None:
                spaced = spaced.translate(_FOLD)
        runs = _SPACE_OR_DASH_RUN if "--" in spaced else _SPACE_RUN
        breaks: list[int] = []
        removed: list[int] = [0]
        total = 0
        for match in runs.finditer(spaced):
            breaks.append(match.start() - total + 1)
            total += match.end() - match.start() - 1
            removed.append(total)
        if not breaks:
            self.text: str = spaced
        elif runs is _SPACE_RUN:
            self.text = _SPACE_RUN.sub(" ", spaced)
        else:
            self.text = runs.sub(_first_character, spaced)
        self._breaks = array("q", breaks)
        self._removed = array("q", removed)

    def to_original(self, offset: int) -> int:
        """The offset in the original text of the character at `offset` in the normalized text."""
        return offset + self._removed[bisect.bisect_right(self._breaks, offset)]

    def span(self, start: int, end: int) -> Span:
        """The original span of collapsed `[start, end)`, which starts and ends on a non-space
        (a hyphen at the end stands for its whole run of dashes in the original)."""
        last = self.to_original(end - 1) + 1
        if self.text[end - 1] == "-":
            original = self.original
            while last < len(original) and original[last] in _DASHES:
                last += 1
        return Span(self.to_original(start), last)


def _first_character(match: re.Match[str]) -> str:
    return match.group()[0]
