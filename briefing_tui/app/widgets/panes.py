"""The three list panes: how a timeline, participant and topic row reads.

Each pane is an `ItemList` that only knows how to draw one row's text; cursor, marks, filter and
caching live in `ItemList`.
"""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content

from briefing_tui.app import safe
from briefing_tui.app.view.columns import SCAN_LIMIT, natural_widths, timeline_columns
from briefing_tui.app.view.labels import CERTAINTY_SHORT, KIND_SHORT, STATUS_GLYPHS
from briefing_tui.app.view.rows import Row, RowKind, participant_rows, timeline_rows, topic_rows
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.app.widgets.linelist import fit
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Participant, Side, Topic
from briefing_tui.format.text import visible


def _column(content: Content, width: int) -> Content:
    """`content` cut or padded to exactly `width` cells (plus nothing when width is 0)."""
    if width <= 0:
        return Content("")
    if content.cell_length > width:
        return content.truncate(width, ellipsis=True)
    return content.pad_right(width - content.cell_length)


class TimelineList(ItemList):
    """Events by date, with a "now" divider at the dateline."""

    PANE_ID: ClassVar[str] = "timeline"
    PANE_TITLE: ClassVar[str] = "Timeline"
    COMPONENT_CLASSES: ClassVar[set[str]] = {"item-list--divider"}
    EMPTY_TEXT: ClassVar[str] = "no events"

    def build_rows(self, briefing: Briefing) -> list[Row]:
        return timeline_rows(briefing.events, briefing.document.published)

    def _naturals(self) -> tuple[int, int, int]:
        """The widest When words, day range and title (measured once, on a large briefing
        taken as the caps)."""
        naturals: tuple[int, int, int] | None = getattr(self, "_natural_widths", None)
        if naturals is None:
            events = self.briefing.events
            if len(events) > SCAN_LIMIT:
                naturals = (30, 22, 80)
            else:
                naturals = natural_widths(
                    [visible(e.when.text) for e in events],
                    [date_range(e.when) for e in events],
                    [visible(e.title) for e in events],
                )
            self._natural_widths = naturals
        return naturals

    def row_content(self, row: Row, width: int) -> Content:
        if row.kind == RowKind.DIVIDER:
            text = f"── {row.text} "
            return Content(text + "─" * max(0, width - len(text)))
        assert row.item_id is not None
        event = self.briefing.items[row.item_id]
        assert isinstance(event, Event)
        dim = self.dim_style()
        columns = timeline_columns(width - 2, *self._naturals())
        words_width, date_width = columns.words, columns.date
        title_width, certainty_width = columns.title, columns.certainty
        parts: list[Content] = [Content(STATUS_GLYPHS[event.status] + " ")]
        if words_width:
            parts.append(_column(safe.literal(event.when.text), words_width))
            parts.append(Content(" "))
        parts.append(_column(Content(date_range(event.when)).stylize(dim), date_width))
        parts.append(Content(" "))
        parts.append(_column(safe.literal(event.title), max(0, title_width)))
        if certainty_width:
            parts.append(Content(" "))
            certainty = CERTAINTY_SHORT[event.certainty]
            parts.append(Content(certainty.rjust(certainty_width)).stylize(dim))
        return fit(Content.assemble(*parts), width)


class ParticipantList(ItemList):
    """Participants under their side, then the unaffiliated; organisations before their people."""

    PANE_ID: ClassVar[str] = "participants"
    PANE_TITLE: ClassVar[str] = "Participants"
    COMPONENT_CLASSES: ClassVar[set[str]] = {"item-list--group", "item-list--heading"}
    EMPTY_TEXT: ClassVar[str] = "no participants"

    def build_rows(self, briefing: Briefing) -> list[Row]:
        return participant_rows(briefing)

    def row_content(self, row: Row, width: int) -> Content:
        if row.item_id is None:
            return fit(Content(row.text), width)
        item = self.briefing.items[row.item_id]
        if isinstance(item, Side):
            return fit(safe.literal(item.name), width)
        assert isinstance(item, Participant)
        dim = self.dim_style()
        indent = "  " + row.guide if row.depth else "  "
        details = KIND_SHORT[item.kind]
        parts: list[Content] = [Content(indent), safe.literal(item.name)]
        parts.append(Content(f" · {details}").stylize(dim))
        if item.roles:
            parts.append(Content(" · ").stylize(dim))
            parts.append(safe.literal("; ".join(item.roles), dim))
        return fit(Content.assemble(*parts), width)


class TopicList(ItemList):
    """Topics as an indented tree, each with the article's hedging."""

    PANE_ID: ClassVar[str] = "topics"
    PANE_TITLE: ClassVar[str] = "Topics"
    EMPTY_TEXT: ClassVar[str] = "no topics"

    def build_rows(self, briefing: Briefing) -> list[Row]:
        return topic_rows(briefing.topics)

    def row_content(self, row: Row, width: int) -> Content:
        assert row.item_id is not None
        topic = self.briefing.items[row.item_id]
        assert isinstance(topic, Topic)
        certainty = CERTAINTY_SHORT[topic.certainty]
        certainty_width = len(certainty) + 1 if width >= 24 else 0
        title_width = max(0, width - certainty_width)
        title = Content.assemble(Content(row.guide), safe.literal(topic.title))
        parts = [_column(title, title_width)]
        if certainty_width:
            parts.append(Content(" " + certainty).stylize(self.dim_style()))
        return fit(Content.assemble(*parts), width)
