"""Where the article mentions an item by one of its names (its name and aliases).

Asked on demand when the reader's selection changes, over articles of several megabytes: the text
is collapsed once (whitespace runs to one space, so "Joe\\nBiden" matches "Joe Biden"), each name is
found with `str.find` (a fast C search, far quicker than a regex alternation), and the answers are
kept in a small LRU cache keyed by the names.
"""

from __future__ import annotations

from collections import OrderedDict

from briefing_tui.format.model import Span
from briefing_tui.format.quotes import NormalizedText, normalize, whole_word_occurrences

__all__ = ["MentionFinder"]

_CACHE_SIZE = 128


class MentionFinder:
    """Finds whole-word, case-sensitive mentions of names in one article."""

    def __init__(self, text: str, *, cache_size: int = _CACHE_SIZE) -> None:
        self._text = text
        self._collapsed: NormalizedText | None = None
        self._cache: OrderedDict[tuple[str, ...], tuple[Span, ...]] = OrderedDict()
        self._cache_size = cache_size

    def spans(self, names: tuple[str, ...]) -> tuple[Span, ...]:
        """Every mention of any of `names`, sorted, with overlapping spans merged into one.

        Whitespace inside a name matches any run of whitespace; a name never matches inside a
        longer word ("Iran" is not a mention of "Ira").
        """
        cached = self._cache.get(names)
        if cached is not None:
            self._cache.move_to_end(names)
            return cached
        result = self._find(names)
        self._cache[names] = result
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result

    @property
    def _normalized(self) -> NormalizedText:
        """The collapsed article, made on first use so building a finder costs nothing."""
        if self._collapsed is None:
            self._collapsed = NormalizedText(self._text)
        return self._collapsed

    def _find(self, names: tuple[str, ...]) -> tuple[Span, ...]:
        ranges: list[tuple[int, int]] = []
        for name in {normalize(name) for name in names}:
            if name:
                ranges.extend(self._occurrences(name))
        if not ranges:
            return ()
        ranges.sort()
        merged: list[Span] = []
        start, end = ranges[0]
        for next_start, next_end in ranges[1:]:
            if next_start < end:
                end = max(end, next_end)
            else:
                merged.append(self._normalized.span(start, end))
                start, end = next_start, next_end
        merged.append(self._normalized.span(start, end))
        return tuple(merged)

    def _occurrences(self, name: str) -> list[tuple[int, int]]:
        """`[start, end)` in the collapsed text of each whole-word occurrence of `name`."""
        length = len(name)
        return [
            (start, start + length) for start in whole_word_occurrences(self._normalized.text, name)
        ]
