"""The library screen: the briefings of a folder, the story across them, entities, search.

Four views, one at a time, from the keyboard: `1` the briefings (newest first, broken ones with
their first problem), `2` the story (every event of every briefing on one timeline, with its
sources), `3` the entities and their dossiers, `/` search. Enter opens a briefing in the reader;
back (`[` or Esc) comes back here with every cursor where it was.

The index is brought up to date in a worker thread (its own connection), at once and then every
few seconds, so a file that changes, appears or disappears shows up without a restart; the
screen reads the index on its own connection and never waits for the update.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Input, Static

from briefing_tui.app.safe import assemble
from briefing_tui.app.widgets.dossier_view import DossierView
from briefing_tui.app.widgets.library_list import RowList
from briefing_tui.app.widgets.library_rows import OpenBriefing, entry_prompt
from briefing_tui.app.widgets.library_search import SearchView
from briefing_tui.app.widgets.story_view import StoryView
from briefing_tui.library.index import Library, LibraryBusy
from briefing_tui.library.records import Entries, Entry
from briefing_tui.library.update import UpdateReport

POLL_SECONDS = 2.0
"""How often the files are checked for changes while the library is open."""

VIEWS = (("briefings", "1", "Briefings"), ("story", "2", "Story"), ("entities", "3", "Entities"))


class LibraryScreen(Screen[None]):
    """The library: its briefings, its story, its entities, its search."""

    DEFAULT_CSS = """
    LibraryScreen { layout: vertical; }
    LibraryScreen > #library-header { height: 1; background: $panel; }
    LibraryScreen > #library-tabs { height: 1; }
    LibraryScreen > ContentSwitcher { height: 1fr; }
    LibraryScreen #briefings { height: 1fr; border: round $primary-muted; }
    LibraryScreen #briefings:focus { border: round $primary; }
    LibraryScreen OptionList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "view('briefings')", "Briefings", tooltip="The briefings of the library"),
        Binding("2", "view('story')", "Story", tooltip="Every event of every briefing"),
        Binding("3", "view('entities')", "Entities", tooltip="People, countries, organisations"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search every article"),
        Binding("escape", "leave_search", "Close search", show=False),
    ]

    def __init__(self, library: Library, today: dt.date | None = None) -> None:
        super().__init__(id="library")
        self.library = library
        self.today = today or dt.date.today()
        self.entries: Entries = Entries([], lambda ids: [], self.library.path)
        self.view = "briefings"
        self._before_search = "briefings"
        self.updates = 0
        """How many index updates have finished (for tests and the header)."""
        self._updating = False
        self._status = "reading the index…"
        self._writer: Library | None = None
        self._stale: set[str] = set()
        """Views whose rows are older than the index (read again when next shown)."""

    def compose(self) -> ComposeResult:
        yield Static(id="library-header", markup=False)
        yield Static(id="library-tabs", markup=False)
        with ContentSwitcher(initial="briefings"):
            briefings: RowList[Entry] = RowList(entry_prompt, id="briefings")
            briefings.border_title = "Briefings"
            yield briefings
            yield StoryView(self.library, self.today)
            yield DossierView(self.library)
            yield SearchView(self.library)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self._show_tabs()
        self.query_one("#briefings", RowList).focus()
        # The first update starts once the screen is drawn: its pass over the files would
        # otherwise share the interpreter with the first paint.
        self.call_after_refresh(self.start_update)
        self.set_interval(POLL_SECONDS, self.start_update, name="library-poll")

    # The index.

    def start_update(self) -> None:
        """Bring the index up to date in a worker thread, unless one is running."""
        if not self._updating:
            self._updating = True
            self._update_index()

    @work(thread=True, group="library-index", exit_on_error=False)
    def _update_index(self) -> None:
        # One writer for the screen's life (its own connection, used by one update at a time):
        # it keeps the files' stamps and the watch on the folders between two updates.
        try:
            if self._writer is None:
                self._writer = Library(self.library.roots, self.library.index)
            report: UpdateReport | str = self._writer.update()
        except (LibraryBusy, OSError, Exception) as error:  # shown, never a crash
            report = str(error)
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self.app.call_from_thread(self._updated, report)

    def on_unmount(self) -> None:
        if self._writer is not None and not self._updating:
            self._writer.close()
            self._writer = None

    def _updated(self, report: UpdateReport | str) -> None:
        self._updating = False
        self.updates += 1
        if isinstance(report, str):
            self._status = f"index not updated: {report}"
        else:
            self._status = ""
            if report.touched or self.updates == 1:
                self.library.reopen_if_deleted()
                self.reload()
        self._show_header()

    def reload(self) -> None:
        """Read every view's rows again from the index, keeping the cursors where they are."""
        briefings = self.query_one("#briefings", RowList)
        current = self.current_entry
        self.entries = self.library.briefings()
        ids = self.entries.ids
        keep = current is not None and current.id in ids
        briefings.set_rows(self.entries, ids.index(current.id) if keep and current else 0)
        # The story and the entities are read when shown (each is a query over the library).
        self._stale = {"story", "entities"}
        if self.view in self._stale:
            self._read_view(self.view)
        search = self.query_one(SearchView)
        if search.prompt.value.strip():
            search.run_search()
        self._show_header()

    @property
    def current_entry(self) -> Entry | None:
        """The briefing under the cursor of the briefings list."""
        return self.query_one("#briefings", RowList).current

    def _show_header(self) -> None:
        broken = self.entries.broken
        names = ", ".join(root.name or str(root) for root in self.library.roots[:3])
        parts: list[Content | tuple[str, str]] = [
            (" Library ", "bold reverse"),
            (f" {names}", "bold"),
            (f" · {len(self.entries)} briefings", ""),
        ]
        if broken:
            parts.append((f" · {broken} broken", "bold"))
        if self._updating and not self.updates:
            parts.append((" · indexing…", "italic"))
        elif self._status:
            parts.append((f" · {self._status}", "italic"))
        self.query_one("#library-header", Static).update(assemble(*parts))

    def _show_tabs(self) -> None:
        parts: list[Content | tuple[str, str]] = []
        for view, key, label in (*VIEWS, ("search", "/", "Search")):
            style = "bold reverse" if view == self.view else ""
            parts.append((f" {key} {label} ", style))
            parts.append(("  ", ""))
        self.query_one("#library-tabs", Static).update(assemble(*parts))

    # Views.

    def _read_view(self, view: str) -> None:
        self._stale.discard(view)
        if view == "story":
            self.query_one(StoryView).reload()
        elif view == "entities":
            self.query_one(DossierView).reload()

    def action_view(self, view: str) -> None:
        """Show one of the views and focus its list."""
        if view in self._stale:
            self._read_view(view)
        self.view = view
        self.query_one(ContentSwitcher).current = view
        self._show_tabs()
        if view == "briefings":
            self.query_one("#briefings", RowList).focus()
        elif view == "story":
            story = self.query_one(StoryView)
            story.event_list.focus()
            self.call_after_refresh(story.centre_now)
        elif view == "entities":
            self.query_one(DossierView).entity_list.focus()

    def action_search(self) -> None:
        """Open the search prompt."""
        if self.view != "search":
            self._before_search = self.view
        self.view = "search"
        self.query_one(ContentSwitcher).current = "search"
        self._show_tabs()
        self.query_one(SearchView).prompt.focus()

    def action_leave_search(self) -> None:
        """Esc in the search: back to the view it was opened from."""
        if self.view == "search":
            self.action_view(self._before_search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_search":
            return self.view == "search"
        # Digits and `/` typed in the search prompt are text.
        return not (action in ("view", "search") and isinstance(self.focused, Input))

    @on(RowList.Chosen, "#briefings")
    def _briefing_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        entry = self.current_entry
        if entry is None:
            return
        if not entry.ok:
            self.app.bell()
            self.notify(Content(entry.problem or "does not load"), severity="error")
            return
        self.post_message(OpenBriefing(entry.path))
