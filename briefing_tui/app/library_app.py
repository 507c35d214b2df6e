"""`briefing-tui DIR` (or several files): the library screen, and the reader on top of it.

`LibraryApp` is the reader's App with the library screen underneath: Enter on a briefing loads it
(in a worker thread) and pushes the reader's own `MainScreen` exactly as `briefing-tui FILE` shows
it; back (`[` with no jump left to go back to, or Esc) pops it and the library is there again with
every cursor where it was. Opening from a dossier row, a story source or a search result jumps to
the item and the place in the article it came from.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from functools import cache
from pathlib import Path
from typing import ClassVar, cast

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Hits, Provider
from textual.content import Content
from textual.screen import Screen

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.library import LibraryScreen
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.app.view.history import History
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.library_rows import OpenBriefing
from briefing_tui.format.model import Briefing
from briefing_tui.library.index import IndexUnavailable, Library


@cache
def _reader_commands() -> type[Provider]:
    """The reader's palette search, silent while no briefing is open."""
    from briefing_tui.app.palette import BriefingCommands

    class ReaderCommands(BriefingCommands):
        async def search(self, query: str) -> Hits:
            if cast(LibraryApp, self.app).reader_open:
                async for hit in cast(AsyncIterator, super().search(query)):
                    yield hit

        async def discover(self) -> Hits:
            if cast(LibraryApp, self.app).reader_open:
                async for hit in cast(AsyncIterator, super().discover()):
                    yield hit

    return ReaderCommands


class LibraryApp(BriefingApp):
    """A library of briefings, and the reader for each."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        _reader_commands,
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "library", "Library", show=False, tooltip="Back to the library"),
    ]

    def __init__(self, library: Library, *, today: dt.date | None = None) -> None:
        # No briefing is open yet: the reader's state is set when one is (`_show_reader`). The
        # path given keeps BriefingApp from asking the (absent) briefing for its own.
        super().__init__(cast(Briefing, None), path=library.index)
        self.path = None
        self.library = library
        self.today = today
        self._pending: tuple[str | None, int | None] = (None, None)
        self.opened: Path | None = None
        """The file the reader shows (None on the library screen)."""

    def get_default_screen(self) -> Screen:
        return LibraryScreen(self.library, self.today)

    @property
    def reader_open(self) -> bool:
        """Whether the reader is on the screen stack (over the library)."""
        return any(isinstance(screen, MainScreen) for screen in self.screen_stack)

    @property
    def library_screen(self) -> LibraryScreen:
        return next(s for s in self.screen_stack if isinstance(s, LibraryScreen))

    # Opening a briefing.

    @on(OpenBriefing)
    def _open_requested(self, message: OpenBriefing) -> None:
        self.open_briefing(message.path, message.item_id, message.offset)

    def open_briefing(
        self, path: Path, item_id: str | None = None, offset: int | None = None
    ) -> None:
        """Load `path` in a worker thread, then show it in the reader (at the item / offset)."""

        def load_it() -> None:
            from briefing_tui.format.errors import BriefingError
            from briefing_tui.format.loader import load

            try:
                briefing = load(path)
            except BriefingError as error:
                first = error.problems[0].format() if error.problems else str(error)
                self.call_from_thread(self._open_failed, first)
                return
            self.call_from_thread(self._show_reader, briefing, path, item_id, offset)

        self.run_worker(load_it, thread=True, group="open-briefing", exclusive=True)

    def _open_failed(self, problem: str) -> None:
        self.bell()
        self.notify(Content(problem), severity="error", timeout=8)

    def _show_reader(
        self, briefing: Briefing, path: Path, item_id: str | None, offset: int | None
    ) -> None:
        if self.reader_open:
            self._close_reader()
        # The reader's own state starts afresh; its screen holds the selection and the view.
        self._briefing = briefing
        self.path = path
        self.opened = path
        self.history = History()
        self._moving_in = None
        self._search_index = None
        self._history_state = (None, None)
        self._pending = (item_id, offset)
        self.push_screen(MainScreen(briefing))

    @on(MainScreen.Ready)
    def _reader_ready(self, message: MainScreen.Ready) -> None:
        # BriefingApp._start adopts the first selection; the jump comes after it.
        self.call_after_refresh(self._go_to_pending)

    def _go_to_pending(self) -> None:
        item_id, offset = self._pending
        self._pending = (None, None)
        if item_id is not None and item_id in self.briefing.items:
            self.jump_to(item_id, anchor=offset)
        if offset is not None:
            article = self.main.query_one(ArticleView)
            article.scroll_to_offset(offset)
            if item_id is None or item_id not in self.briefing.items:
                self.main.focus_pane("article")

    def on_mount(self) -> None:
        # The library screen has lists too: guard it against a terminal too small for them
        # (the reader's own guard replaces this one when a briefing opens).
        from briefing_tui.app.widgets.too_small import SizeGuard

        self.size_guard = SizeGuard(self)
        self.call_after_refresh(lambda: self.size_guard and self.size_guard.start(self.size))

    def action_help(self) -> None:
        """The reader's help over the reader; over the library, the library's keys."""
        from briefing_tui.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        if self.reader_open:
            super().action_help()
            return
        from textual.binding import Binding as KeyBinding

        from briefing_tui.app.widgets.dossier_view import DossierView
        from briefing_tui.app.widgets.story_view import StoryView

        def keys(*classes: type) -> list[KeyBinding]:
            found: list[KeyBinding] = []
            for cls in classes:
                found += [b for b in cls.BINDINGS if isinstance(b, KeyBinding)]
            return found

        selecting = [
            KeyBinding("enter", "open", "Open (a briefing, a source, a dossier row, a result)"),
            KeyBinding(
                "left_square_bracket,escape", "back", "Back from the reader", key_display="["
            ),
        ]
        self.push_screen(
            HelpScreen(
                [
                    [("Library", keys(LibraryScreen, BriefingApp) + selecting)],
                    [("Story", keys(StoryView)), ("Entities and dossier", keys(DossierView))],
                ]
            )
        )

    # Back to the library.

    def _close_reader(self) -> None:
        # The reader froze the collector's view of its objects (`BriefingApp._start`); let the
        # collector see them again, or every briefing opened in a session would stay in memory.
        import gc

        gc.unfreeze()
        if self.reloader is not None:
            self.reloader.stop()
            self.reloader = None
        while not isinstance(self.screen, LibraryScreen) and len(self.screen_stack) > 1:
            self.pop_screen()
        self.opened = None

    def action_library(self) -> None:
        """Back to the library (its cursors as they were)."""
        if self.reader_open:
            self._close_reader()
            self.library_screen.start_update()

    def action_back(self) -> None:
        """Back through the reader's jumps; from its first item, back to the library."""
        if self.reader_open and not (self.history.can_back or self._moved_since_jump()):
            self.action_library()
            return
        super().action_back()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("back", "library"):
            return True if self.reader_open else None
        if not self.reader_open and action in ("forward", "toggle_linked_only"):
            return None
        return super().check_action(action, parameters)


def run_library(roots: Sequence[Path]) -> int:
    """Open the library of `roots` (a folder, or several files); 1 when it cannot be used."""
    from briefing_tui.format.text import visible

    missing = [root for root in roots if not root.exists()]
    if missing:
        for root in missing:
            print(f"briefing-tui: {visible(str(root))}: no such file or folder", file=sys.stderr)
        return 1
    try:
        library = Library.open(roots)
    except IndexUnavailable as error:
        print(f"briefing-tui: {visible(str(error))}", file=sys.stderr)
        return 1
    with library:
        LibraryApp(library).run()
    return 0
