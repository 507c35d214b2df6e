"""Build a `Briefing` straight from a dict (the YAML's shape) for app tests.

Temporary: used until `briefing_tui.format.loader` lands; it trusts its input and checks nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from briefing_tui.format.dates import resolve
from briefing_tui.format.links import build_links
from briefing_tui.format.model import (
    Briefing,
    Certainty,
    DateMod,
    Document,
    Event,
    EventStatus,
    Participant,
    ParticipantKind,
    Quote,
    Side,
    Topic,
    When,
)
from briefing_tui.format.quotes import ArticleIndex


def _quotes(index: ArticleIndex, raw: list[Any] | None) -> tuple[Quote, ...]:
    quotes = []
    for entry in raw or []:
        if isinstance(entry, str):
            entry = {"exact": entry}
        span = index.resolve(entry["exact"], entry.get("prefix", ""), entry.get("suffix", ""))
        quotes.append(Quote(entry["exact"], span, entry.get("prefix", ""), entry.get("suffix", "")))
    return tuple(quotes)


def build(data: dict[str, Any], text: str) -> Briefing:
    """A Briefing from `data` (already parsed) over article `text`."""
    index = ArticleIndex(text)
    doc = data["document"]
    document = Document(
        title=doc["title"],
        published=dt.date.fromisoformat(doc["published"]),
        place=doc["place"],
        text=text,
        source=doc.get("source"),
        summary=doc.get("summary"),
    )
    sides = tuple(
        Side(s["id"], s["name"], _quotes(index, s.get("evidence"))) for s in data.get("sides", [])
    )
    participants = tuple(
        Participant(
            id=p["id"],
            name=p["name"],
            kind=ParticipantKind(p["kind"]),
            evidence=_quotes(index, p.get("evidence")),
            side=p.get("side"),
            roles=tuple(p.get("roles", ())),
            org=p.get("org"),
            aliases=tuple(p.get("aliases", ())),
        )
        for p in data.get("participants", [])
    )
    events = []
    for e in data.get("events", []):
        when = e["when"]
        mod = DateMod(when["mod"]) if when.get("mod") else None
        earliest, latest = resolve(when.get("date"), mod)
        events.append(
            Event(
                id=e["id"],
                title=e["title"],
                when=When(when["text"], when.get("date"), mod, earliest, latest),
                status=EventStatus(e["status"]),
                certainty=Certainty(e["certainty"]),
                evidence=_quotes(index, e.get("evidence")),
                participants=tuple(e.get("participants", ())),
                topics=tuple(e.get("topics", ())),
                place=e.get("place"),
            )
        )
    topics = tuple(
        Topic(
            id=t["id"],
            title=t["title"],
            certainty=Certainty(t["certainty"]),
            evidence=_quotes(index, t.get("evidence")),
            parent=t.get("parent"),
            aliases=tuple(t.get("aliases", ())),
        )
        for t in data.get("topics", [])
    )
    links = build_links(sides, participants, events, topics)
    items = {item.id: item for group in (sides, participants, events, topics) for item in group}
    return Briefing(document, sides, participants, tuple(events), topics, links, items=items)


def seed() -> Briefing:
    """The seed briefing, built without the loader."""
    root = Path(__file__).resolve().parents[2] / "seeds"
    data = yaml.safe_load((root / "000_655d5a0009c8cdc1.yaml").read_text("utf-8"))
    topic_ids = {topic["id"] for topic in data.get("topics", [])}
    for event in data.get("events", []):
        if event["id"] in topic_ids:
            event["id"] += "-event"
    text = (root / "000_655d5a0009c8cdc1.txt").read_text("utf-8")
    return build(data, text)
