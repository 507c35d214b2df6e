"""The article pane: the text, wrapped, with the selection's evidence and mentions highlighted.

Built for a synthetic article of several megabytes. The text is split into paragraphs once; a
paragraph is wrapped only when it is about to be shown (and then cached for that width), the
others count with an estimated height until then. Highlights are found while a line is drawn:

- the selected item's evidence quotes and its mentions (`MentionFinder`) are two short sorted
  lists made on each selection;
- the evidence of items linked to the selection is looked up in an index of every quote in the
  article (made once, on first use) and kept when its owner is in the linked set.

`n`/`N` move a span cursor over all three kinds of highlight in text order, Enter announces the
item the span belongs to (`SpanChosen`), so the reader can go from the text to the model.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.app import keys
from briefing_tui.app.heights import LineHeights
from briefing_tui.app.labels import SPAN_CURSOR_GLYPH
from briefing_tui.app.widgets.linelist import (
    drawing_state,
    forget_styles,
    line_strip,
    scroll_percent,
    set_border_text,
    set_virtual_size,
    visual_style,
)
from briefing_tui.app.widgets.messages import ItemChosen
from briefing_tui.app.wrap import estimate_lines, wrap_starts
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from briefing_tui.format.mentions import MentionFinder

EAGER_WRAP_LIMIT = 1_000_000
"""Articles up to this many characters are wrapped whole when the width changes (a few ms)."""

_GUTTER = 2
_CACHE_LIMIT = 512
_PLAIN_CACHE_LIMIT = 512
"""Rendered lines kept (about twenty screens). A Strip is a dozen objects the cycle collector
walks on every full collection: 4,096 cached lines made each one cost ~20 ms mid-keypress."""


class SpanKind(StrEnum):
    """Why a stretch of the article is highlighted."""

    EVIDENCE = "evidence"
    """An evidence quote of the selected item."""
    MENTION = "mention"
    """The selected item named (by its name or an alias)."""
    LINKED = "linked"
    """An evidence quote of an item linked to the selection."""


class Highlight(NamedTuple):
    """A highlighted stretch `[start, end)` of the article and the item it belongs to."""

    start: int
    end: int
    kind: SpanKind
    owner: str


class _Paragraph(NamedTuple):
    """A paragraph as shown: its display text, where its lines start, and offset maps if needed."""

    display: str
    starts: list[int]
    to_display: list[int] | None = None
    to_original: list[int] | None = None


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The article text with highlights and a span cursor."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--evidence",
        "article--mention",
        "article--linked",
        "article--span-cursor",
        "article--gutter",
    }

    class SpanChosen(ItemChosen):
        """The user pressed Enter on a highlighted span: select the item it belongs to."""

    def __init__(self, briefing: Briefing, *, id: str = "article") -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self._text = briefing.document.text
        self._para_starts: list[int] | None = None
        self._para_ends: list[int] = []
        self._width = -1
        self._paragraphs: dict[int, _Paragraph] = {}
        self._heights = LineHeights()
        self._finder: MentionFinder | None = None
        self._quote_starts: list[int] | None = None
        self._quotes: list[tuple[int, int, str]] = []
        self._longest_quote = 0
        self._selected: str | None = None
        self._linked: frozenset[str] = frozenset()
        self._evidence: list[Highlight] = []
        self._mentions: list[Highlight] = []
        self._mention_starts: list[int] = []
        self._targets: list[Highlight] | None = None
        self._span_cursor = -1
        self._pending_offset: int | None = None
        self._cache: dict[int, Strip] = {}
        self._plain_cache: dict[tuple[int, int], Strip] = {}
        self.border_title = "Article"

    # Public state (read-only) for the App and tests.

    @property
    def selected_id(self) -> str | None:
        """The item whose highlights are shown."""
        return self._selected

    @property
    def evidence_spans(self) -> list[tuple[int, int]]:
        """The selected item's evidence quotes, as `(start, end)` offsets."""
        return [(h.start, h.end) for h in self._evidence]

    @property
    def mention_spans(self) -> list[tuple[int, int]]:
        """Where the article names the selected item, as `(start, end)` offsets."""
        return [(h.start, h.end) for h in self._mentions]

    @property
    def linked_spans(self) -> list[tuple[int, int, str]]:
        """The evidence of items linked to the selection, as `(start, end, owner)` (not cheap)."""
        return [(h.start, h.end, h.owner) for h in self._all_targets() if h.kind == SpanKind.LINKED]

    @property
    def span_cursor(self) -> Highlight | None:
        """The highlighted span under the span cursor (moved with `n` / `N`)."""
        targets = self._targets
        if targets is None or not 0 <= self._span_cursor < len(targets):
            return None
        return targets[self._span_cursor]

    @property
    def first_visible_offset(self) -> int:
        """The article offset at the start of the first visible line (for tests)."""
        self._prepare()
        paragraph, line = self._locate(round(self.scroll_offset.y))
        if paragraph < 0:
            return 0
        para = self._paragraph(paragraph)
        start = para.starts[min(line, len(para.starts) - 1)]
        return self._para_starts_list[paragraph] + self._original(para, start)

    # Selection.

    def show(
        self, item_id: str | None, linked: frozenset[str], *, anchor: int | None = None
    ) -> None:
        """Highlight `item_id`'s evidence and mentions and `linked` items' evidence.

        Scrolls to the first highlighted span (unless it is in view already), or, with `anchor`,
        keeps the view and puts the span cursor on the span at that offset.
        """
        self._selected = item_id
        self._linked = linked
        self._targets = None
        self._span_cursor = -1
        item = None if item_id is None else self.briefing.items.get(item_id)
        if item is None:
            self._evidence = []
            self._mentions = []
        else:
            self._evidence = sorted(
                (
                    Highlight(q.span.start, q.span.end, SpanKind.EVIDENCE, item.id)
                    for q in item.evidence
                ),
                key=lambda h: (h.start, h.end),
            )
            names = item.names
            if names:
                spans = self._mention_finder().spans(tuple(names))
                self._mentions = [
                    Highlight(s.start, s.end, SpanKind.MENTION, item.id) for s in spans
                ]
            else:
                self._mentions = []
        self._mention_starts = [h.start for h in self._mentions]
        self._cache.clear()
        if anchor is not None:
            self._cursor_to_offset(anchor)
        else:
            first = (
                self._evidence[0]
                if self._evidence
                else (self._mentions[0] if self._mentions else None)
            )
            if first is not None:
                self._scroll_offset_into_view(first.start)
        self.refresh()

    def _mention_finder(self) -> MentionFinder:
        if self._finder is None:
            from briefing_tui.format.mentions import MentionFinder

            self._finder = MentionFinder(self._text)
        return self._finder

    # Paragraphs and wrapping.

    @property
    def _para_starts_list(self) -> list[int]:
        if self._para_starts is None:
            text = self._text
            starts = [0]
            starts.extend(match.end() for match in re.finditer("\n", text))
            self._para_starts = starts
            self._para_ends = [start - 1 for start in starts[1:]]
            self._para_ends.append(len(text))
        return self._para_starts

    def _wrap_width(self) -> int:
        return max(1, self.scrollable_content_region.width - _GUTTER)

    def _reset(self, width: int) -> None:
        starts = self._para_starts_list
        ends = self._para_ends
        self._width = width
        self._paragraphs = {}
        self._cache.clear()
        self._plain_cache.clear()
        if len(self._text) <= EAGER_WRAP_LIMIT:
            self._heights = LineHeights(
                len(self._paragraph(index).starts) for index in range(len(starts))
            )
        else:
            self._heights = LineHeights(
                estimate_lines(end - start, width) for start, end in zip(starts, ends, strict=True)
            )
        self._rebuild_prefix()

    def _rebuild_prefix(self) -> None:
        """Tell the scroll machinery the article's height (after heights changed)."""
        set_virtual_size(self, Size(self.scrollable_content_region.width, self._heights.total))

    def _paragraph(self, index: int) -> _Paragraph:
        para = self._paragraphs.get(index)
        if para is None:
            raw = self._text[self._para_starts_list[index] : self._para_ends[index]]
            display = visible(raw, multiline=True).replace("\t", " ")
            starts = wrap_starts(display, self._width)
            if len(display) == len(raw):
                para = _Paragraph(display, starts)
            else:
                para = _Paragraph(display, starts, *_offset_maps(raw))
            self._paragraphs[index] = para
        return para

    def _ensure(self, index: int) -> bool:
        """Wrap paragraph `index` exactly; True when its height differed from the estimate."""
        height = len(self._paragraph(index).starts)
        if self._heights[index] != height:
            self._heights.set(index, height)
            return True
        return False

    def _prepare(self) -> bool:
        """Wrap what the viewport shows; False while the widget has no size yet."""
        if self.scrollable_content_region.width <= 0:
            return False
        width = self._wrap_width()
        if width != self._width:
            self._reset(width)
        self._ensure_view(round(self.scroll_offset.y))
        return True

    def _ensure_view(self, top: int) -> bool:
        """Wrap exactly every paragraph a view starting at line `top` shows; True if any moved."""
        height = self.scrollable_content_region.height
        count = len(self._heights)
        index, _ = self._locate(top)
        if index < 0:
            return False
        covered = self._heights.start(index)
        changed = False
        while index < count and covered < top + height:
            changed |= self._ensure(index)
            covered += self._heights[index]
            index += 1
        if changed:
            self._rebuild_prefix()
        return changed

    def _locate(self, y: int) -> tuple[int, int]:
        """The paragraph holding line `y` and the line within it ((-1, 0) when empty)."""
        return self._heights.locate(y)

    def _original(self, para: _Paragraph, display_offset: int) -> int:
        if para.to_original is None:
            return display_offset
        return para.to_original[min(display_offset, len(para.to_original) - 1)]

    def _display(self, para: _Paragraph, original_offset: int) -> int:
        if para.to_display is None:
            return original_offset
        return para.to_display[max(0, min(original_offset, len(para.to_display) - 1))]

    def line_of_offset(self, offset: int) -> int:
        """The wrapped line (y) that shows article offset `offset`."""
        starts = self._para_starts_list
        index = max(0, bisect_right(starts, offset) - 1)
        if self._ensure(index):
            self._rebuild_prefix()
        para = self._paragraph(index)
        column = self._display(para, offset - starts[index])
        return self._heights.start(index) + max(0, bisect_right(para.starts, column) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding `offset` is near the top third of the view.

        The paragraphs the new view shows are wrapped before scrolling, so the frame drawn next
        needs no correction (and no second frame).
        """
        if not self._prepare():
            self._pending_offset = offset
            return
        self._scroll_to_line(offset, lambda y, height: y - height // 3)

    def _scroll_to_line(self, offset: int, place: Callable[[int, int], int]) -> None:
        height = self.scrollable_content_region.height
        target = 0
        for _ in range(4):
            y = self.line_of_offset(offset)
            target = max(0, min(place(y, height), self._heights.total - height))
            if not self._ensure_view(target):
                break
        self.scroll_to(y=target, animate=False)

    def _scroll_offset_into_view(self, offset: int) -> None:
        if not self._prepare():
            self._pending_offset = offset
            return
        top = round(self.scroll_offset.y)
        y = self.line_of_offset(offset)
        height = self.scrollable_content_region.height
        if not top <= y < top + height:
            self._scroll_to_line(offset, lambda y, height: y - height // 3)

    # Highlight lookup.

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

    def _highlights_in(self, start: int, end: int) -> list[Highlight]:
        """Every highlight overlapping `[start, end)`: linked evidence first, the strongest last."""
        found: list[Highlight] = []
        linked = self._linked
        selected = self._selected
        if linked:
            starts, quotes = self._quote_index()
            low = bisect_left(starts, start - self._longest_quote)
            high = bisect_left(starts, end)
            for position in range(low, high):
                q_start, q_end, owner = quotes[position]
                if q_end > start and owner in linked and owner != selected:
                    found.append(Highlight(q_start, q_end, SpanKind.LINKED, owner))
        found.extend(h for h in self._evidence if h.start < end and h.end > start)
        mentions = self._mentions
        if mentions:
            position = max(0, bisect_right(self._mention_starts, start) - 1)
            while position < len(mentions) and mentions[position].start < end:
                mention = mentions[position]
                if mention.end > start:
                    found.append(mention)
                position += 1
        return found

    def _all_targets(self) -> list[Highlight]:
        if self._targets is None:
            targets = list(self._evidence) + list(self._mentions)
            linked = self._linked
            if linked:
                _, quotes = self._quote_index()
                selected = self._selected
                targets.extend(
                    Highlight(start, end, SpanKind.LINKED, owner)
                    for start, end, owner in quotes
                    if owner in linked and owner != selected
                )
            targets.sort(key=lambda h: (h.start, h.end, h.kind != SpanKind.EVIDENCE))
            self._targets = targets
        return self._targets

    # Span cursor.

    def _set_span_cursor(self, index: int) -> None:
        self._span_cursor = index
        self._cache.clear()
        target = self.span_cursor
        if target is not None:
            self._scroll_offset_into_view(target.start)
        self.refresh()

    def _cursor_to_offset(self, offset: int) -> None:
        targets = self._all_targets()
        for index, target in enumerate(targets):
            if target.start <= offset < max(target.end, target.start + 1):
                self._span_cursor = index
                return
        self._span_cursor = -1

    def action_next_span(self) -> None:
        """Move the span cursor to the next highlighted span."""
        targets = self._all_targets()
        if not targets:
            self.app.bell()
            return
        current = self.span_cursor
        if current is None:
            top_offset = self.first_visible_offset
            index = bisect_left([t.start for t in targets], top_offset)
            self._set_span_cursor(index if index < len(targets) else 0)
        else:
            self._set_span_cursor((self._span_cursor + 1) % len(targets))

    def action_previous_span(self) -> None:
        """Move the span cursor to the previous highlighted span."""
        targets = self._all_targets()
        if not targets:
            self.app.bell()
            return
        if self.span_cursor is None:
            self._set_span_cursor(len(targets) - 1)
        else:
            self._set_span_cursor((self._span_cursor - 1) % len(targets))

    def action_choose_span(self) -> None:
        """Select the item the span under the span cursor belongs to."""
        target = self.span_cursor
        if target is None:
            self.app.bell()
            return
        self.post_message(self.SpanChosen(self, target.owner, offset=target.start))

    def action_scroll_up(self) -> None:
        """Scroll up a line."""
        self.scroll_relative(y=-1, animate=False)

    def action_scroll_down(self) -> None:
        """Scroll down a line."""
        self.scroll_relative(y=1, animate=False)

    def action_page_up(self) -> None:
        """Scroll up a page."""
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_page_down(self) -> None:
        """Scroll down a page."""
        self.scroll_relative(y=max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_scroll_home(self) -> None:
        """Scroll to the top."""
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        """Scroll to the end."""
        if self._prepare() and self._heights:
            last = len(self._heights) - 1
            changed = False
            covered = 0
            index = last
            height = self.scrollable_content_region.height
            while index >= 0 and covered < height:
                changed |= self._ensure(index)
                covered += self._heights[index]
                index -= 1
            if changed:
                self._rebuild_prefix()
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._prepare():
            return
        paragraph, line = self._locate(offset.y + round(self.scroll_offset.y))
        if paragraph < 0:
            return
        para = self._paragraph(paragraph)
        if line >= len(para.starts):
            return
        column = para.starts[line] + max(0, offset.x - _GUTTER)
        article_offset = self._para_starts_list[paragraph] + self._original(para, column)
        targets = self._all_targets()
        for index, target in enumerate(targets):
            if target.start <= article_offset < target.end:
                if index == self._span_cursor or event.chain > 1:
                    self.post_message(self.SpanChosen(self, target.owner, offset=target.start))
                else:
                    self._set_span_cursor(index)
                return

    # Rendering.

    def notify_style_update(self) -> None:
        forget_styles(self)
        self._cache.clear()
        self._plain_cache.clear()
        super().notify_style_update()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_position()

    def _update_position(self) -> None:
        """Show how far down the article is (`37%`) in the bottom border."""
        set_border_text(self, scroll_percent(self), bottom=True)

    def _restyled(self) -> None:
        self._cache.clear()
        self._plain_cache.clear()
        self.refresh()

    def on_focus(self, event: events.Focus) -> None:
        self._restyled()

    def on_blur(self, event: events.Blur) -> None:
        self._restyled()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._scroll_to_pending()
        self._update_position()

    def _scroll_to_pending(self) -> None:
        """Scroll to where `show` asked for before the article had a size, now that it has one."""
        if self._prepare() and self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            self.scroll_to_offset(offset)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Here as well as on Resize: Textual draws a widget before it gets its first Resize, and
        # the first frame should show the selection's evidence, not the top of the article.
        self._scroll_to_pending()
        self._update_position()
        with drawing_state(self):
            return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line_y = y + round(self.scroll_offset.y)
        strip = self._cache.get(line_y)
        if strip is not None and strip.cell_length == width:
            return strip
        strip = self._render_wrapped_line(line_y, width)
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[line_y] = strip
        return strip

    def _render_wrapped_line(self, y: int, width: int) -> Strip:
        base = self.get_visual_style()
        if self._width < 0:
            return Strip.blank(width, base.rich_style)
        paragraph, line = self._locate(y)
        if paragraph < 0:
            return Strip.blank(width, base.rich_style)
        para = self._paragraph(paragraph)
        if line >= len(para.starts):
            return Strip.blank(width, base.rich_style)
        display_start = para.starts[line]
        display_end = para.starts[line + 1] if line + 1 < len(para.starts) else len(para.display)
        text = para.display[display_start:display_end]
        para_start = self._para_starts_list[paragraph]
        start = para_start + self._original(para, display_start)
        end = para_start + self._original(para, display_end)
        cursor = self.span_cursor
        highlights = self._highlights_in(start, end)
        on_cursor = cursor is not None and cursor.start < end and cursor.end > start
        if not highlights and not on_cursor:
            key = (paragraph, line)
            strip = self._plain_cache.get(key)
            if strip is None:
                if len(self._plain_cache) > _PLAIN_CACHE_LIMIT:
                    self._plain_cache.clear()
                strip = self._strip(Content(text, strip_control_codes=False), " " * _GUTTER, width)
                self._plain_cache[key] = strip
            return strip
        content = Content(text, strip_control_codes=False)
        gutter = " " * _GUTTER
        for highlight in highlights:
            content = self._stylize(
                content, para, para_start, display_start, highlight, highlight.kind
            )
        if cursor is not None and on_cursor:
            content = self._stylize(content, para, para_start, display_start, cursor, None)
            if cursor.start >= start or line == 0 or y == round(self.scroll_offset.y):
                gutter = SPAN_CURSOR_GLYPH + " " * (_GUTTER - 1)
        return self._strip(content, gutter, width)

    def _strip(self, content: Content, gutter: str, width: int) -> Strip:
        base = self.get_visual_style()
        gutter_style = visual_style(self, "article--gutter", partial=True)
        content = Content.assemble((gutter, gutter_style), content)
        if content.cell_length > width:
            content = content.truncate(width)
        return line_strip(content, base, width)

    def _stylize(
        self,
        content: Content,
        para: _Paragraph,
        para_start: int,
        display_start: int,
        highlight: Highlight,
        kind: SpanKind | None,
    ) -> Content:
        length = len(content.plain)
        low = self._display(para, max(0, highlight.start - para_start)) - display_start
        high = self._display(para, max(0, highlight.end - para_start)) - display_start
        low = max(0, low)
        high = min(length, high)
        if high <= low:
            return content
        name = "article--span-cursor" if kind is None else f"article--{kind.value}"
        return content.stylize(visual_style(self, name, partial=True), low, high)


def _offset_maps(raw: str) -> tuple[list[int], list[int]]:
    """Maps between offsets in `raw` and in its display form when stand-ins changed its length."""
    to_display: list[int] = []
    to_original: list[int] = []
    position = 0
    for index, char in enumerate(raw):
        shown = visible(char, multiline=True)
        to_display.append(position)
        to_original.extend([index] * len(shown))
        position += len(shown)
    to_display.append(position)
    to_original.append(len(raw))
    return to_display, to_original
