"""The `timeline` export: TimelineJS3 JSON, for every event with at least one dated end.

TimelineJS shows `headline` and `text` as HTML, so every string from the file is made visible and
HTML-escaped here; a name `<script>` stays text. `display_date` is the article's own words, `group`
the status; the start and end dates are the resolved range (an open end takes the known one).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from briefing_tui.export.common import dateline, one_line
from briefing_tui.export.jsonsafe import dumps
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event


def _esc(text: str) -> str:
    return html.escape(one_line(text), quote=True)


def _date(day: dt.date) -> dict[str, str]:
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}


def notes(briefing: Briefing) -> list[str]:
    """How many events were left out (undated ones)."""
    undated = sum(1 for event in briefing.events if not event.when.is_dated)
    return [f"left out {undated} undated event{'s' * (undated != 1)}"] if undated else []


def render(briefing: Briefing) -> str:
    """The TimelineJS3 JSON document."""
    document = briefing.document
    intro = f"{_esc(document.place)} · {dateline(briefing)}"
    if document.summary:
        intro += f"<p>{_esc(document.summary)}</p>"
    names = {item_id: _esc(item.label) for item_id, item in briefing.items.items()}
    data: dict[str, Any] = {
        "title": {"text": {"headline": _esc(document.title), "text": intro}},
        "events": [
            _slide(briefing, event, names) for event in briefing.events if event.when.is_dated
        ],
    }
    return dumps(data) + "\n"


def _slide(briefing: Briefing, event: Event, names: dict[str, str]) -> dict[str, Any]:
    first = event.when.earliest if event.when.earliest is not None else event.when.latest
    last = event.when.latest if event.when.latest is not None else event.when.earliest
    assert first is not None and last is not None
    article = briefing.document.text
    parts = [f"<p>{date_range(event.when)} · {event.status.value} · {event.certainty.value}</p>"]
    if event.participants:
        who = ", ".join(names.get(p, html.escape(p)) for p in event.participants)
        parts.append(f"<p>Participants: {who}</p>")
    for quote in event.evidence:
        words = _esc(article[quote.span.start : quote.span.end])
        parts.append(f"<blockquote>“{words}”</blockquote>")
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _date(first),
        "display_date": _esc(event.when.text),
        "text": {"headline": _esc(event.title), "text": "".join(parts)},
        "group": event.status.value,
    }
    if last != first:
        slide["end_date"] = _date(last)
    return slide
