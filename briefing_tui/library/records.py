"""What the library's queries return: small immutable records (no Textual, no model).

Every string in them comes from a briefing file and is untrusted: whoever shows one makes it
safe first (`format.text.visible` for a terminal line, `app.safe.literal` in the app).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, overload


class Entry(NamedTuple):
    """One briefing file of the library, as the index knows it."""

    id: int
    path: Path
    ok: bool
    problem: str | None
    published: str | None
    place: str | None
    title: str | None
    participants: int
    events: int
    topics: int
    warnings: int
    text_path: Path | None
    inline_text: bool


def entry(row: tuple[Any, ...], path_of: Callable[[str], Path]) -> Entry:
    """An `Entry` from a `Store.briefings` row."""
    return Entry(
        row[0],
        path_of(row[1]),
        row[2] == "ok",
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        None if row[11] is None else path_of(row[11]),
        bool(row[12]),
    )


class Entries(Sequence[Entry]):
    """The briefings of a library in the list's order, each `Entry` read when it is asked for.

    The order comes from the index as ids alone; the rows are read a block at a time around the
    one asked for (a list screen of ten thousand briefings shows forty). A row gone from the index
    in between (another process removed its file) reads as a briefing that no longer loads.
    """

    BLOCK = 64

    def __init__(
        self,
        listing: list[tuple[int, str]],
        fetch: Callable[[Sequence[int]], list[tuple[Any, ...]]],
        path_of: Callable[[str], Path],
    ) -> None:
        self._listing = listing
        self._fetch = fetch
        self._path_of = path_of
        self._made: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._listing)

    @overload
    def __getitem__(self, index: int) -> Entry: ...

    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...

    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self._listing)))]
        if index < 0:
            index += len(self._listing)
        if not 0 <= index < len(self._listing):
            raise IndexError(index)
        made = self._made.get(index)
        if made is None:
            self._read(index - index % self.BLOCK)
            made = self._made[index]
        return made

    def _read(self, start: int) -> None:
        block = self._listing[start : start + self.BLOCK]
        rows = {row[0]: row for row in self._fetch([briefing_id for briefing_id, _ in block])}
        for offset, (briefing_id, _) in enumerate(block):
            row = rows.get(briefing_id)
            if row is None:
                row = (briefing_id, "?", "gone", "no longer in the index", *(None,) * 3)
                row += (0, 0, 0, 0, None, 0)
            self._made[start + offset] = entry(row, self._path_of)

    def __iter__(self) -> Iterator[Entry]:
        return (self[index] for index in range(len(self._listing)))

    @property
    def ids(self) -> list[int]:
        """Every briefing's id, in order (nothing else read)."""
        return [briefing_id for briefing_id, _ in self._listing]

    @property
    def broken(self) -> int:
        """How many fail to load (nothing else read)."""
        return sum(1 for _, status in self._listing if status != "ok")


class StoryEvent(NamedTuple):
    """One event id across the library: how many briefings tell of it, whether they disagree."""

    item_id: str
    sort_key: str
    title: str
    when_text: str | None
    sources: int
    dates_disagree: bool
    published: str | None
    source_title: str | None
    briefing_id: int
    status: str | None

    @property
    def first_day(self) -> dt.date | None:
        """The first day the event can fall on (None when undated)."""
        undated, first, _, _ = self.sort_key.split("|")
        return None if undated == "1" else dt.date.fromisoformat(first)

    def is_after(self, day: dt.date) -> bool:
        """Whether the event comes after `day` on the timeline (after the "now" divider)."""
        undated, first, phase, _ = self.sort_key.split("|")
        if undated == "1":
            return False
        return (first, int(phase)) > (day.isoformat(), 1)


class Source(NamedTuple):
    """One briefing's version of an event."""

    briefing_id: int
    path: Path
    published: str
    briefing_title: str
    title: str
    when_text: str | None
    date_text: str | None
    earliest: str | None
    latest: str | None
    status: str | None
    certainty: str | None
    quote: str | None
    quote_start: int | None


class Entity(NamedTuple):
    """A participant id across the library."""

    item_id: str
    name: str
    briefings: int
    kind: str | None


class Appearance(NamedTuple):
    """How one briefing gives an item."""

    briefing_id: int
    path: Path
    published: str
    briefing_title: str
    kind: str
    name: str
    detail: str | None
    side: str | None
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    quote: str | None
    quote_start: int | None


class Linked(NamedTuple):
    """An event or topic linked to an item in one briefing, with its first quote."""

    briefing_id: int
    path: Path
    published: str
    briefing_title: str
    kind: str
    item_id: str
    title: str
    when_text: str | None
    status: str | None
    quote: str | None
    quote_start: int | None


class Hit(NamedTuple):
    """A search result: where the first matched word is, and a snippet around it.

    `file` is the article's text file, or the briefing for an inline article; `line` and `column`
    are 1-based in that file. `offset` is the match's character offset in the article, for the
    reader. `snippet` is one line with the matched words at `matches` (offsets into it).
    """

    briefing_id: int
    briefing: Path
    file: Path
    line: int
    column: int
    offset: int
    snippet: str
    matches: tuple[tuple[int, int], ...]
    item_id: str | None
    title: str | None
