"""The briefing as text through Rich, for `show` and the `text` export.

Every string from the file is made a literal `rich.text.Text` after `visible` (markup such as
`[b]` is shown as written, control characters as stand-ins such as `␛`); nothing is ever parsed as
markup or emoji codes. Colour is the console's business: Rich writes none into a pipe, and none
with NO_COLOR.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefing_tui.export.common import (
    STATUS_GLYPHS,
    dateline,
    detail,
    file_order,
    linked_by_kind,
    one_line,
    sides_with_participants,
    timeline_rows,
    topic_tree,
)
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Quote, Side, Topic
from briefing_tui.format.text import visible

DEFAULT_WIDTH = 100
"""The width of the `text` export (a file has no terminal to measure)."""

_KIND_TITLES = {
    "side": "Sides",
    "participant": "Participants",
    "event": "Events",
    "topic": "Topics",
}


def literal(text: str, style: str = "") -> Text:
    """File text as a Rich `Text`: one line, control characters visible, never markup."""
    return Text(one_line(text), style=style)


def heading(title: str) -> Rule:
    """A section rule (our own words only)."""
    return Rule(Text(title, style="bold"), align="left", characters="─")


def briefing_view(briefing: Briefing, width: int) -> Iterator[RenderableType]:
    """The whole briefing at `width` columns: header, summary, timeline, participants by side,
    topic tree."""
    yield from _header(briefing)
    yield heading(f"Timeline · {len(briefing.events)} events")
    yield from _timeline(briefing, width)
    yield heading(f"Participants · {len(briefing.participants)}")
    yield from _participants(briefing)
    yield heading(f"Topics · {len(briefing.topics)}")
    yield from _topics(briefing)


def _header(briefing: Briefing) -> Iterator[RenderableType]:
    document = briefing.document
    yield literal(document.title, "bold")
    where = Text.assemble(literal(document.place), f" · {dateline(briefing)}")
    if document.source:
        where.append(" · ")
        where.append(literal(document.source))
    yield where
    if document.summary:
        yield Text("")
        yield Text(visible(document.summary, multiline=True).strip(), style="italic")
    yield Text("")


DATE_WIDTH = 17
CERTAINTY_WIDTH = 8


def _timeline(briefing: Briefing, width: int) -> Iterator[Text]:
    """One line per event, in columns: status glyph, the article's words, the dates, the title,
    the certainty (long words and titles end in `…`), as in the reader. Plain lines rather than
    a Rich Table: a table measures and wraps every cell, many times slower on a long timeline."""
    words_width = 20 if width >= 100 else 15
    title_width = max(8, width - 2 - words_width - DATE_WIDTH - CERTAINTY_WIDTH - 2)
    for row in timeline_rows(briefing):
        if row.event is None:
            label = f"── {row.divider} "
            yield Text(label + "─" * max(0, width - len(label)), style="bold yellow")
            continue
        event = row.event
        line = Text(f"{STATUS_GLYPHS[event.status]} ")
        line.append_text(_cell(event.when.text, words_width, "dim"))
        line.append(" ")
        line.append(date_range(event.when).ljust(DATE_WIDTH), style="cyan")
        line.append_text(_cell(event.title, title_width))
        line.append(" ")
        line.append(event.certainty.value.rjust(CERTAINTY_WIDTH), style="dim")
        yield line


def _cell(text: str, width: int, style: str = "") -> Text:
    cell = literal(text, style)
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


def _participants(briefing: Briefing) -> Iterator[RenderableType]:
    for side, members in sides_with_participants(briefing):
        yield literal(side.name, "bold") if side else Text("Unaffiliated", style="bold")
        for depth, participant in members:
            line = Text("  " + "  " * depth)
            line.append(literal(participant.name))
            line.append(f" · {participant.kind.value}", style="dim")
            for role in participant.roles:
                line.append(" · ", style="dim")
                line.append(literal(role, "dim"))
            yield line


def _topics(briefing: Briefing) -> Iterator[Text]:
    for depth, topic in topic_tree(briefing):
        line = Text("  " * depth)
        line.append(literal(topic.title))
        line.append(f" · {topic.certainty.value}", style="dim")
        yield line


def item_view(briefing: Briefing, item_id: str) -> Iterator[RenderableType]:
    """One item: its kind and id, its fields, its evidence quotes and its links by kind."""
    item = briefing.items[item_id]
    yield Text(f"{item.item_kind.value.upper()} · {item.id}", style="dim")
    yield literal(item.label, "bold")
    fields = Table(box=None, show_header=False, pad_edge=False)
    fields.add_column("key", style="dim", no_wrap=True)
    fields.add_column("value", overflow="fold")
    for key, value in _fields(briefing, item):
        fields.add_row(key, value)
    yield fields
    evidence = getattr(item, "evidence", ())
    yield heading(f"Evidence ({len(evidence)})")
    for quote in evidence:
        yield Padding(_quote(briefing, quote), (0, 0, 0, 2))
    order = file_order(briefing)
    for kind, others in linked_by_kind(briefing, item.id, order).items():
        yield heading(f"{_KIND_TITLES[kind.value]} ({len(others)})")
        for other in others:
            line = Text("  › ")
            line.append(literal(other.label))
            line.append(" · ", style="dim")
            line.append(literal(detail(other, briefing), "dim"))
            line.append(f"  [{other.id}]", style="dim")
            yield line


def _fields(briefing: Briefing, item: Item) -> Iterator[tuple[str, Text]]:
    if isinstance(item, Participant):
        yield "Kind", Text(item.kind.value)
        if item.roles:
            yield "Roles", literal("; ".join(item.roles))
        if item.side and item.side in briefing.items:
            yield "Side", literal(briefing.items[item.side].label)
        if item.org and item.org in briefing.items:
            yield "Organisation", literal(briefing.items[item.org].label)
        if item.aliases:
            yield "Aliases", literal("; ".join(item.aliases))
    elif isinstance(item, Event):
        yield "When", Text.assemble(literal(item.when.text), f"  ({date_range(item.when)})")
        yield "Status", Text(f"{STATUS_GLYPHS[item.status]} {item.status.value}")
        yield "Certainty", Text(item.certainty.value)
        if item.place:
            yield "Place", literal(item.place)
    elif isinstance(item, Topic):
        yield "Certainty", Text(item.certainty.value)
        if item.parent and item.parent in briefing.items:
            yield "Parent", literal(briefing.items[item.parent].label)
        if item.aliases:
            yield "Aliases", literal("; ".join(item.aliases))
    else:
        assert isinstance(item, Side)


def _quote(briefing: Briefing, quote: Quote) -> Text:
    """The quote in the article's own words, with a little context either side."""
    article = briefing.document.text
    before = article[max(0, quote.span.start - 40) : quote.span.start]
    after = article[quote.span.end : quote.span.end + 40]
    words_before = one_line(before).split(" ")[1:] if before.strip() else []
    words_after = one_line(after).split(" ")[:-1] if after.strip() else []
    text = Text("“…" if words_before else "“", style="dim")
    text.append(" ".join(words_before) + " " if words_before else "", style="dim")
    text.append(one_line(article[quote.span.start : quote.span.end]), style="bold")
    text.append(" " + " ".join(words_after) if words_after else "", style="dim")
    text.append("…”" if words_after else "”", style="dim")
    return text


def make_console(file: io.TextIOBase | None = None, width: int | None = None) -> Console:
    """A console that never reads markup, emoji codes or highlights from our strings."""
    return Console(
        file=file,  # type: ignore[arg-type]
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )


def print_view(console: Console, renderables: Iterator[RenderableType]) -> None:
    """Print each part of a view in turn."""
    console.print(Group(*renderables))


def render(briefing: Briefing) -> str:
    """The `text` export: the briefing as `show` prints it into a file (no colour, 100 columns)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=DEFAULT_WIDTH,
        color_system=None,
        force_terminal=False,
        no_color=True,
        markup=False,
        emoji=False,
        highlight=False,
    )
    console.print(Group(*briefing_view(briefing, DEFAULT_WIDTH)))
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))
