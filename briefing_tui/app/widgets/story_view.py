"""The story: every event of every briefing on one timeline, and the sources of the one chosen.

Left, one row per event id across the library, in the reader's timeline order, each naming its
source (or how many), flagged when the sources' dates disagree, with the now divider at today's
date. Right, the sources of the highlighted event: Enter opens that briefing at the event (Enter
on the left opens the first source).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content

from briefing_tui.app.widgets.library_list import RowList
from briefing_tui.app.widgets.library_rows import (
    OpenBriefing,
    now_divider,
    source_prompt,
    story_prompt,
)
from briefing_tui.app.widgets.linelist import set_border_text
from briefing_tui.library.index import Library
from briefing_tui.library.records import Source, StoryEvent

NOW_ID = "story-now"

Line = StoryEvent | None
"""A row of the story: an event, or None for the now divider."""


class StoryView(Horizontal):
    """The merged timeline (left) and the highlighted event's sources (right)."""

    DEFAULT_CSS = """
    StoryView { height: 1fr; }
    StoryView > #story-events { width: 3fr; height: 1fr; border: round $primary-muted; }
    StoryView > #story-sources { width: 2fr; height: 1fr; border: round $primary-muted; }
    StoryView > RowList:focus { border: round $primary; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,l", "focus_sources", "Sources", show=False),
        Binding("left,h", "focus_events", "Events", show=False),
    ]

    def __init__(self, library: Library, today: dt.date, *, id: str = "story") -> None:
        super().__init__(id=id)
        self.library = library
        self.today = today
        self.events: list[StoryEvent] = []
        self.sources: list[Source] = []
        self._shown_sources: str | None = None
        self._centre_pending = False

    def compose(self) -> ComposeResult:
        today = self.today
        events: RowList[Line] = RowList(
            lambda event: now_divider(today) if event is None else story_prompt(event),
            selectable=lambda event: event is not None,
            id="story-events",
        )
        events.border_title = "Story"
        # A move is drawn with the sources it shows, in one frame (`_event_highlighted`).
        events.defer_cursor_repaint = True
        yield events
        sources: RowList[Source] = RowList(source_prompt, id="story-sources")
        sources.border_title = "Sources"
        yield sources

    @property
    def event_list(self) -> RowList[Line]:
        return self.query_one("#story-events", RowList)

    @property
    def source_list(self) -> RowList[Source]:
        return self.query_one("#story-sources", RowList)

    @property
    def current_event(self) -> StoryEvent | None:
        """The event under the cursor."""
        return self.event_list.current

    def reload(self) -> None:
        """Read the story again from the index, keeping the cursor on the same event."""
        current = self.current_event
        self.events = self.library.story()
        rows: list[Line] = []
        divided = False
        for event in self.events:
            if not divided and (event.first_day is None or event.is_after(self.today)):
                rows.append(None)
                divided = True
            rows.append(event)
        if not divided and self.events:
            rows.append(None)
        event_list = self.event_list
        count = len(self.events)
        event_list.border_title = f"Story · {count} event{'s' if count != 1 else ''}"
        where = None
        if current is not None:
            where = next(
                (
                    n
                    for n, row in enumerate(rows)
                    if row is not None and row.item_id == current.item_id
                ),
                None,
            )
        if where is not None:
            event_list.set_rows(rows, where)
        elif self.events:
            # Start where the story stands today: on the last event before the now divider.
            now = rows.index(None)
            event_list.set_rows(rows, now - 1 if now > 0 else now + 1)
            self._centre_pending = True
            self.call_after_refresh(self.centre_now)
        else:
            event_list.set_rows(rows)
        self._shown_sources = None
        self._show_sources(self.current_event)

    def centre_now(self) -> None:
        """Scroll the now divider to the middle, once, when the list is first on screen."""
        event_list = self.event_list
        height = event_list.scrollable_content_region.height
        if not self._centre_pending or not height:
            return  # not shown yet: the view calls again when it is
        self._centre_pending = False
        now = list(event_list.rows).index(None) if None in event_list.rows else 0
        event_list.scroll_to(y=max(0, now - height // 2), animate=False)

    def _show_sources(self, event: StoryEvent | None) -> None:
        item_id = None if event is None else event.item_id
        if item_id == self._shown_sources:
            return
        self._shown_sources = item_id
        self.sources = [] if item_id is None else self.library.sources(item_id)
        source_list = self.source_list
        source_list.set_rows(self.sources)
        disagree = event is not None and event.dates_disagree
        title = f"Sources · {len(self.sources)}" + (" · dates disagree" if disagree else "")
        # Only the border line is redrawn (the title changes with nearly every cursor move).
        set_border_text(source_list, Content(title))

    @on(RowList.Highlighted, "#story-events")
    def _event_highlighted(self, message: RowList.Highlighted) -> None:
        # Read the cursor as it is now (the message may be older than later key presses).
        self._show_sources(self.current_event)
        self.event_list.flush_cursor()

    @on(RowList.Chosen, "#story-events")
    def _event_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        event = self.current_event
        if event is not None and self.sources:
            self._open(self.sources[0], event.item_id)

    @on(RowList.Chosen, "#story-sources")
    def _source_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        event = self.current_event
        index = message.index
        if event is not None and index < len(self.sources):
            self._open(self.sources[index], event.item_id)

    def _open(self, source: Source, item_id: str) -> None:
        self.post_message(OpenBriefing(source.path, item_id, source.quote_start))

    def action_focus_sources(self) -> None:
        self.source_list.focus()

    def action_focus_events(self) -> None:
        self.event_list.focus()
