"""How the inspector names a linked item on one line: glyph and dates, roles, certainty."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style

from briefing_tui.app import safe
from briefing_tui.app.view.labels import CERTAINTY_SHORT, KIND_SHORT, STATUS_GLYPHS
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Participant, Side, Topic


def link_label(briefing: Briefing, item_id: str, dim: Style) -> Content:
    """The item `item_id` in a few words (its id alone when it is unknown); details in `dim`."""
    item = briefing.items.get(item_id)
    if item is None:
        return safe.literal(item_id)
    if isinstance(item, Event):
        return Content.assemble(
            STATUS_GLYPHS[item.status] + " ",
            (date_range(item.when), dim),
            " ",
            safe.literal(item.title),
        )
    if isinstance(item, Participant):
        detail = "; ".join(item.roles) if item.roles else KIND_SHORT[item.kind]
        return Content.assemble(safe.literal(item.name), (" · ", dim), safe.literal(detail, dim))
    if isinstance(item, Topic):
        return Content.assemble(
            safe.literal(item.title), (f" · {CERTAINTY_SHORT[item.certainty]}", dim)
        )
    assert isinstance(item, Side)
    return Content.assemble(safe.literal(item.name), (" · side", dim))
