"""Evidence quotes that select exactly the words meant: verbatim, and unambiguous.

A quote is the article's words for a span. When the same words occur more than once, the words
just before them (`prefix`) or after them (`suffix`) are added until the format's own resolver
(`briefing_tui.format.quotes.ArticleIndex`) finds this place and no other.
"""

from __future__ import annotations

import re

from briefing_tui.format.quotes import ArticleIndex, QuoteError, at_word_bounds

_EDGE = " \t\n\r,;:—–-([{\"'“‘"
_TAIL = " \t\n\r,;:—–-)]}\"'”’"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and punctuation, widened to whole words."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


class Anchorer:
    """Makes quotes for spans of one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = ArticleIndex(text)
        self._patterns: dict[str, re.Pattern[str]] = {}

    def quote(self, start: int, end: int) -> dict[str, str] | None:
        """`{"exact": ...}` plus `prefix`/`suffix` when needed; None when no quote settles it."""
        start, end = trim(self.text, start, end)
        if end <= start or not at_word_bounds(self.text, start, end):
            return None
        exact = self.text[start:end]
        places = self._places(exact)
        if places == [start]:
            return {"exact": exact} if self._selects(exact, "", "", start, end) else None
        if start not in places:
            return None
        others = [place for place in places if place != start]
        ends = {place: self._end_of(place, exact) for place in places}
        for count in range(1, 9):
            prefix = self._before(start, count)
            if (
                prefix
                and all(self._before(other, count) != prefix for other in others)
                and self._selects(exact, prefix, "", start, end)
            ):
                return {"prefix": prefix, "exact": exact}
            suffix = self._after(end, count)
            if (
                suffix
                and all(self._after(ends[other], count) != suffix for other in others)
                and self._selects(exact, "", suffix, start, end)
            ):
                return {"exact": exact, "suffix": suffix}
        return None

    def _places(self, exact: str) -> list[int]:
        """Where the words of `exact` stand in the article (any whitespace between them)."""
        pattern = self._patterns.get(exact)
        if pattern is None:
            words = exact.split()
            pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
            self._patterns[exact] = pattern
        return [
            match.start()
            for match in pattern.finditer(self.text)
            if at_word_bounds(self.text, match.start(), match.end())
        ]

    def _end_of(self, place: int, exact: str) -> int:
        match = self._patterns[exact].match(self.text, place)
        return match.end() if match else place

    def _selects(self, exact: str, prefix: str, suffix: str, start: int, end: int) -> bool:
        try:
            span = self.index.resolve(exact, prefix, suffix)
        except QuoteError:
            return False
        return (span.start, span.end) == (start, end)

    def _before(self, start: int, count: int) -> str:
        words = self.text[max(0, start - 200) : start].split()
        return " ".join(words[-count:]) if len(words) >= count else ""

    def _after(self, end: int, count: int) -> str:
        words = self.text[end : end + 200].split()
        return " ".join(words[:count]) if len(words) >= count else ""
