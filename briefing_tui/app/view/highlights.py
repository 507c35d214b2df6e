"""What the article highlights for a selection, and the span cursor that walks the highlights.

- the selected item's evidence quotes and its mentions (`MentionFinder`) are two short sorted
  lists made on each selection;
- the evidence of items linked to the selection is looked up in an index of every quote in the
  article (made once, on first use) and kept when its owner is in the linked set.

Highlights are found per line as the line is drawn (`highlights_in`); the span cursor moves over
all three kinds in text order. No Textual: the article widget styles what this finds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from briefing_tui.app.view.dateline import leading_dateline
from briefing_tui.format.model import Briefing

if TYPE_CHECKING:
    from briefing_tui.format.mentions import MentionFinder


class SpanKind(StrEnum):
    """Why a stretch of the article is highlighted."""

    EVIDENCE = "evidence"
    """An evidence quote of the selected item."""
    MENTION = "mention"
    """The selected item named (by its name or an alias)."""
    LINKED = "linked"
    """An evidence quote of an item linked to the selection."""
    DATELINE = "dateline"
    """The article's leading dateline (drawn as one, whatever is selected)."""


class Highlight(NamedTuple):
    """A highlighted stretch `[start, end)` of the article and the item it belongs to."""

    start: int
    end: int
    kind: SpanKind
    owner: str


