"""Words and glyphs the app shows for the model's enumerations and dates (no Textual import).

Glyphs differ in shape, not only in colour, so every mark still reads with NO_COLOR.
"""

from __future__ import annotations

from briefing_tui.format.model import Certainty, EventStatus, ParticipantKind, When

STATUS_GLYPHS: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "●",
    EventStatus.ONGOING: "◐",
    EventStatus.PLANNED: "○",
    EventStatus.EXPECTED: "◌",
    EventStatus.POSSIBLE: "?",
}
"""One glyph per event status: filled when it happened, half while it goes on, hollow ahead."""

CERTAINTY_SHORT: dict[Certainty, str] = {
    Certainty.STATED: "stated",
    Certainty.EXPECTED: "expected",
    Certainty.LIKELY: "likely",
    Certainty.POSSIBLE: "possible",
}
"""Certainty in at most eight cells, for list columns (every word spelled out)."""

KIND_SHORT: dict[ParticipantKind, str] = {
    ParticipantKind.PERSON: "person",
    ParticipantKind.ORGANIZATION: "org",
    ParticipantKind.COUNTRY: "country",
}

LINKED_GLYPH = "◆"
"""Marks a row linked to the current selection."""

VIA_GLYPH = "◇"
"""Marks a row linked to the current selection through an event only (a topic of a person's
events, a person in a topic's events)."""

SELECTED_GLYPH = "▶"
"""Marks the row of the current selection in a pane that does not have focus."""

SPAN_CURSOR_GLYPH = "▶"
"""Marks the article line holding the span cursor."""


def date_range_long(when: When) -> str:
    """The day range spelled out for the inspector: `2021-03-11 to 2021-03-20`, `on or before …`."""
    first, last = when.earliest, when.latest
    if first is None and last is None:
        return "undated"
    if first is None:
        assert last is not None
        return f"on or before {last.isoformat()}"
    if last is None:
        return f"on or after {first.isoformat()}"
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} to {last.isoformat()}"
