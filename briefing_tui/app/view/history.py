"""Browser-like history of the items a reader jumped to.

A plain class with no Textual import, so its rules are easy to test: a new visit after going back
drops the forward entries, and visiting the item already current adds nothing.
"""

from __future__ import annotations


class History:
    """A list of visited item ids and a position in it."""

    def __init__(self, limit: int = 1000) -> None:
        self._entries: list[str] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        """The id the reader is at, or None before the first visit."""
        return self._entries[self._index] if self._index >= 0 else None

    @property
    def can_back(self) -> bool:
        """True when `back` would move."""
        return self._index > 0

    @property
    def can_forward(self) -> bool:
        """True when `forward` would move."""
        return self._index < len(self._entries) - 1

    @property
    def entries(self) -> tuple[str, ...]:
        """Every entry, oldest first."""
        return tuple(self._entries)

    @property
    def index(self) -> int:
        """The position of `current` in `entries` (-1 when empty)."""
        return self._index

    def visit(self, item_id: str) -> None:
        """Record a visit: forward entries are dropped, a repeat of `current` is ignored."""
        if self.current == item_id:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(item_id)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def back(self) -> str | None:
        """Step back and return the id there, or None (and stay) at the start."""
        if not self.can_back:
            return None
        self._index -= 1
        return self._entries[self._index]

    def forward(self) -> str | None:
        """Step forward and return the id there, or None (and stay) at the end."""
        if not self.can_forward:
            return None
        self._index += 1
        return self._entries[self._index]

    def forget(self, known: set[str] | frozenset[str]) -> None:
        """Drop entries whose ids are gone (after a reload), merging the repeats that leaves."""
        entries: list[str] = []
        index = -1
        for position, entry in enumerate(self._entries):
            if entry in known and (not entries or entries[-1] != entry):
                entries.append(entry)
            if position == self._index:
                index = len(entries) - 1
        self._entries = entries
        self._index = max(index, 0) if entries else -1
