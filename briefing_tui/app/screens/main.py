"""The reader's screen: five panes, the header, the filter prompt and the footer.

It owns what the reader sees: the layout, the keys that move between panes, the selection shown
in every pane, linked-only, and the briefing itself, which it swaps for a reloaded one keeping the
view (`swap_briefing`). At 120x40 all five panes are on screen; on a small terminal (`-narrow`)
only one list pane is shown at a time, above the article and the inspector, and the same keys
(Tab, 1-5) bring each pane forward before focusing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from briefing_tui.app import keys
from briefing_tui.app.screens.view_state import LIST_PANES, ViewState, run_in
from briefing_tui.app.view.via import ViaLinks
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.header import BriefingHeader
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.app.widgets.keyfooter import KeyFooter
from briefing_tui.app.widgets.panes import ParticipantList, TimelineList, TopicList
from briefing_tui.format.model import Briefing, ItemKind
from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from briefing_tui.app.widgets.banner import ProblemBanner
    from briefing_tui.app.widgets.filterbar import FilterBar

PANES: tuple[str, ...] = (*LIST_PANES, "article", "inspector")
"""Pane ids in Tab order; keys 1-5 focus them in this order."""

_PANE_OF_KIND = {
    ItemKind.EVENT: "timeline",
    ItemKind.PARTICIPANT: "participants",
    ItemKind.SIDE: "participants",
    ItemKind.TOPIC: "topics",
}

_Child = TypeVar("_Child", bound=Widget)

NARROW_WIDTH = 110
NARROW_HEIGHT = 32
"""Below either, the screen switches to the one-list-pane layout."""


def _is_narrow(width: int, height: int) -> bool:
    return width < NARROW_WIDTH or height < NARROW_HEIGHT


class MainScreen(Screen[None]):
    """The five panes and the keys that move between them."""

    AUTO_FOCUS = "#timeline"

    BINDINGS: ClassVar[list[BindingType]] = keys.SCREEN

    def __init__(self, briefing: Briefing) -> None:
        super().__init__(id="main")
        self.briefing = briefing
        self.current_list = "timeline"
        self.selected_id: str | None = None
        """The selection: shown in every pane, the inspector and the article."""
        self.linked_only = False
        """Whether the list panes show only the items linked to the selection."""
        self._panes: dict[str, Widget] = {}
        self.via_links = ViaLinks(briefing)
        """What is linked to an item through an event (people <-> topics), per briefing."""
        self._header: BriefingHeader | None = None
        self._footer: KeyFooter | None = None
        self._styled_at_mount = True
        """True until the first ScreenResume: every node was styled as it mounted."""

    def compose(self) -> ComposeResult:
        # The layout is known before the panes mount: set later, it would restyle them all.
        self.set_class(_is_narrow(self.app.size.width, self.app.size.height), "-narrow")
        briefing = self.briefing
        # The panes are kept here as they are made, not looked up: a lookup by id would be
        # cached by Textual, and its cache would keep the panes (and a briefing) alive after a
        # swap has replaced them.
        panes: dict[str, Widget] = {}
        self._panes = panes
        self._header = BriefingHeader(briefing.document)
        yield self._header
        with Horizontal(id="body"):
            with Vertical(id="lists"):
                for pane_class in (TimelineList, ParticipantList, TopicList):
                    # A class given to the constructor costs nothing; one set later restyles.
                    behind = self.current_list != pane_class.PANE_ID
                    pane = pane_class(briefing, classes="-behind" if behind else None)
                    # The App draws a move together with what follows it (`flush_cursor`).
                    pane.defer_cursor_repaint = True
                    panes[pane_class.PANE_ID] = pane
                    yield pane
            with Vertical(id="reading"):
                panes["article"] = ArticleView(briefing)
                # Made once per briefing; the timeline pane's rows are the timeline order.
                timeline = panes["timeline"]
                assert isinstance(timeline, ItemList)
                self.via_links = ViaLinks(briefing, timeline.model.row_of)
                panes["inspector"] = Inspector(briefing, via_links=self.via_links)
                yield panes["article"]
                yield panes["inspector"]
        self._footer = KeyFooter()
        yield self._footer

    class Ready(Message):
        """The panes are mounted and show `item_id`, the first item: the App's first selection."""

        def __init__(self, item_id: str | None) -> None:
            super().__init__()
            self.item_id = item_id

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles a screen it shows (every node and each of its component classes) for
        # what may have changed while it was away. The first time, right after the panes mounted,
        # nothing has, and that pass would delay the first frame. Later resumes are left to
        # Textual (a screen popped off this one asks for no restyle anyway).
        if self._styled_at_mount:
            self._styled_at_mount = False
            event.refresh_styles = False

    def on_mount(self) -> None:
        self._apply_layout(self.app.size.width, self.app.size.height)
        # Shown here, not when the App gets `Ready`: Textual draws the screen before the App
        # reads its messages, and a selection made then would cost a second frame.
        first = self.first_item
        self.selected_id = first
        linked = self.briefing.links.linked(first) if first is not None else frozenset()
        self.show_selection(first, linked)
        self.post_message(self.Ready(first))

    @property
    def first_item(self) -> str | None:
        """The item under the first list pane's cursor that has one: what the reader opens on."""
        for name in LIST_PANES:
            item_id = self.list_pane(name).cursor_id
            if item_id is not None:
                return item_id
        return None

    def pane_of(self, item_id: str) -> str | None:
        """The id of the list pane that lists `item_id`."""
        item = self.briefing.items.get(item_id)
        return None if item is None else _PANE_OF_KIND[item.item_kind]

    def pane_title(self, name: str) -> str:
        """The title of the list pane `name`."""
        return self.list_pane(name).PANE_TITLE

    def select(self, item_id: str | None, *, anchor: int | None = None) -> None:
        """Make `item_id` the selection: every pane, the inspector and the article follow."""
        if item_id is not None and item_id not in self.briefing.items:
            return
        if item_id == self.selected_id and anchor is None:
            return
        self.selected_id = item_id
        linked = self.briefing.links.linked(item_id) if item_id is not None else frozenset()
        self.show_selection(item_id, linked, anchor=anchor)

    def action_show_document(self) -> None:
        """Show the document (its bottom line) in the inspector, or the selection again."""
        self._skip_while_typing()
        inspector = self.pane("inspector")
        assert isinstance(inspector, Inspector)
        inspector.show(None if inspector.item_id is not None else self.selected_id)
        self.focus_pane("inspector")

    def toggle_linked_only(self) -> None:
        """Show only the items linked to the selection in the other list panes (or all again)."""
        self.linked_only = not self.linked_only
        for name in LIST_PANES:
            self.list_pane(name).set_linked_only(self.linked_only)

    def show_selection(
        self, item_id: str | None, linked: frozenset[str], *, anchor: int | None = None
    ) -> None:
        """Show `item_id` as the selection: cursors, linked marks, the inspector, the article."""
        via = self.via_links.ids(item_id)
        for name in LIST_PANES:
            self.list_pane(name).update_selection(item_id, linked, via)
        inspector = self.pane("inspector")
        article = self.pane("article")
        assert isinstance(inspector, Inspector) and isinstance(article, ArticleView)
        inspector.show(item_id)
        article.show(item_id, linked, anchor=anchor)

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width, event.size.height)

    async def swap_briefing(self, briefing: Briefing) -> str | None:
        """Show `briefing` in place of the current one (a reload), keeping the reader's place.

        The selection stays (by id; when the id is gone, the item now where it was, with a
        notice), and so do the focused pane, the cursors, the filters, the open prompt and
        linked-only. The panes are rebuilt in this screen's own loop while the caller waits, so
        neither handles a message half-way through. Returns the id now selected.
        """
        state = ViewState.capture(self)
        await run_in(self, lambda: self._rebuild(briefing))
        if not self.is_attached or not self._panes:  # the app is closing
            return None
        try:
            selected = await state.restore(self)
        except NoMatches:  # the panes were torn down while they were rebuilt: closing
            return None
        if state.selected is not None and selected != state.selected:
            notice = visible(f"{state.selected} is no longer in the file")
            self.notify(notice, timeout=3, markup=False)
        return selected

    async def _rebuild(self, briefing: Briefing) -> None:
        """Compose the panes again for `briefing` (Textual's toast rack and tooltip stay)."""
        self.briefing = briefing
        self._panes = {}
        await self.recompose()
        if not self._panes:  # the screen was no longer attached: nothing was composed
            return
        await self.filter_bar()
        self._apply_layout(self.app.size.width, self.app.size.height)

    async def filter_bar(self) -> FilterBar:
        """The `/` prompt (hidden until opened), mounted above the footer if it is not yet.

        Not composed with the screen: the App mounts it once the first frame is drawn, as it
        would cost that frame its module, its styles and its mount (with its `Input`).
        """
        from briefing_tui.app.widgets.filterbar import FilterBar

        bar = self.shown_filter_bar()
        if bar is None:
            bar = FilterBar()
            # Optional: while the App closes, the screen's children may already be gone.
            footer = self._footer if self._footer is not None and self._footer.parent else None
            await self.mount(bar, before=footer)
        return bar

    def shown_filter_bar(self) -> FilterBar | None:
        """The `/` prompt if it has been mounted (it stays, hidden, once closed)."""
        from briefing_tui.app.widgets.filterbar import FilterBar

        return self._child(FilterBar)

    def problem_banner(self) -> ProblemBanner:
        """The problem banner, mounted under the header the first time a reload fails."""
        from briefing_tui.app.widgets.banner import ProblemBanner

        banner = self.shown_problem_banner()
        if banner is None:
            banner = ProblemBanner()
            header = self._header if self._header is not None and self._header.parent else None
            self.mount(banner, after=header)
        return banner

    def shown_problem_banner(self) -> ProblemBanner | None:
        """The problem banner if it has been mounted."""
        from briefing_tui.app.widgets.banner import ProblemBanner

        return self._child(ProblemBanner)

    def _child(self, kind: type[_Child]) -> _Child | None:
        """This screen's child of type `kind`, if any (an uncached look: see `compose`)."""
        for child in self.children:
            if isinstance(child, kind):
                return child
        return None

    @property
    def narrow(self) -> bool:
        """True when only one list pane is shown at a time."""
        return self.has_class("-narrow")

    def _apply_layout(self, width: int, height: int) -> None:
        self.set_class(_is_narrow(width, height), "-narrow")
        self._show_current_list()

    def _show_current_list(self) -> None:
        for name in LIST_PANES:
            pane = self._panes.get(name)
            if pane is not None:
                pane.set_class(name != self.current_list, "-behind")

    def pane(self, name: str) -> Widget:
        """The pane widget with id `name`."""
        widget = self._panes.get(name)
        if widget is None:
            raise NoMatches(f"no pane {name!r} on the reader's screen")
        return widget

    def list_pane(self, name: str) -> ItemList:
        """The list pane with id `name`."""
        widget = self.pane(name)
        assert isinstance(widget, ItemList)
        return widget

    @property
    def focused_pane(self) -> str | None:
        """The id of the pane that has focus (None when the filter prompt has it)."""
        focused = self.focused
        if focused is not None and focused.id in PANES:
            return focused.id
        return None

    def focus_pane(self, name: str) -> None:
        """Bring pane `name` forward (in the narrow layout) and focus it."""
        if name in LIST_PANES and name != self.current_list:
            self.current_list = name
            self._show_current_list()
        # Focus now, not after the queued messages (`Widget.focus` defers): keys typed right
        # after `2` (tmux send-keys, a fast typist) must already reach the new pane.
        self.set_focus(self.pane(name), scroll_visible=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        if widget.id in LIST_PANES and widget.id != self.current_list:
            self.current_list = widget.id
            self._show_current_list()

    def action_cycle(self, step: int) -> None:
        """Focus the next (or previous) pane in Tab order."""
        current = self.focused_pane
        if current is None:
            current = self.current_list
        index = PANES.index(current)
        self.focus_pane(PANES[(index + step) % len(PANES)])

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane by id."""
        self._skip_while_typing()
        self.focus_pane(name)

    def _skip_while_typing(self) -> None:
        """Leave a priority key to the filter prompt when it has focus (it is typed there)."""
        focused = self.focused
        if focused is not None and focused.id not in PANES:
            raise SkipAction()

    def filter_pane(self, name: str) -> ItemList | ArticleView:
        """The pane the `/` prompt named `name` drives: a list pane, or the article's search."""
        widget = self.pane(name)
        assert isinstance(widget, (ItemList, ArticleView))
        return widget

    async def action_filter(self) -> None:
        """Open the filter prompt for the focused list pane (or the one shown), or the search of
        the article's text when the article has focus."""
        self._skip_while_typing()
        current = self.focused_pane
        if current == "article":
            article = self.filter_pane("article")
            (await self.filter_bar()).open("article", "Article", article.filter_text)
            return
        target = current if current in LIST_PANES else self.current_list
        pane = self.list_pane(target)
        self.focus_pane(target)
        (await self.filter_bar()).open(target, pane.PANE_TITLE, pane.filter_text)
