"""What the reader's screen shows (selection, cursors, filters, focus, the open prompt), kept
across a swap of its briefing, and the one helper that runs the swap in the screen's own loop.

A protocol, not the screen class, is what this module knows of the screen: it is imported by
`main.py`, and imports nothing of it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from textual.message_pump import MessagePump

from briefing_tui.app.view.rows import Row
from briefing_tui.format.model import Briefing

LIST_PANES: tuple[str, ...] = ("timeline", "participants", "topics")
"""The list panes' ids, in Tab order."""


class ListPane(Protocol):
    """What a view state reads from and sets on a list pane."""

    @property
    def cursor_id(self) -> str | None: ...
    @property
    def filter_text(self) -> str: ...
    @property
    def rows(self) -> Sequence[Row]: ...
    @property
    def visible_ids(self) -> list[str]: ...
    def set_filter(self, text: str) -> None: ...
    def set_linked_only(self, on: bool) -> None: ...
    def show_item(self, item_id: str, *, quiet: bool = True) -> bool: ...


class Prompt(Protocol):
    """The `/` prompt as a view state sees it."""

    @property
    def display(self) -> bool: ...
    @property
    def target(self) -> str | None: ...
    @property
    def value(self) -> str: ...
    def open(self, target: str, title: str, text: str) -> None: ...


class Reader(Protocol):
    """The screen whose view a `ViewState` captures and restores."""

    briefing: Briefing
    selected_id: str | None
    linked_only: bool
    current_list: str

    @property
    def focused_pane(self) -> str | None: ...
    @property
    def first_item(self) -> str | None: ...
    def list_pane(self, name: str) -> ListPane: ...
    def pane_of(self, item_id: str) -> str | None: ...
    def shown_filter_bar(self) -> Prompt | None: ...
    async def filter_bar(self) -> Prompt: ...
    def focus_pane(self, name: str) -> None: ...
    def select(self, item_id: str | None, *, anchor: int | None = None) -> None: ...
    def pane_title(self, name: str) -> str: ...


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
    def capture(cls, reader: Reader) -> ViewState:
        """The state of `reader` now."""
        state = cls(
            selected=reader.selected_id,
            focused=reader.focused_pane,
            current_list=reader.current_list,
        )
        for name in LIST_PANES:
            pane = reader.list_pane(name)
            if pane.cursor_id is not None:
                state.cursors[name] = pane.cursor_id
            if pane.filter_text:
                state.filters[name] = pane.filter_text
        if state.selected is not None:
            state.selected_pane = reader.pane_of(state.selected)
            if state.selected_pane is not None:
                rows = reader.list_pane(state.selected_pane).rows
                state.selected_row = next(
                    (i for i, row in enumerate(rows) if row.item_id == state.selected), None
                )
        bar = reader.shown_filter_bar()
        if bar is not None and bar.display and bar.target is not None:
            state.prompt_target = bar.target
            state.prompt_text = bar.value
        return state

    def fallback(self, reader: Reader) -> str | None:
        """The item to select when the selected one is gone: the one now where it was."""
        if self.selected_pane is not None and self.selected_row is not None:
            rows = reader.list_pane(self.selected_pane).rows
            start = max(0, min(self.selected_row, len(rows) - 1))
            for index in (*range(start, len(rows)), *range(start - 1, -1, -1)):
                item_id = rows[index].item_id
                if item_id is not None:
                    return item_id
        return reader.first_item

    async def restore(self, reader: Reader) -> str | None:
        """Put `reader` (showing a new briefing) back as captured; the id now selected."""
        items = reader.briefing.items
        for name in LIST_PANES:
            pane = reader.list_pane(name)
            text = self.prompt_text if name == self.prompt_target else self.filters.get(name, "")
            if text:
                pane.set_filter(text)
            if reader.linked_only:
                pane.set_linked_only(True)
            cursor = self.cursors.get(name)
            if cursor is not None and cursor in items and cursor in pane.visible_ids:
                pane.show_item(cursor)
        selected = self.selected
        if selected is not None and selected not in items:
            selected = self.fallback(reader)
        reader.selected_id = None
        reader.select(selected)
        if self.prompt_target is not None:
            reader.focus_pane(self.prompt_target)
            title = reader.pane_title(self.prompt_target)
            (await reader.filter_bar()).open(self.prompt_target, title, self.prompt_text)
        else:
            reader.focus_pane(self.focused or self.current_list)
        return selected


async def run_in(pump: MessagePump, work: Callable[[], Awaitable[None]]) -> None:
    """Run `work` in `pump`'s own message loop and wait for it.

    While it runs, that loop handles nothing else (and neither does the caller's, which waits):
    a resize or a key cannot reach the screen's handlers half-way through a rebuild of its panes.
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
