"""Command palette provider: find any participant, event, topic or side by name, alias or title.

Imported only when the palette first opens. With 50,000 items a fuzzy match over every name on
each keystroke is too slow, so candidates are found first with C-speed searches over one joined,
casefolded text (substring hits, then in-order-letters hits), and only those few are scored and
highlighted. Every shown string is literal `Content`: the palette parses a `str` as markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Protocol, TypeVar, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from briefing_tui.app import safe
from briefing_tui.app.view.labels import STATUS_GLYPHS
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Side, Topic
from briefing_tui.format.text import visible

_Index = TypeVar("_Index")


class _History(Protocol):
    @property
    def entries(self) -> Sequence[str]: ...


class PaletteHost(Protocol):
    """What the provider needs of the App (a protocol: this module does not import the App)."""

    @property
    def briefing(self) -> Briefing: ...
    @property
    def history(self) -> _History: ...
    def jump_to(self, item_id: str, *, focus: bool = True, anchor: int | None = None) -> None: ...
    def search_index(self, factory: Callable[[Briefing], _Index]) -> _Index: ...


DOCUMENT_COMMAND = "Document: summary and source"
"""The palette's entry for the document (the app's own words, not the file's)."""

MAX_CANDIDATES = 60
"""How many items are scored and shown for one query."""

MATCH_LENGTH = 120
"""Names are fuzzy-scored on their first this many characters (the matcher's cost grows fast)."""


class SearchIndex:
    """Every name of every item in one casefolded text, one name per line."""

    def __init__(self, briefing: Briefing) -> None:
        names: list[str] = []
        owners: list[str] = []
        for item in briefing.items.values():
            for name in (item.label, *getattr(item, "aliases", ())):
                names.append(visible(name))
                owners.append(item.id)
        self.names = names
        self.owners = owners
        folded = [name.casefold().replace("\n", " ") for name in names]
        self.text = "\n".join(folded)
        self.line_starts: list[int] = []
        position = 0
        for name in folded:
            self.line_starts.append(position)
            position += len(name) + 1

    def _line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def candidates(self, query: str, limit: int = MAX_CANDIDATES) -> list[int]:
        """Name indices matching `query`: substring hits first, then letters in order."""
        query = query.casefold().strip()
        if not query:
            return []
        found: list[int] = []
        seen_items: set[str] = set()

        def add(line: int) -> bool:
            owner = self.owners[line]
            if owner not in seen_items:
                seen_items.add(owner)
                found.append(line)
            return len(found) >= limit

        text = self.text
        start = text.find(query)
        while start >= 0:
            line = self._line_of(start)
            if add(line):
                return found
            start = text.find(query, self.line_starts[line] + 1 + len(self.names[line]))
        letters = [re.escape(char) for char in query if not char.isspace()]
        if not letters:
            return found
        pattern = re.compile("[^\n]*?".join(letters))
        for match in pattern.finditer(text):
            if add(self._line_of(match.start())):
                break
        return found


def _describe(item: Item) -> Content:
    """A short literal note shown under a hit: kind and the most useful detail."""
    if isinstance(item, Event):
        return Content.assemble(
            f"event · {STATUS_GLYPHS[item.status]} {item.status.value} · ",
            date_range(item.when),
            " · ",
            safe.literal(item.when.text),
        )
    if isinstance(item, Participant):
        detail = safe.literal("; ".join(item.roles)) if item.roles else Content(item.kind.value)
        return Content.assemble("participant · ", detail)
    if isinstance(item, Topic):
        return Content(f"topic · {item.certainty.value}")
    assert isinstance(item, Side)
    return Content("side")


class BriefingCommands(Provider):
    """Jump to any item of the briefing by name."""

    @property
    def _app(self) -> PaletteHost:
        return cast(PaletteHost, self.app)

    def _index(self) -> SearchIndex:
        return self._app.search_index(SearchIndex)

    def _show_document(self) -> None:
        main = getattr(self.app, "main", None)
        if main is not None:
            main.action_show_document()

    def _document_hit(self, score: float, name: Content) -> Hit:
        document = self._app.briefing.document
        return Hit(
            score,
            name,
            self._show_document,
            text=DOCUMENT_COMMAND,
            help=Content.assemble("the bottom line: ", safe.literal(document.title)),
        )

    async def search(self, query: str) -> Hits:
        index = self._index()
        matcher = self.matcher(query)
        document_score = matcher.match(DOCUMENT_COMMAND)
        if document_score > 0:
            yield self._document_hit(document_score, _highlight(matcher, DOCUMENT_COMMAND))
        items = self._app.briefing.items
        scored: list[tuple[float, int]] = []
        for line in index.candidates(query):
            score = matcher.match(index.names[line][:MATCH_LENGTH])
            scored.append((score if score > 0 else 0.01, line))
        for score, line in scored:
            name = index.names[line]
            item = items[index.owners[line]]
            yield Hit(
                score,
                _highlight(matcher, name),
                partial(self._app.jump_to, item.id),
                text=name,
                help=_describe(item),
            )

    async def discover(self) -> Hits:
        for hit in self._discover_hits():
            yield hit

    def _discover_hits(self) -> Iterator[DiscoveryHit]:
        """With nothing typed: the document, then the items visited last (newest first), else
        the first people."""
        app = self._app
        yield DiscoveryHit(
            Content(DOCUMENT_COMMAND),
            self._show_document,
            text=DOCUMENT_COMMAND,
            help=Content("title, dateline, place, source and summary in the inspector (d)"),
        )
        items = app.briefing.items
        recent = [i for i in reversed(app.history.entries) if i in items]
        shown = list(dict.fromkeys(recent))[:8] or [p.id for p in app.briefing.participants[:8]]
        for item_id in shown:
            item = items[item_id]
            yield DiscoveryHit(
                safe.literal(item.label),
                partial(app.jump_to, item.id),
                text=visible(item.label),
                help=_describe(item),
            )


def _highlight(matcher: Matcher, name: str) -> Content:
    """`name` as literal Content with the matched letters styled (never parsed as markup).

    `Matcher.highlight` would parse a `str` as markup; here the offsets come from its fuzzy
    search and are applied to the literal text.
    """
    content = safe.literal(name)
    query = matcher.query
    style = matcher.match_style
    score, offsets = matcher.fuzzy_search.match(query, name[:MATCH_LENGTH])
    if not score:
        lowered = name.casefold()
        start = lowered.find(query.casefold())
        if start >= 0 and len(lowered) == len(name):
            return content.stylize(style, start, start + len(query))
        return content
    for offset in offsets:
        if offset < len(name) and not name[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content
