"""Live reload: the reader follows its briefing file, and the article it names, as they are saved.

Every `INTERVAL` seconds `Reloader.poll` compares each watched file's size, mtime (ns), inode and
device with what it saw last (no watcher library: a stat is cheap and works everywhere). Size
catches an editor that truncates before it writes within one mtime tick; the inode catches one
that writes a new file and renames it over the old. When anything differs, the file is loaded in a
thread worker (a 50k-event file takes seconds) and the outcome is posted to the App as
`Reloaded`; the App hands it back to `Reloader.apply` on its own loop:

- a briefing that loads replaces the shown one in place (`BriefingApp.replace_briefing`), and
  `ViewState` carries the selection (by id, or to the item now where it was), the focused pane,
  the filters and the open filter prompt across the rebuild;
- a file that does not load (broken, empty, half written) leaves the last good briefing on screen
  and shows the first problem in the `ProblemBanner`, until a save loads again.

One load runs at a time; a save made while one runs is picked up by the poll that follows it. The
reader only ever reads the file.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.message import Message
from textual.message_pump import MessagePump
from textual.timer import Timer

from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.app.screens.main import MainScreen

INTERVAL = 0.5
"""Seconds between two looks at the watched files."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a stat says about a file: any change in it means the file may have changed."""

    size: int
    mtime_ns: int
    inode: int
    device: int


def stamp(path: Path) -> Stamp | None:
    """The file's stamp now, or None when it cannot be read (missing, say, mid-rename)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return Stamp(info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)


def watched_paths(path: Path, briefing: Briefing | None) -> tuple[Path, ...]:
    """The briefing file and, when it names one, its article file."""
    text_file = None if briefing is None else briefing.document.text_file
    if text_file is None:
        return (path,)
    return (path, path.parent / text_file)


def read_briefing(path: Path) -> tuple[Briefing | None, tuple[Problem, ...]]:
    """Load `path`: the briefing, or None and why not. Never raises: `load` turns anything that
    goes wrong, a bug included, into a `BriefingError`."""
    from briefing_tui.format.loader import load

    try:
        return load(path), ()
    except BriefingError as error:
        return None, error.problems


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a load in the worker found, and the stamps the files had before it read them."""

    briefing: Briefing | None
    problems: tuple[Problem, ...]
    stamps: Mapping[Path, Stamp | None] = field(default_factory=dict)


class Reloaded(Message):
    """A reload finished (posted from the worker thread to the App)."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__()
        self.outcome = outcome


@dataclass(slots=True)
class ViewState:
    """What the reader was looking at, kept across a rebuild of the panes."""

    selected: str | None = None
    selected_pane: str | None = None
    selected_row: int | None = None
    cursors: dict[str, str] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    focused: str | None = None
    current_list: str = "timeline"
    prompt_target: str | None = None
    prompt_text: str = ""

    @classmethod
    def capture(cls, app: BriefingApp) -> ViewState:
        """The state of `app`'s main screen now."""
        from briefing_tui.app.screens.main import LIST_PANES
        from briefing_tui.app.widgets.filterbar import FilterInput

        main = app.main
        state = cls(
            selected=app.selected_id, focused=main.focused_pane, current_list=main.current_list
        )
        for name in LIST_PANES:
            pane = main.list_pane(name)
            if pane.cursor_id is not None:
                state.cursors[name] = pane.cursor_id
            if pane.filter_text:
                state.filters[name] = pane.filter_text
        if state.selected is not None:
            state.selected_pane = app.pane_of(state.selected)
            if state.selected_pane is not None:
                rows = main.list_pane(state.selected_pane).rows
                state.selected_row = next(
                    (i for i, row in enumerate(rows) if row.item_id == state.selected), None
                )
        bar = main.shown_filter_bar()
        if bar is not None and bar.display and bar.target is not None:
            state.prompt_target = bar.target
            state.prompt_text = bar.query_one(FilterInput).value
        return state

    def fallback(self, app: BriefingApp) -> str | None:
        """The item to select when the selected one is gone: the one now where it was."""
        main = app.main
        if self.selected_pane is not None and self.selected_row is not None:
            rows = main.list_pane(self.selected_pane).rows
            start = max(0, min(self.selected_row, len(rows) - 1))
            for index in (*range(start, len(rows)), *range(start - 1, -1, -1)):
                item_id = rows[index].item_id
                if item_id is not None:
                    return item_id
        return main.first_item

    async def restore(self, app: BriefingApp) -> str | None:
        """Put `app` (with a new briefing) back as captured; the id now selected."""
        from briefing_tui.app.screens.main import LIST_PANES

        main = app.main
        items = app.briefing.items
        for name in LIST_PANES:
            pane = main.list_pane(name)
            text = self.prompt_text if name == self.prompt_target else self.filters.get(name, "")
            if text:
                pane.set_filter(text)
            if app.linked_only:
                pane.set_linked_only(True)
            cursor = self.cursors.get(name)
            if cursor is not None and cursor in items and cursor in pane.visible_ids:
                pane.show_item(cursor)
        selected = self.selected
        if selected is not None and selected not in items:
            selected = self.fallback(app)
        app.selected_id = None
        app.select(selected)
        if self.prompt_target is not None:
            pane = main.list_pane(self.prompt_target)
            main.focus_pane(self.prompt_target)
            (await main.filter_bar()).open(self.prompt_target, pane.PANE_TITLE, self.prompt_text)
        else:
            main.focus_pane(self.focused or self.current_list)
        return selected


