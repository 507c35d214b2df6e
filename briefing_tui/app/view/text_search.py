"""Searching the article's text (`/` in the article pane), no Textual import.

The matches of the typed text, case-insensitive, as `(start, end)` offsets into the article, and
the one the user is on; `n`/`N` walk them, wrapping at either end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class TextSearch:
    """The matches of one query in a text, and the current match."""

    def __init__(self, text: str) -> None:
        self._folded = text.casefold() if len(text.casefold()) == len(text) else None
        self._text = text
        self.query = ""
        """The text searched for ("" when no search is on)."""
        self.matches: list[tuple[int, int]] = []
        """Every match, in order, as article offsets."""
        self._starts: list[int] = []
        self.current: int | None = None
        """The index of the match the user is on."""

    @property
    def active(self) -> bool:
        """True while a search is on (even one without matches)."""
        return bool(self.query)

    def find(self, query: str, near: int = 0) -> tuple[int, int] | None:
        """Search for `query`; the current match is the first at or after offset `near`."""
        self.query = query
        self.matches = []
        self._starts = []
        self.current = None
        if not query:
            return None
        folded = query.casefold()
        if self._folded is not None and len(folded) == len(query):
            haystack, needle = self._folded, folded
        else:  # casefolding changes lengths here: match case-sensitively, offsets stay right
            haystack, needle = self._text, query
        start = haystack.find(needle)
        while start >= 0:
            self.matches.append((start, start + len(needle)))
            start = haystack.find(needle, start + max(1, len(needle)))
        if not self.matches:
            return None
        self._starts = starts = [match[0] for match in self.matches]
        index = bisect_left(starts, near)
        self.current = index if index < len(self.matches) else 0
        return self.matches[self.current]

    def step(self, direction: int) -> tuple[int, int] | None:
        """Move to the next (`direction` > 0) or previous match, wrapping; None without any."""
        if not self.matches:
            return None
        if self.current is None:
            self.current = 0 if direction > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + (1 if direction > 0 else -1)) % len(self.matches)
        return self.matches[self.current]

    def in_range(self, start: int, end: int) -> list[tuple[int, int]]:
        """The matches overlapping `[start, end)`."""
        if not self.matches:
            return []
        starts = self._starts
        low = max(0, bisect_right(starts, start) - 1)
        high = bisect_left(starts, end)
        return [m for m in self.matches[low:high] if m[1] > start and m[0] < end]

    def position(self) -> str:
        """`3/7` on the third of seven matches, `no match` without any."""
        if not self.matches:
            return "no match"
        return f"{(self.current or 0) + 1}/{len(self.matches)}"
