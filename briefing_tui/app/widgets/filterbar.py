"""The `/` filter prompt at the bottom of the screen, for one list pane at a time.

It only reports what the user types (`Changed`), wants to move (`Move`) or ends (`Done`); the App
applies the filter to the pane.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label

from briefing_tui.app import keys


class FilterInput(Input):
    """The filter's text box: Up/Down move the list's cursor, Esc clears and closes."""

    BINDINGS: ClassVar[list[BindingType]] = keys.FILTER

    def action_cancel(self) -> None:
        """Clear the filter and close the prompt."""
        self.post_message(FilterBar.Done(keep=False))

    def action_move(self, direction: int) -> None:
        """Move the filtered pane's cursor."""
        self.post_message(FilterBar.Move(direction))


class FilterBar(Horizontal):
    """`Filter Timeline: [text]` — shown while a filter is being typed."""

    class Changed(Message):
        """The filter text changed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Move(Message):
        """Up or Down in the prompt: move the pane's cursor."""

        def __init__(self, direction: int) -> None:
            super().__init__()
            self.direction = direction

    class Done(Message):
        """Enter (`keep`) or Esc (not `keep`, the filter is cleared)."""

        def __init__(self, *, keep: bool) -> None:
            super().__init__()
            self.keep = keep

    def __init__(self, *, id: str = "filter-bar") -> None:
        super().__init__(id=id)
        self.target: str | None = None
        self.display = False

    def compose(self) -> ComposeResult:
        yield Label(Content("Filter"), id="filter-label")
        yield FilterInput(placeholder="name, alias or title · Enter keeps · Esc clears")

    @property
    def value(self) -> str:
        """The text typed in the prompt."""
        return self.query_one(FilterInput).value

    def open(self, target: str, title: str, text: str) -> None:
        """Show the prompt for the pane `target` (its title `title`), starting from `text`."""
        self.target = target
        verb = "Search" if target == "article" else "Filter"  # the article's text is searched
        self.query_one(Label).update(Content(f"{verb} {title}:"))
        field = self.query_one(FilterInput)
        with field.prevent(Input.Changed):
            field.value = text
        self.display = True
        # At once, not deferred like `focus()`: what is typed right after `/` is the filter.
        self.screen.set_focus(field)
        field.cursor_position = len(text)

    def close(self) -> None:
        """Hide the prompt."""
        self.display = False
        self.target = None

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done(keep=True))

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if self.display and self.target is not None:
            self.post_message(self.Done(keep=True))
