"""The article pane's `/` search: the filter prompt drives it as it drives a list's filter.

A mixin of `ArticleView` (the search's own state is the pure `view/text_search.TextSearch`); while
a search is on, n/N walk its matches instead of the highlighted spans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from briefing_tui.app import safe
from briefing_tui.app.view.text_search import TextSearch
from briefing_tui.app.widgets.linelist import focus_title, set_border_text, visual_style

if TYPE_CHECKING:
    from briefing_tui.app.view.article_layout import LineText


class ArticleSearch:
    """Search state and actions of the article pane (see `ArticleView`)."""

    search: TextSearch

    # The `/` search: the filter prompt drives it like a list's filter.

    PANE_TITLE = "Article"
    cursor_id = None
    """No item under a cursor here (the filter prompt's Enter selects nothing)."""

    @property
    def filter_text(self) -> str:
        """The text searched for ("" when none)."""
        return self.search.query

    def set_filter(self, text: str) -> None:
        """Search the article for `text` (from the top of the view); "" ends the search."""
        self._prepare()
        self._show_match(self.search.find(text, self.first_visible_offset))

    def _show_match(self, match: tuple[int, int] | None) -> None:
        self._cache.clear()
        self._plain_cache.clear()
        if match is not None:
            self._scroll_offset_into_view(match[0])
        set_border_text(self, focus_title(self, self.search_title()))
        self.refresh()

    def search_title(self) -> Content:
        """The pane's title: `Article`, and the search with its position while one is on."""
        if not self.search.active:
            return Content("Article")
        return Content.assemble(
            "Article · /", safe.literal(self.search.query), f" ({self.search.position()})"
        )

    def action_cursor_down(self) -> None:
        """The next match (Down in the search prompt)."""
        self._show_match(self.search.step(1))

    def action_cursor_up(self) -> None:
        """The previous match (Up in the search prompt)."""
        self._show_match(self.search.step(-1))

    def _search_step(self, direction: int) -> None:
        match = self.search.step(direction)
        if match is None:
            self.app.bell()
        self._show_match(match)

    def _stylize_match(self, content: Content, line: LineText, match: tuple[int, int]) -> Content:
        low, high = self._layout.display_range(line, match[0], match[1])
        if high <= low:
            return content
        current = self.search.matches[self.search.current or 0] == match
        name = "article--match-current" if current else "article--match"
        return content.stylize(visual_style(self, name, partial=True), low, high)
