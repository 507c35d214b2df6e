"""The briefing reader: the App holds the history and routes what the panes say to the screen.

Widgets only announce what the user did (`ItemList.Highlighted` / `Chosen`,
`Inspector.LinkChosen`, `ArticleView.SpanChosen`, the filter prompt's messages); the App decides
what becomes the selection, records jumps in the history, and asks the reader's screen
(`MainScreen`), which owns the view, to show it. Widgets never reach into each other.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events, on
from textual.app import App
from textual.binding import BindingType
from textual.command import Provider
from textual.screen import Screen
from textual.theme import Theme

from briefing_tui.app import keys
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.app.services.settings import ThemeMemory
from briefing_tui.app.view.history import History
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from briefing_tui.app.services.draft import UnsavedDraft
    from briefing_tui.app.services.reload import Reloaded, Reloader
    from briefing_tui.app.widgets.filterbar import FilterBar
    from briefing_tui.app.widgets.too_small import SizeGuard

_Index = TypeVar("_Index")


def _briefing_commands() -> type[Provider]:
    """The palette's item search, imported when the palette first opens."""
    from briefing_tui.app.palette import BriefingCommands

    return BriefingCommands


def _export_commands() -> type[Provider]:
    """The palette's export commands (briefing_tui/app/export_palette.py), imported on first use."""
    from briefing_tui.app.export_palette import ExportCommands

    return ExportCommands


