"""Search every article of the library: a prompt and the results, best first.

Typing searches as you go (the query is words, see `library.query`); Enter in the prompt moves to
the results; Enter on a result opens its briefing with the article scrolled to the match.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing_tui.app.widgets.library_rows import OpenBriefing, hit_prompt
from briefing_tui.library.index import Library
from briefing_tui.library.records import Hit

LIMIT = 200


class SearchView(Vertical):
    """The search prompt and its results."""

    DEFAULT_CSS = """
    SearchView { height: 1fr; }
    SearchView > #search-input { height: 3; border: round $primary-muted; }
    SearchView > #search-input:focus { border: round $primary; }
    SearchView > #search-results { height: 1fr; border: round $primary-muted; }
    SearchView > #search-results:focus { border: round $primary; }
    """

    def __init__(self, library: Library, *, id: str = "search") -> None:
        super().__init__(id=id)
        self.library = library
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="words to find in every article", id="search-input")
        results = OptionList(id="search-results")
        results.border_title = "Results"
        yield results

    @property
    def prompt(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    def run_search(self) -> None:
        """Search for what the prompt holds now."""
        query = self.prompt.value
        self.hits = self.library.search(query, LIMIT) if query.strip() else []
        results = self.results
        results.clear_options()
        options: list[Option | None] = []
        for index, hit in enumerate(self.hits):
            if index:
                options.append(None)
            options.append(Option(hit_prompt(hit), id=str(index)))
        results.add_options(options)
        if self.hits:
            results.highlighted = 0
        count = len(self.hits)
        more = "+" if count >= LIMIT else ""
        results.border_title = f"Results · {count}{more}" if query.strip() else "Results"

    @on(Input.Changed, "#search-input")
    def _changed(self, message: Input.Changed) -> None:
        self.run_search()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, message: Input.Submitted) -> None:
        self.run_search()
        if self.hits:
            self.results.focus()

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        index = int(message.option.id or 0)
        if index < len(self.hits):
            hit = self.hits[index]
            self.post_message(OpenBriefing(hit.briefing, hit.item_id, hit.offset))
