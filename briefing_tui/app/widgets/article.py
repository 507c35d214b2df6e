"""The article pane: the text, wrapped, with the selection's evidence and mentions highlighted.

The widget draws what two pure models say: `ArticleLayout` (paragraphs wrapped lazily, which line
shows which offset) and `Highlights` (what to highlight for the selection, and the span cursor).
`n`/`N` move the span cursor over every highlight in text order, Enter announces the item the
span belongs to (`SpanChosen`), so the reader can go from the text to the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from briefing_tui.app import keys
from briefing_tui.app.view.article_layout import ArticleLayout, LineText
from briefing_tui.app.view.highlights import Highlight, Highlights, SpanKind, evidence_on_top
from briefing_tui.app.view.labels import SPAN_CURSOR_GLYPH
from briefing_tui.app.view.text_search import TextSearch
from briefing_tui.app.widgets.article_search import ArticleSearch
from briefing_tui.app.widgets.linelist import (
    drawing_state,
    focus_title,
    forget_styles,
    line_strip,
    scroll_percent,
    set_border_text,
    set_virtual_size,
    visual_style,
)
from briefing_tui.app.widgets.messages import ItemChosen
from briefing_tui.format.model import Briefing

_GUTTER = 2
_CACHE_LIMIT = 512
_PLAIN_CACHE_LIMIT = 512
"""Rendered lines kept (about twenty screens): every cached Strip is a dozen objects the cycle
collector walks on each full collection, so the caches stay small."""


_UPRIGHT = Style(italic=False)


class ArticleView(ArticleSearch, ScrollView, can_focus=True, inherit_bindings=False):
    """The article text with highlights and a span cursor."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--evidence",
        "article--mention",
        "article--linked",
        "article--span-cursor",
        "article--gutter",
        "article--dateline",
        "article--match",
        "article--match-current",
    }

    class SpanChosen(ItemChosen):
        """The user pressed Enter on a highlighted span: select the item it belongs to."""

    def __init__(self, briefing: Briefing, *, id: str = "article") -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self._layout = ArticleLayout(briefing.document.text)
        self._highlights = Highlights(briefing)
        self._pending_offset: int | None = None
        self._cache: dict[int, Strip] = {}
        self._plain_cache: dict[tuple[int, int], Strip] = {}
        self.border_title = "Article"
        self.search = TextSearch(briefing.document.text)
        """The `/` search in the article's text (n/N walk its matches while it is on)."""

    # Public state (read-only) for the App and tests.

    @property
    def selected_id(self) -> str | None:
        """The item whose highlights are shown."""
        return self._highlights.selected

    @property
    def evidence_spans(self) -> list[tuple[int, int]]:
        """The selected item's evidence quotes, as `(start, end)` offsets."""
        return [(h.start, h.end) for h in self._highlights.evidence]

    @property
    def mention_spans(self) -> list[tuple[int, int]]:
        """Where the article names the selected item, as `(start, end)` offsets."""
        return [(h.start, h.end) for h in self._highlights.mentions]

    @property
    def linked_spans(self) -> list[tuple[int, int, str]]:
        """The evidence of items linked to the selection, as `(start, end, owner)` (not cheap)."""
        return [
            (h.start, h.end, h.owner)
            for h in self._highlights.targets()
            if h.kind == SpanKind.LINKED
        ]

    @property
    def span_cursor(self) -> Highlight | None:
        """The highlighted span under the span cursor (moved with `n` / `N`)."""
        return self._highlights.cursor

    @property
    def first_visible_offset(self) -> int:
        """The article offset at the start of the first visible line."""
        self._prepare()
        return self._layout.offset_at_line(round(self.scroll_offset.y))

    # Selection.

    def show(
        self, item_id: str | None, linked: frozenset[str], *, anchor: int | None = None
    ) -> None:
        """Highlight `item_id`'s evidence and mentions and `linked` items' evidence.

        Scrolls to the first highlighted span (unless it is in view already), or, with `anchor`,
        keeps the view and puts the span cursor on the span at that offset.
        """
        first = self._highlights.select(item_id, linked)
        self._cache.clear()
        if anchor is not None:
            self._highlights.cursor_to_offset(anchor)
        elif first is not None:
            self._scroll_offset_into_view(first.start)
        self.refresh()

    # Layout and scrolling.

    def _height(self) -> int:
        return self.scrollable_content_region.height

    def _sync_height(self) -> None:
        """Tell the scroll machinery the article's height (after heights may have changed)."""
        size = Size(self.scrollable_content_region.width, self._layout.heights.total)
        set_virtual_size(self, size)

    def _prepare(self) -> bool:
        """Wrap what the viewport shows; False while the widget has no size yet."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        wrap_width = max(1, width - _GUTTER)
        if wrap_width != self._layout.width:
            self._layout.reset(wrap_width)
            self._cache.clear()
            self._plain_cache.clear()
            self._sync_height()
        if self._layout.ensure_view(round(self.scroll_offset.y), self._height()):
            self._sync_height()
        return True

    def line_of_offset(self, offset: int) -> int:
        """The wrapped line (y) that shows article offset `offset`."""
        y, changed = self._layout.line_of_offset(offset)
        if changed:
            self._sync_height()
        return y

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
        target, changed = self._layout.scroll_target(offset, self._height(), place)
        if changed:
            self._sync_height()
        self.scroll_to(y=target, animate=False)

    def _scroll_offset_into_view(self, offset: int) -> None:
        if not self._prepare():
            self._pending_offset = offset
            return
        top = round(self.scroll_offset.y)
        y = self.line_of_offset(offset)
        if not top <= y < top + self._height():
            self._scroll_to_line(offset, lambda y, height: y - height // 3)

    # Span cursor.

    def _set_span_cursor(self, index: int) -> None:
        self._highlights.cursor_index = index
        self._cache.clear()
        target = self.span_cursor
        if target is not None:
            self._scroll_offset_into_view(target.start)
        self.refresh()

    def action_next_span(self) -> None:
        """Move the span cursor to the next highlighted span (the next match while searching)."""
        if self.search.active:
            self._search_step(1)
            return
        highlights = self._highlights
        if not highlights.targets():
            self.app.bell()
            return
        top = self.first_visible_offset if highlights.cursor is None else 0
        index = highlights.next_index(top)
        if index is not None:
            self._set_span_cursor(index)

    def action_previous_span(self) -> None:
        """Move the span cursor to the previous highlighted span (the previous match while
        searching)."""
        if self.search.active:
            self._search_step(-1)
            return
        index = self._highlights.previous_index()
        if index is None:
            self.app.bell()
            return
        self._set_span_cursor(index)

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
        self.scroll_relative(y=-max(1, self._height() - 1), animate=False)

    def action_page_down(self) -> None:
        """Scroll down a page."""
        self.scroll_relative(y=max(1, self._height() - 1), animate=False)

    def action_scroll_home(self) -> None:
        """Scroll to the top."""
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        """Scroll to the end."""
        if self._prepare() and self._layout.heights and self._layout.ensure_end(self._height()):
            self._sync_height()
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._prepare():
            return
        y = offset.y + round(self.scroll_offset.y)
        article_offset = self._layout.offset_at(y, max(0, offset.x - _GUTTER))
        if article_offset is None:
            return
        index = self._highlights.index_at(article_offset)
        if index is None:
            return
        target = self._highlights.targets()[index]
        if index == self._highlights.cursor_index or event.chain > 1:
            self.post_message(self.SpanChosen(self, target.owner, offset=target.start))
        else:
            self._set_span_cursor(index)

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
        set_border_text(self, focus_title(self, self.search_title(), True))
        self._restyled()

    def on_blur(self, event: events.Blur) -> None:
        set_border_text(self, focus_title(self, self.search_title(), False))
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
        line = self._layout.line_text(y)
        if line is None:
            return Strip.blank(width, self.get_visual_style().rich_style)
        start, end = line.start, line.end
        cursor = self.span_cursor
        highlights = self._highlights.highlights_in(start, end)
        on_cursor = cursor is not None and cursor.start < end and cursor.end > start
        matches = self.search.in_range(start, end)
        if not highlights and not on_cursor and not matches:
            key = (line.paragraph, line.line)
            strip = self._plain_cache.get(key)
            if strip is None:
                if len(self._plain_cache) > _PLAIN_CACHE_LIMIT:
                    self._plain_cache.clear()
                content = Content(line.text, strip_control_codes=False)
                strip = self._strip(content, " " * _GUTTER, width)
                self._plain_cache[key] = strip
            return strip
        content = Content(line.text, strip_control_codes=False)
        gutter = " " * _GUTTER
        for highlight in evidence_on_top(highlights):
            content = self._stylize(content, line, highlight, highlight.kind)
        if cursor is not None and on_cursor:
            content = self._stylize(content, line, cursor, None)
            if cursor.start >= start or line.line == 0 or y == round(self.scroll_offset.y):
                gutter = SPAN_CURSOR_GLYPH + " " * (_GUTTER - 1)
        for match in matches:
            content = self._stylize_match(content, line, match)
            if self.search.matches[self.search.current or 0] == match:
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
        self, content: Content, line: LineText, highlight: Highlight, kind: SpanKind | None
    ) -> Content:
        low, high = self._layout.display_range(line, highlight.start, highlight.end)
        if high <= low:
            return content
        name = "article--span-cursor" if kind is None else f"article--{kind.value}"
        style = visual_style(self, name, partial=True)
        if kind is SpanKind.EVIDENCE:
            # Upright and on its own background inside a linked quote's italics: the selected
            # item's own words stand out from the quotes around them.
            style = style + _UPRIGHT
        return content.stylize(style, low, high)
