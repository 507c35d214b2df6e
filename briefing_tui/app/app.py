"""The briefing reader: the App coordinates the panes.

Widgets only announce what the user did (`ItemList.Highlighted` / `Chosen`,
`Inspector.LinkChosen`, `ArticleView.SpanChosen`, the filter prompt's messages); the App decides
what is selected, records jumps in the history, and tells every pane what to show. Widgets never
reach into each other.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events, on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from briefing_tui.app.history import History
from briefing_tui.app.screens.main import LIST_PANES, MainScreen
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.format.model import Briefing, ItemKind

if TYPE_CHECKING:
    from briefing_tui.app.reload import Reloaded, Reloader
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


_PANE_OF_KIND = {
    ItemKind.EVENT: "timeline",
    ItemKind.PARTICIPANT: "participants",
    ItemKind.SIDE: "participants",
    ItemKind.TOPIC: "topics",
}


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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit the reader"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("e", "export", "Export", show=False, tooltip="Export the briefing to a file"),
    ]

    def __init__(
        self, briefing: Briefing, path: Path | None = None, draft: tuple[str, Path] | None = None
    ) -> None:
        super().__init__()
        self.draft = draft
        """(YAML text, where to save it) while the briefing is an unsaved draft, else None."""
        if draft is not None:  # draft integration (issue 15): the save key exists for drafts only
            self.bind("ctrl+s", "save_draft", description="Save draft")
        self.briefing = briefing
        self.path = path if path is not None else briefing.path
        self.history = History()
        self.selected_id: str | None = None
        self.linked_only = False
        self._search_index: object | None = None
        self._history_state: tuple[bool | None, bool | None] = (None, None)
        self.reloader: Reloader | None = None
        """Watches the file once the first screen is up (None before, and without a path)."""
        self.size_guard: SizeGuard | None = None
        """Covers the screen while the terminal is too small (None before the first screen)."""

    def get_default_screen(self) -> Screen:
        return MainScreen(self.briefing)

    @property
    def main(self) -> MainScreen:
        """The reader's screen (also while a help screen or the palette is on top)."""
        return self._main_screen()

    def _main_screen(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("no main screen")

    @on(MainScreen.Ready)
    def _start(self, message: MainScreen.Ready) -> None:
        # The briefing is built and never changes: keep the collector from walking it again and
        # again (with 50,000 events a full collection pauses a keypress for ~250 ms).
        gc.freeze()
        # `briefing-tui FILE` starts with the collector off (`cli._open`): on after the first frame.
        self.call_after_refresh(gc.enable)
        if self.selected_id is None:  # the screen shows the first item: it is the selection
            self.selected_id = message.item_id
        self._update_history_bindings()
        # Imported here, after the first screen, as nothing on it needs them.
        from briefing_tui.app.reload import Reloader
        from briefing_tui.app.widgets.too_small import SizeGuard

        # The filter prompt is readied once the first frame is out, so `/` finds a running Input.
        self.call_after_refresh(self._main_screen().filter_bar)
        self.size_guard = SizeGuard(self)
        self.size_guard.start(self.size)
        if self.path is not None:
            self.reloader = Reloader(self, self.path)
            self.reloader.start()
        if self.draft is not None:  # draft integration (issue 15)
            self._show_draft_note()

    # --- draft integration (issue 15) ---
    def _show_draft_note(self) -> None:
        from briefing_tui.app.widgets.header import BriefingHeader

        header = self._main_screen().query_one(BriefingHeader)
        header.note = "UNSAVED DRAFT (ctrl+s saves)" if self.draft is not None else ""
        header.refresh()

    async def action_save_draft(self) -> None:
        """Write the draft beside the article (never over a file), then follow that file."""
        if self.draft is None:
            return
        from briefing_tui.draft.save import SaveError, save_draft
        from briefing_tui.format.errors import BriefingError
        from briefing_tui.format.loader import load

        yaml_text, target = self.draft
        try:
            save_draft(yaml_text, target)
            saved = load(target)
        except (SaveError, BriefingError) as error:
            self.notify(
                str(error).splitlines()[0], title="Draft not saved", severity="error", markup=False
            )
            return
        self.draft = None
        self.refresh_bindings()  # the save key is gone from the footer
        self.path = target
        await self.replace_briefing(saved)
        from briefing_tui.app.reload import Reloader

        self.reloader = Reloader(self, target)
        self.reloader.start()
        self._show_draft_note()
        self.notify(str(target), title="Draft saved", markup=False)

    # --- end draft integration ---

    # Live reload and the terminal's size.

    def on_resize(self, event: events.Resize) -> None:
        if self.size_guard is not None:
            self.size_guard.check(event.size)

    async def on_reloaded(self, message: Reloaded) -> None:
        """The file changed and was read again (a handler by name: `reload` is imported late)."""
        if self.reloader is not None:
            await self.reloader.apply(message.outcome)

    async def replace_briefing(self, briefing: Briefing) -> None:
        """Show `briefing` in place of the current one (a reload), keeping the reader's place.

        The selection stays (by id; when the id is gone, the item now where it was), and so do
        the focused pane, the filters, linked-only and the history (less the ids that are gone).
        """
        from briefing_tui.app.reload import swap_briefing

        self._search_index = None
        self.history.forget(frozenset(briefing.items))
        await swap_briefing(self, self._main_screen(), briefing)
        self._history_state = (None, None)
        self._update_history_bindings()

    # Selection: the one place that changes it.

    def pane_of(self, item_id: str) -> str | None:
        """The id of the list pane that lists `item_id`."""
        item = self.briefing.items.get(item_id)
        return None if item is None else _PANE_OF_KIND[item.item_kind]

    def select(self, item_id: str | None, *, anchor: int | None = None) -> None:
        """Make `item_id` the selection: every pane, the inspector and the article follow."""
        if item_id is not None and item_id not in self.briefing.items:
            return
        if item_id == self.selected_id and anchor is None:
            return
        self.selected_id = item_id
        linked = self.briefing.links.linked(item_id) if item_id is not None else frozenset()
        self._main_screen().show_selection(item_id, linked, anchor=anchor)
        self._update_history_bindings()

    def jump_to(self, item_id: str, *, focus: bool = True, anchor: int | None = None) -> None:
        """Select `item_id` as a jump: record it in the history, focus its pane."""
        if item_id not in self.briefing.items:
            return
        if self.selected_id is not None:
            self.history.visit(self.selected_id)
        self.history.visit(item_id)
        self.select(item_id, anchor=anchor)
        if focus:
            self._focus_item_pane(item_id)
        self._update_history_bindings()

    def _focus_item_pane(self, item_id: str) -> None:
        pane = self.pane_of(item_id)
        if pane is not None:
            main = self._main_screen()
            main.list_pane(pane).show_item(item_id)
            main.focus_pane(pane)

    # Messages from the panes.

    @on(ItemList.Highlighted)
    def _highlighted(self, message: ItemList.Highlighted) -> None:
        self.select(message.item_id)
        message.item_list.flush_cursor()

    @on(ItemList.Chosen)
    def _chosen(self, message: ItemList.Chosen) -> None:
        self.jump_to(message.item_id, focus=False)
        self._main_screen().focus_pane("inspector")

    @on(Inspector.LinkChosen)
    def _link_chosen(self, message: Inspector.LinkChosen) -> None:
        self.jump_to(message.item_id)

    @on(ArticleView.SpanChosen)
    def _span_chosen(self, message: ArticleView.SpanChosen) -> None:
        self.jump_to(message.item_id, focus=False, anchor=message.offset)
        pane = self.pane_of(message.item_id)
        if pane is not None:
            self._main_screen().list_pane(pane).show_item(message.item_id)

    # The filter prompt's messages: handlers by name, as its module is imported at the first `/`.

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        bar = self._main_screen().shown_filter_bar()
        if bar is not None and bar.target is not None:
            self._main_screen().list_pane(bar.target).set_filter(message.text)

    def on_filter_bar_move(self, message: FilterBar.Move) -> None:
        bar = self._main_screen().shown_filter_bar()
        if bar is None or bar.target is None:
            return
        pane = self._main_screen().list_pane(bar.target)
        if message.direction < 0:
            pane.action_cursor_up()
        else:
            pane.action_cursor_down()

    def on_filter_bar_done(self, message: FilterBar.Done) -> None:
        main = self._main_screen()
        bar = main.shown_filter_bar()
        if bar is None or bar.target is None:
            return
        target = bar.target
        pane = main.list_pane(target)
        bar.close()
        if not message.keep:
            pane.set_filter("")
        elif pane.cursor_id is not None:
            self.select(pane.cursor_id)
        main.focus_pane(target)

    # Actions.

    def action_toggle_linked_only(self) -> None:
        """Show only the items linked to the selection in the other list panes (or all again)."""
        self.linked_only = not self.linked_only
        main = self._main_screen()
        for name in LIST_PANES:
            main.list_pane(name).set_linked_only(self.linked_only)

    def _go(self, item_id: str | None) -> None:
        if item_id is None:
            self.bell()
            return
        self.select(item_id)
        self._focus_item_pane(item_id)
        self._update_history_bindings()

    def action_back(self) -> None:
        """Go back to the item before the last jump."""
        if self.selected_id is not None and self.selected_id != self.history.current:
            self.history.visit(self.selected_id)
        self._go(self.history.back())

    def action_forward(self) -> None:
        """Go forward again after going back."""
        self._go(self.history.forward())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_draft":  # draft integration (issue 15)
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
        self.push_screen(HelpScreen(help_sections(self, self._main_screen())))

    def search_index(self, factory: Callable[[Briefing], _Index]) -> _Index:
        """The palette's search index, built on first use and kept."""
        if self._search_index is None:
            self._search_index = factory(self.briefing)
        return self._search_index  # type: ignore[return-value]
