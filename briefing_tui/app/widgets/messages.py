"""What the panes say about items: one shape for every message that names an item.

A pane announces that the user moved onto an item (`ItemHighlighted`) or chose one
(`ItemChosen`: Enter on a list row, a link in the inspector, a span of the article); the App
decides what follows. Each pane subclasses these as its own nested messages, so handlers can
still tell them apart (`ItemList.Chosen`, `Inspector.LinkChosen`, `ArticleView.SpanChosen`).
"""

from __future__ import annotations

from textual.message import Message
from textual.widget import Widget


class ItemMessage(Message):
    """A pane's news about one of its items."""

    def __init__(self, pane: Widget, item_id: str, *, offset: int | None = None) -> None:
        super().__init__()
        self.pane = pane
        """The pane that sent it."""
        self.item_id = item_id
        """The item."""
        self.offset = offset
        """Where in the article the user chose it, when it was chosen there."""

    @property
    def control(self) -> Widget:
        return self.pane


class ItemHighlighted(ItemMessage):
    """The user moved a pane's cursor onto an item."""


class ItemChosen(ItemMessage):
    """The user chose an item (Enter, or a second click): the App jumps to it."""