class BriefingApp(App[None]):
    """A cross-linked reader for one briefing."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing-tui"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        _briefing_commands,
        _export_commands,
    }
    COMMAND_PALETTE_DISPLAY = "^p"

    BINDINGS: ClassVar[list[BindingType]] = keys.APP

    def __init__(
        self, briefing: Briefing, path: Path | None = None, draft: UnsavedDraft | None = None
    ) -> None:
        super().__init__()
        self.draft = draft
        """The draft shown until it is saved (an article opened in the reader), else None."""
        if draft is not None:  # the save key exists for drafts only
            self.bind("ctrl+s", "save_draft", description="Save draft")
        self._briefing = briefing
        self.path = path if path is not None else briefing.path
        self.history = History()
        self._search_index: object | None = None
        self._history_state: tuple[bool | None, bool | None] = (None, None)
        self._moving_in: str | None = None
        """The list pane whose cursor moves made the selection (None after a jump): a run of
        moves in one pane is one step of the history, a move in another pane starts the next."""
        self.reloader: Reloader | None = None
        """Watches the file once the first screen is up (None before, and without a path)."""
        self.size_guard: SizeGuard | None = None
        """Covers the screen while the terminal is too small (None before the first screen)."""
        self.theme_memory = ThemeMemory(self.available_themes)
        """The theme remembered between runs (applied here, written when the user picks one)."""
        if self.theme_memory.theme is not None:
            self.theme = self.theme_memory.theme

    def _remember_theme(self, theme: Theme) -> None:
        notice = self.theme_memory.remember(theme.name)
        if notice is not None:
            self.notify(visible(notice), severity="warning", markup=False)

    def get_default_screen(self) -> Screen:
        return MainScreen(self._briefing)

    @property
    def main(self) -> MainScreen:
        """The reader's screen (also while a help screen or the palette is on top)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("no main screen")

    def _main_or_none(self) -> MainScreen | None:
        try:
            return self.main
        except LookupError:
            return None

    @property
    def briefing(self) -> Briefing:
        """The briefing shown (the reader's screen's, once it is up)."""
        main = self._main_or_none()
        return self._briefing if main is None else main.briefing

    @property
    def selected_id(self) -> str | None:
        """The selection (the reader's screen holds it)."""
        main = self._main_or_none()
        return None if main is None else main.selected_id

    @property
    def linked_only(self) -> bool:
        """Whether the list panes show only the items linked to the selection."""
        main = self._main_or_none()
        return False if main is None else main.linked_only

    @on(MainScreen.Ready)
    def _start(self, message: MainScreen.Ready) -> None:
        if self._main_or_none() is None:  # the App closed before the screen's Ready reached it
            return
        # The one collector setting of the reader. The briefing and the panes built for it live
        # as long as the reader and hold no garbage: moved out of the collector's generations,
        # a full collection no longer walks a large briefing in the middle of a keypress.
        gc.freeze()
        self._update_history_bindings()
        if self.theme_memory.notice is not None:
            self.notify(visible(self.theme_memory.notice), severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        # Imported here, after the first screen, as nothing on it needs them.
        from briefing_tui.app.widgets.too_small import SizeGuard

        # The filter prompt is readied once the first frame is out, so `/` finds a running Input.
        self.call_after_refresh(self.main.filter_bar)
        self.size_guard = SizeGuard(self)
        self.size_guard.start(self.size)
        if self.path is not None:
            self._watch(self.path, self.briefing)
        if self.draft is not None:
            self._show_draft_note()

    def _watch(self, path: Path, briefing: Briefing) -> None:
        """Follow `path` from now on: a good save reloads in place, a broken one shows a banner."""
        from briefing_tui.app.services.reload import Reloader

        self.reloader = Reloader(self, path, briefing)
        self.reloader.start()

    def _show_draft_note(self) -> None:
        from briefing_tui.app.services.draft import NOTE
        from briefing_tui.app.widgets.header import BriefingHeader

        header = self.main.query_one(BriefingHeader)
        header.note = NOTE if self.draft is not None else ""
        header.refresh()

    async def action_save_draft(self) -> None:
        """Write the draft beside the article (never over a file), then follow that file."""
        from briefing_tui.app.services.draft import DraftNotSaved

        if self.draft is None:
            return
        try:
            saved = self.draft.save()
        except DraftNotSaved as error:
            self.notify(str(error), title="Draft not saved", severity="error", markup=False)
            return
        self.path, self.draft = self.draft.target, None
        self.refresh_bindings()  # the save key is gone from the footer
        await self.replace_briefing(saved)
        self._watch(self.path, saved)
        self._show_draft_note()
        self.notify(visible(str(self.path)), title="Draft saved", markup=False)

    # Live reload and the terminal's size.

    def on_resize(self, event: events.Resize) -> None:
        if self.size_guard is not None:
            self.size_guard.check(event.size)

    async def on_reloaded(self, message: Reloaded) -> None:
        """A load finished: the screen shows it (a handler by name: `reload` is imported late)."""
        outcome = message.outcome
        main = self._main_or_none()
        if main is not None and main.is_attached:
            if outcome.briefing is None:
                main.problem_banner().show_problems(outcome.problems)
            else:
                await self.replace_briefing(outcome.briefing)
                banner = main.shown_problem_banner()
                if banner is not None:
                    banner.clear()
                name = visible(f"Reloaded {message.reloader.path.name}")
                self.notify(name, timeout=2, markup=False)
        message.reloader.settled(outcome)

    async def replace_briefing(self, briefing: Briefing) -> None:
        """Show `briefing` in place of the current one (a reload), keeping the reader's place.

        The screen keeps its view (`MainScreen.swap_briefing`); the history forgets the ids that
        are gone.
        """
        self._briefing = briefing  # what `briefing` answers once the screen is gone, too
        self._search_index = None
        self.history.forget(frozenset(briefing.items))
        await self.main.swap_briefing(briefing)
        self._history_state = (None, None)
        self._update_history_bindings()

    # Selection: the one place that decides it.

    def pane_of(self, item_id: str) -> str | None:
        """The id of the list pane that lists `item_id`."""
        return self.main.pane_of(item_id)

    def select(self, item_id: str | None, *, anchor: int | None = None) -> None:
        """Make `item_id` the selection: every pane, the inspector and the article follow."""
        self.main.select(item_id, anchor=anchor)
        self._update_history_bindings()

    def jump_to(self, item_id: str, *, focus: bool = True, anchor: int | None = None) -> None:
        """Select `item_id` as a jump: record it in the history, focus its pane."""
        if item_id not in self.briefing.items:
            return
        if self.selected_id is not None:
            self.history.visit(self.selected_id)
        self.history.visit(item_id)
        self._moving_in = None
        self.select(item_id, anchor=anchor)
        if focus:
            self._focus_item_pane(item_id)
        self._update_history_bindings()

    def _focus_item_pane(self, item_id: str) -> None:
        pane = self.pane_of(item_id)
        if pane is not None:
            main = self.main
            main.list_pane(pane).show_item(item_id)
            main.focus_pane(pane)

    # Messages from the panes.

    @on(ItemList.Highlighted)
    def _highlighted(self, message: ItemList.Highlighted) -> None:
        pane = message.pane
        if isinstance(pane, ItemList) and pane.cursor_id != message.item_id:
            # News about the past: the cursor has moved on since (keys are handled before the
            # messages they cause), and the move that took it there sent a message of its own.
            # Selecting this item would put the cursor back and undo the keys in between.
            return
        if pane.id != self._moving_in:
            # A selection made by moving the cursor is history too: the first move in a pane
            # records what was selected before it, so `[` comes back to it.
            self._moving_in = pane.id
            if self.selected_id is not None:
                self.history.visit(self.selected_id)
        self.select(message.item_id)
        if isinstance(pane, ItemList):
            pane.flush_cursor()

    @on(ItemList.Chosen)
    def _chosen(self, message: ItemList.Chosen) -> None:
        self.jump_to(message.item_id, focus=False)
        self.main.focus_pane("inspector")

    @on(Inspector.LinkChosen)
    def _link_chosen(self, message: Inspector.LinkChosen) -> None:
        self.jump_to(message.item_id)

    @on(ArticleView.SpanChosen)
    def _span_chosen(self, message: ArticleView.SpanChosen) -> None:
        self.jump_to(message.item_id, focus=False, anchor=message.offset)
        pane = self.pane_of(message.item_id)
        if pane is not None:
            self.main.list_pane(pane).show_item(message.item_id)

    # The filter prompt's messages: handlers by name, as its module is imported at the first `/`.

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        bar = self.main.shown_filter_bar()
        if bar is not None and bar.target is not None:
            self.main.filter_pane(bar.target).set_filter(message.text)

    def on_filter_bar_move(self, message: FilterBar.Move) -> None:
        bar = self.main.shown_filter_bar()
        if bar is None or bar.target is None:
            return
        pane = self.main.filter_pane(bar.target)
        if message.direction < 0:
            pane.action_cursor_up()
        else:
            pane.action_cursor_down()

    def on_filter_bar_done(self, message: FilterBar.Done) -> None:
        main = self.main
        bar = main.shown_filter_bar()
        if bar is None or bar.target is None:
            return
        target = bar.target
        pane = main.filter_pane(target)
        bar.close()
        if not message.keep:
            pane.set_filter("")
        elif pane.cursor_id is not None:
            self.select(pane.cursor_id)
        main.focus_pane(target)

    # Actions.

    def action_toggle_linked_only(self) -> None:
        """Show only the items linked to the selection in the other list panes (or all again)."""
        self.main.toggle_linked_only()

    def _go(self, item_id: str | None, nothing: str) -> None:
        if item_id is None:
            self.bell()
            self.notify(nothing, timeout=2)
            return
        self._moving_in = None
        self.select(item_id)
        self._focus_item_pane(item_id)
        self._update_history_bindings()

    def action_back(self) -> None:
        """Go back to the item before the last jump."""
        if self.selected_id is not None and self.selected_id != self.history.current:
            self.history.visit(self.selected_id)
        self._go(self.history.back(), "Nothing to go back to")

    def action_forward(self) -> None:
        """Go forward again after going back."""
        self._go(self.history.forward(), "Nothing to go forward to")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_draft":
            return self.draft is not None
        if action == "back":
            return True if self.history.can_back or self._moved_since_jump() else None
        if action == "forward":
            return True if self.history.can_forward else None
        return True

    def _update_history_bindings(self) -> None:
        """Refresh the footer only when Back or Forward became (un)available: it recomposes."""
        state = (self.check_action("back", ()), self.check_action("forward", ()))
        if state != self._history_state:
            self._history_state = state
            self.refresh_bindings()

    def _moved_since_jump(self) -> bool:
        current = self.history.current
        return current is not None and self.selected_id != current

    def action_export(self) -> None:
        """Choose a format to export the briefing to (the palette's export commands)."""
        from briefing_tui.app.export_palette import open_export_palette

        open_export_palette(self)

    def action_help(self) -> None:
        """Show the keys and what the glyphs mean."""
        from briefing_tui.app.screens.help import HelpScreen, help_sections

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(help_sections(self, self.main)))

    def search_index(self, factory: Callable[[Briefing], _Index]) -> _Index:
        """The palette's search index, built on first use and kept."""
        if self._search_index is None:
            self._search_index = factory(self.briefing)
        return self._search_index  # type: ignore[return-value]
