"""The `md` export: a readable Markdown briefing.

Header and summary, the timeline as a table (the article's words, the resolved dates, status and
certainty), participants by side, the topic tree, then every item with its quotes as blockquotes;
items are linked by anchors (`#event-visit`). File text is never Markdown or HTML: `&`, `<` and `>`
become entities; the characters Markdown acts on inline (`\\ ` * _ [ ] ! | ~ #`), a line's
leading list, heading or quote mark, and what would become an autolink (`://`, `www.`) are
backslash-escaped.
A name such as `[x](javascript:...)` or `<script>` is shown as written; control characters become
stand-ins. The rest of the punctuation is left alone, so the file stays readable as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_tui.export.common import (
    STATUS_GLYPHS,
    dateline,
    file_order,
    linked_by_kind,
    one_line,
    sides_with_participants,
    timeline_rows,
    topic_tree,
)
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Topic
from briefing_tui.format.text import visible

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE = re.compile(r"[\\`*_\[\]!|~#&<>$]|(?<=:)//|(?<=www)\.", re.IGNORECASE)
_LINE_START = re.compile(r"^(\s*\d*)([-+=.)])")
_KIND_TITLES = {
    "side": "Sides",
    "participant": "Participants",
    "event": "Events",
    "topic": "Topics",
}


def md(text: str) -> str:
    """File text as literal Markdown on one line (also safe at the start of a line)."""
    return _escape(one_line(text))


def md_block(text: str) -> str:
    """File text as literal Markdown paragraphs (line breaks kept, blank lines split paragraphs)."""
    lines = visible(text, multiline=True).replace("\t", " ").split("\n")
    return "\n".join(_escape(line.strip()) for line in lines).strip()


def _escape(line: str) -> str:
    line = _INLINE.sub(_escape_char, line)
    return _LINE_START.sub(lambda match: f"{match.group(1)}\\{match.group(2)}", line)


def _escape_char(match: re.Match[str]) -> str:
    text = match.group()
    if text == "//":
        return "\\/\\/"
    return _ENTITIES.get(text) or "\\" + text


def anchor(item: Item) -> str:
    """The anchor of an item's section: its kind and id (ids are `[a-z0-9-]`, safe in a URL)."""
    return f"{item.item_kind.value}-{item.id}"


def link(item: Item) -> str:
    """A Markdown link to the item's section, its label as text."""
    return f"[{md(item.label)}](#{anchor(item)})"


def render(briefing: Briefing) -> str:
    """The Markdown briefing."""
    return "\n".join(_lines(briefing)) + "\n"


def _lines(briefing: Briefing) -> Iterator[str]:
    document = briefing.document
    yield f"# {md(document.title)}"
    yield ""
    where = f"{md(document.place)} · {dateline(briefing)}"
    if document.source:
        where += f" · {md(document.source)}"
    yield f"*{where}*"
    yield ""
    if document.summary:
        yield md_block(document.summary)
        yield ""
    yield from _timeline(briefing)
    yield from _participants(briefing)
    yield from _topics(briefing)
    yield from _details(briefing)


def _timeline(briefing: Briefing) -> Iterator[str]:
    yield f"## Timeline ({len(briefing.events)} events)"
    yield ""
    yield "| | when (the article's words) | dates | event | status | certainty |"
    yield "| --- | --- | --- | --- | --- | --- |"
    for row in timeline_rows(briefing):
        if row.event is None:
            yield f"| | **── {row.divider} ──** | | | | |"
            continue
        event = row.event
        yield (
            f"| {STATUS_GLYPHS[event.status]} | {md(event.when.text)} | {date_range(event.when)} "
            f"| {link(event)} | {event.status.value} | {event.certainty.value} |"
        )
    yield ""


def _participants(briefing: Briefing) -> Iterator[str]:
    yield f"## Participants ({len(briefing.participants)})"
    yield ""
    for side, members in sides_with_participants(briefing):
        yield f"### {link(side)}" if side else "### Unaffiliated"
        yield ""
        for depth, participant in members:
            roles = "".join(f" · {md(role)}" for role in participant.roles)
            yield f"{'  ' * depth}- {link(participant)} · {participant.kind.value}{roles}"
        yield ""


def _topics(briefing: Briefing) -> Iterator[str]:
    yield f"## Topics ({len(briefing.topics)})"
    yield ""
    for depth, topic in topic_tree(briefing):
        yield f"{'  ' * depth}- {link(topic)} · {topic.certainty.value}"
    yield ""


def _details(briefing: Briefing) -> Iterator[str]:
    yield "## Items"
    yield ""
    order = file_order(briefing)
    article = briefing.document.text
    for item in briefing.items.values():
        yield f'<a id="{anchor(item)}"></a>'
        yield ""
        yield f"### {md(item.label)}"
        yield ""
        yield f"*{item.item_kind.value}* · `{item.id}`" + _facts(item)
        yield ""
        for quote in getattr(item, "evidence", ()):
            yield f"> {md(article[quote.span.start : quote.span.end])}"
            yield ""
        for kind, others in linked_by_kind(briefing, item.id, order).items():
            yield f"{_KIND_TITLES[kind.value]}: " + ", ".join(link(other) for other in others)
            yield ""


def _facts(item: Item) -> str:
    if isinstance(item, Participant):
        parts = [item.kind.value, *(md(role) for role in item.roles)]
        if item.aliases:
            parts.append("also " + ", ".join(md(alias) for alias in item.aliases))
        return " · " + " · ".join(parts)
    if isinstance(item, Event):
        place = f" · in {md(item.place)}" if item.place else ""
        return (
            f" · {md(item.when.text)} ({date_range(item.when)}) · {item.status.value} · "
            f"{item.certainty.value}{place}"
        )
    if isinstance(item, Topic):
        aliases = (
            f" · also {', '.join(md(alias) for alias in item.aliases)}" if item.aliases else ""
        )
        return f" · {item.certainty.value}{aliases}"
    return ""