class Highlights:
    """The highlights of one selection in one briefing's article, and the span cursor."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._finder: MentionFinder | None = None
        self._quote_starts: list[int] | None = None
        self._quotes: list[tuple[int, int, str]] = []
        self._longest_quote = 0
        self.selected: str | None = None
        """The item whose highlights these are."""
        self.linked: frozenset[str] = frozenset()
        self.evidence: list[Highlight] = []
        self.mentions: list[Highlight] = []
        self._mention_starts: list[int] = []
        self._targets: list[Highlight] | None = None
        self.cursor_index = -1
        """The span cursor's place in `targets()` (-1: none)."""
        span = leading_dateline(briefing.document.text)
        self.dateline = None if span is None else Highlight(*span, SpanKind.DATELINE, "")
        """The article's leading dateline, if it opens with one."""

    def select(self, item_id: str | None, linked: frozenset[str]) -> Highlight | None:
        """Highlight `item_id` and the evidence of `linked`; the span to show first (if any)."""
        self.selected = item_id
        self.linked = linked
        self._targets = None
        self.cursor_index = -1
        item = None if item_id is None else self.briefing.items.get(item_id)
        if item is None:
            self.evidence = []
            self.mentions = []
        else:
            self.evidence = sorted(
                (
                    Highlight(q.span.start, q.span.end, SpanKind.EVIDENCE, item.id)
                    for q in item.evidence
                ),
                key=lambda h: (h.start, h.end),
            )
            names = item.names
            if names:
                spans = self._mention_finder().spans(tuple(names))
                self.mentions = [
                    Highlight(s.start, s.end, SpanKind.MENTION, item.id) for s in spans
                ]
            else:
                self.mentions = []
        self._mention_starts = [h.start for h in self.mentions]
        if self.evidence:
            return self.evidence[0]
        return self.mentions[0] if self.mentions else None

    def _mention_finder(self) -> MentionFinder:
        if self._finder is None:
            from briefing_tui.format.mentions import MentionFinder

            self._finder = MentionFinder(self.briefing.document.text)
        return self._finder

    def _quote_index(self) -> tuple[list[int], list[tuple[int, int, str]]]:
        if self._quote_starts is None:
            quotes = sorted(
                (quote.span.start, quote.span.end, item.id)
                for item in self.briefing.items.values()
                for quote in item.evidence
            )
            self._quotes = quotes
            self._quote_starts = [start for start, _, _ in quotes]
            self._longest_quote = max((end - start for start, end, _ in quotes), default=0)
        return self._quote_starts, self._quotes

    def highlights_in(self, start: int, end: int) -> list[Highlight]:
        """Every highlight overlapping `[start, end)`: linked evidence first, the strongest last."""
        found: list[Highlight] = []
        dateline = self.dateline
        if dateline is not None and dateline.start < end and dateline.end > start:
            found.append(dateline)
        linked = self.linked
        selected = self.selected
        if linked:
            starts, quotes = self._quote_index()
            low = bisect_left(starts, start - self._longest_quote)
            high = bisect_left(starts, end)
            for position in range(low, high):
                q_start, q_end, owner = quotes[position]
                if q_end > start and owner in linked and owner != selected:
                    found.append(Highlight(q_start, q_end, SpanKind.LINKED, owner))
        found.extend(h for h in self.evidence if h.start < end and h.end > start)
        mentions = self.mentions
        if mentions:
            position = max(0, bisect_right(self._mention_starts, start) - 1)
            while position < len(mentions) and mentions[position].start < end:
                mention = mentions[position]
                if mention.end > start:
                    found.append(mention)
                position += 1
        return found

    def targets(self) -> list[Highlight]:
        """Every highlight in text order: what the span cursor walks."""
        if self._targets is None:
            targets = list(self.evidence) + list(self.mentions)
            linked = self.linked
            if linked:
                _, quotes = self._quote_index()
                selected = self.selected
                targets.extend(
                    Highlight(start, end, SpanKind.LINKED, owner)
                    for start, end, owner in quotes
                    if owner in linked and owner != selected
                )
            targets.sort(key=lambda h: (h.start, h.end, h.kind != SpanKind.EVIDENCE))
            self._targets = targets
        return self._targets

    @property
    def cursor(self) -> Highlight | None:
        """The highlight under the span cursor."""
        targets = self._targets
        if targets is None or not 0 <= self.cursor_index < len(targets):
            return None
        return targets[self.cursor_index]

    def cursor_to_offset(self, offset: int) -> None:
        """Put the span cursor on the highlight at `offset` (or nowhere)."""
        for index, target in enumerate(self.targets()):
            if target.start <= offset < max(target.end, target.start + 1):
                self.cursor_index = index
                return
        self.cursor_index = -1

    def next_index(self, from_offset: int) -> int | None:
        """Where `n` puts the span cursor: the next highlight, or the first from `from_offset`
        (the top of the view) when there is no cursor; None without highlights."""
        targets = self.targets()
        if not targets:
            return None
        if self.cursor is None:
            index = bisect_left([t.start for t in targets], from_offset)
            return index if index < len(targets) else 0
        return (self.cursor_index + 1) % len(targets)

    def previous_index(self) -> int | None:
        """Where `N` puts the span cursor; None without highlights."""
        targets = self.targets()
        if not targets:
            return None
        if self.cursor is None:
            return len(targets) - 1
        return (self.cursor_index - 1) % len(targets)

    def index_at(self, offset: int) -> int | None:
        """The index of the highlight covering `offset` (for a click)."""
        for index, target in enumerate(self.targets()):
            if target.start <= offset < target.end:
                return index
        return None


def evidence_on_top(highlights: list[Highlight]) -> list[Highlight]:
    """`highlights` with the stretches of linked quotes that the selection's own evidence covers
    cut out: the evidence is drawn on its own background, not blended into a linked quote's."""
    evidence = [(h.start, h.end) for h in highlights if h.kind is SpanKind.EVIDENCE]
    if not evidence:
        return highlights
    result: list[Highlight] = []
    for highlight in highlights:
        if highlight.kind is not SpanKind.LINKED:
            result.append(highlight)
            continue
        pieces = [(highlight.start, highlight.end)]
        for low, high in evidence:
            pieces = [
                part
                for start, end in pieces
                for part in ((start, min(end, low)), (max(start, high), end))
                if part[0] < part[1]
            ]
        result.extend(highlight._replace(start=start, end=end) for start, end in pieces)
    return result