async def run_in(pump: MessagePump, work: Callable[[], Awaitable[None]]) -> None:
    """Run `work` in `pump`'s own message loop and wait for it.

    While it runs, that loop handles nothing else: a resize or a key cannot reach the screen's
    handlers half-way through a rebuild of its panes.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    async def call() -> None:
        try:
            await work()
        except BaseException as error:
            if not done.done():
                done.set_exception(error)
            return
        if not done.done():
            done.set_result(None)

    if not pump.call_later(call):
        await work()
        return
    await done


class Reloader:
    """Watches the App's file and reloads it when it changes (see the module docstring)."""

    def __init__(self, app: BriefingApp, path: Path) -> None:
        self._app = app
        self.path = path
        self._paths = watched_paths(path, app.briefing)
        self._seen = self._stamps()
        self._loading = False
        self._timer: Timer | None = None
        self.loads = 0
        """How many loads were started (for tests)."""

    def _stamps(self) -> dict[Path, Stamp | None]:
        return {path: stamp(path) for path in self._paths}

    @property
    def loading(self) -> bool:
        """Whether a load is running."""
        return self._loading

    def start(self) -> None:
        """Start watching; a change since the Reloader was made (after the load) counts."""
        if self._timer is None:
            self._timer = self._app.set_interval(INTERVAL, self.poll, name="reload-poll")

    def stop(self) -> None:
        """Stop watching."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def poll(self) -> None:
        """Start a load when a watched file changed since it was last seen."""
        if self._loading:
            return
        now = self._stamps()
        if now != self._seen:
            self._start_load(now)

    def _start_load(self, stamps: dict[Path, Stamp | None]) -> None:
        self._loading = True
        self.loads += 1
        self._app.run_worker(
            lambda: self._load(stamps),
            name="reload",
            group="reload",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _load(self, stamps: dict[Path, Stamp | None]) -> None:
        """In the worker thread: load, and post the outcome to the App."""
        try:
            briefing, problems = read_briefing(self.path)
        except BaseException as error:  # report it anyway, or the poll waits for it forever
            briefing, problems = None, (Problem(os.fsdecode(self.path), visible(repr(error))),)
        self._app.post_message(Reloaded(Outcome(briefing, problems, stamps)))

    async def apply(self, outcome: Outcome) -> None:
        """On the App's loop: show the outcome of a load, then look again for newer saves."""
        self._loading = False
        try:
            main = self._app.main
        except LookupError:  # the app is closing
            return
        briefing = outcome.briefing
        if briefing is not None:
            self._paths = watched_paths(self.path, briefing)
        self._seen = {
            path: outcome.stamps[path] if path in outcome.stamps else stamp(path)
            for path in self._paths
        }
        if briefing is None:
            main.problem_banner().show_problems(outcome.problems)
        else:
            await self._app.replace_briefing(briefing)
            banner = main.shown_problem_banner()
            if banner is not None:
                banner.clear()
            self._app.notify(visible(f"Reloaded {self.path.name}"), timeout=2, markup=False)
        self.poll()


async def swap_briefing(app: BriefingApp, main: MainScreen, briefing: Briefing) -> str | None:
    """Make `briefing` the App's, rebuild `main`'s panes for it and restore the view.

    Returns the id now selected. The rebuild runs in the screen's own loop (`run_in`) while the
    App waits for it, so neither handles a message half-way through.
    """
    state = ViewState.capture(app)
    app.briefing = briefing
    await run_in(main, lambda: main.show_briefing(briefing))
    try:
        selected = await state.restore(app)
    except NoMatches:
        # The panes were torn down while they were rebuilt: the app is closing.
        return None
    if state.selected is not None and selected != state.selected:
        app.notify(visible(f"{state.selected} is no longer in the file"), timeout=3, markup=False)
    # Textual's query caches (keyed by a DOM version) would keep the replaced panes, and with
    # them the old briefing, alive until 1024 newer queries push them out.
    for node in (app, main):
        cache = getattr(node, "_query_one_cache", None)
        if cache is not None:
            cache.clear()
    app.call_after_refresh(collect_replaced)
    return selected


def collect_replaced() -> None:
    """Collect the replaced panes and briefing, then freeze what is left, as at start.

    `BriefingApp._start` freezes the objects alive at start so that the cycle collector never
    walks a large briefing again; the replaced panes were frozen with them and, being cyclic,
    would never be freed (about 60 MB per reload of a 20,000-event file). A full collection
    costs about 0.2 s at 20,000 events and 0.5 s at 50,000; it runs after the new panes are
    drawn.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
