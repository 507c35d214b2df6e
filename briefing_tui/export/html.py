"""The `html` export: one self-contained, cross-linked page of the briefing.

Style and script are inline and a Content-Security-Policy allows exactly them (by hash) and
nothing else: the page fetches nothing, and no script the file might smuggle in could run. Every
string from the file goes through `esc` (control characters made visible, then HTML-escaped).
Like the reader, choosing an item marks its linked items and highlights its evidence in the
article; without JavaScript each item's details open as the link target and links are anchors.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterator
from itertools import pairwise

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
from briefing_tui.export.html_assets import CSS, JS
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Quote, Side, Topic
from briefing_tui.format.text import visible

_KIND_TITLES = {"side": "Side", "participant": "Participants", "event": "Events", "topic": "Topics"}


def esc(text: str) -> str:
    """File text as HTML text on one line: stand-ins for control characters, then escaped."""
    return html.escape(one_line(text), quote=True)


def element_id(item: Item) -> str:
    """The id of an item's element: kind and id (the file's ids are one namespace)."""
    return f"{item.item_kind.value}-{item.id}"


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render(briefing: Briefing) -> str:
    """The page."""
    return "".join(_page(briefing))


def _page(briefing: Briefing) -> Iterator[str]:
    document = briefing.document
    policy = (
        f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(JS)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    yield f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    yield '<meta name="generator" content="briefing-tui">\n'
    yield f"<title>{esc(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    yield from _header(briefing)
    yield '<main>\n<div id="lists">\n'
    order = file_order(briefing)
    yield from _timeline(briefing, order)
    yield from _participants(briefing, order)
    yield from _topics(briefing, order)
    yield '</div>\n<aside id="side">\n<h2 id="article-title">Article</h2>\n'
    yield '<p class="hint">Choose an item to see its evidence here; click highlighted words to '
    yield "choose their item.</p>\n"
    yield '<div id="article">'
    yield from _article(briefing)
    yield "</div>\n</aside>\n</main>\n"
    yield f"<script>{JS}</script>\n</body>\n</html>\n"


def _header(briefing: Briefing) -> Iterator[str]:
    document = briefing.document
    yield f"<header>\n<h1>{esc(document.title)}</h1>\n"
    meta = f"{esc(document.place)} · {dateline(briefing)}"
    if document.source:
        meta += f" · {esc(document.source)}"
    yield f'<p class="meta">{meta}</p>\n'
    if document.summary:
        yield f'<p class="summary">{esc(document.summary)}</p>\n'
    yield '<nav><a href="#timeline">Timeline</a><a href="#participants">Participants</a>'
    yield '<a href="#topics">Topics</a><a href="#side">Article</a></nav>\n</header>\n'


def _section(name: str, title: str) -> str:
    return f'<section id="{name}" data-list>\n<h2>{title}<span class="count"></span></h2>\n'


def _timeline(briefing: Briefing, order: dict[str, int]) -> Iterator[str]:
    yield _section("timeline", f"Timeline · {len(briefing.events)} events")
    yield '<ol class="items">\n'
    for row in timeline_rows(briefing):
        if row.event is None:
            yield f'<li class="divider">{html.escape(row.divider)}</li>\n'
            continue
        event = row.event
        head = (
            f'<span class="words" title="{esc(event.when.text)}">{esc(event.when.text)}</span>'
            f'<span class="dates">{date_range(event.when)}</span>'
            f'<a class="title" href="#{element_id(event)}">{esc(event.title)}</a>'
            f'<span class="tag">{event.certainty.value}</span>'
        )
        glyph = f'<span title="{event.status.value}">{STATUS_GLYPHS[event.status]}</span>'
        yield _item(briefing, event, order, glyph, head, "li")
    yield "</ol>\n</section>\n"


def _participants(briefing: Briefing, order: dict[str, int]) -> Iterator[str]:
    yield _section("participants", f"Participants · {len(briefing.participants)}")
    for side, members in sides_with_participants(briefing):
        if side is None:
            yield '<h3 class="side">Unaffiliated</h3>\n'
        else:
            head = f'<a class="title" href="#{element_id(side)}"><b>{esc(side.name)}</b></a>'
            yield _item(briefing, side, order, "", head, "div")
        yield '<ul class="items">\n'
        for depth, participant in members:
            roles = "".join(f" · {esc(role)}" for role in participant.roles)
            head = (
                f'<a class="title" href="#{element_id(participant)}">{esc(participant.name)}</a>'
                f'<span class="sub">{participant.kind.value}{roles}</span>'
            )
            yield _item(briefing, participant, order, "", head, "li", depth)
        yield "</ul>\n"
    yield "</section>\n"


def _topics(briefing: Briefing, order: dict[str, int]) -> Iterator[str]:
    yield _section("topics", f"Topics · {len(briefing.topics)}")
    yield '<ul class="items">\n'
    for depth, topic in topic_tree(briefing):
        head = (
            f'<a class="title" href="#{element_id(topic)}">{esc(topic.title)}</a>'
            f'<span class="tag">{topic.certainty.value}</span>'
        )
        yield _item(briefing, topic, order, "", head, "li", depth)
    yield "</ul>\n</section>\n"


def _item(
    briefing: Briefing,
    item: Item,
    order: dict[str, int],
    glyph: str,
    head: str,
    tag: str,
    depth: int = 0,
) -> str:
    links = " ".join(sorted(briefing.links.linked(item.id), key=order.__getitem__))
    depth_class = f" depth-{min(depth, 4)}" if depth else ""
    return (
        f'<{tag} class="item {item.item_kind.value}{depth_class}" id="{element_id(item)}" '
        f'data-id="{html.escape(item.id)}" data-links="{html.escape(links)}">'
        f'<div class="row"><span class="glyph"><span>{glyph}</span></span>{head}</div>'
        f'<div class="more">{_details(briefing, item, order)}</div></{tag}>\n'
    )


def _details(briefing: Briefing, item: Item, order: dict[str, int]) -> str:
    parts = ["<dl>"]
    for key, value in _facts(briefing, item):
        parts.append(f"<dt>{key}</dt><dd>{value}</dd>")
    parts.append("</dl>")
    for quote in getattr(item, "evidence", ()):
        parts.append(_quote(briefing, quote))
    for kind, others in linked_by_kind(briefing, item.id, order).items():
        chips = "".join(
            f'<a href="#{element_id(other)}">{esc(other.label)}</a>' for other in others
        )
        parts.append(
            f'<div class="links"><span class="sub">{_KIND_TITLES[kind.value]}:</span> {chips}</div>'
        )
    return "".join(parts)


def _facts(briefing: Briefing, item: Item) -> Iterator[tuple[str, str]]:
    yield "Id", f"<code>{html.escape(item.id)}</code>"
    if isinstance(item, Participant):
        yield "Kind", item.kind.value
        if item.roles:
            yield "Roles", "; ".join(esc(role) for role in item.roles)
        if item.aliases:
            yield "Aliases", "; ".join(esc(alias) for alias in item.aliases)
    elif isinstance(item, Event):
        yield "When", f"“{esc(item.when.text)}” · {date_range(item.when)}"
        yield "Status", f"{STATUS_GLYPHS[item.status]} {item.status.value}"
        yield "Certainty", item.certainty.value
        if item.place:
            yield "Place", esc(item.place)
    elif isinstance(item, Topic):
        yield "Certainty", item.certainty.value
        if item.aliases:
            yield "Aliases", "; ".join(esc(alias) for alias in item.aliases)
    else:
        assert isinstance(item, Side)


def _quote(briefing: Briefing, quote: Quote) -> str:
    words = briefing.document.text[quote.span.start : quote.span.end]
    return f'<blockquote><a href="#q{quote.span.start}">“{esc(words)}”</a></blockquote>'


def _article(briefing: Briefing) -> Iterator[str]:
    """The article with every evidence quote wrapped in `<mark data-items="ids">` (quotes may
    overlap: the text is cut at every quote's start and end, each piece naming the items whose
    evidence covers it), and an anchor `q<offset>` where each quote starts."""
    text = briefing.document.text
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for item in briefing.items.values():
        for quote in getattr(item, "evidence", ()):
            starts.setdefault(quote.span.start, []).append(item.id)
            ends.setdefault(quote.span.end, []).append(item.id)
    cuts = sorted({0, len(text), *starts, *ends})
    covering: dict[str, int] = {}
    for begin, end in pairwise(cuts):
        for item_id in ends.get(begin, ()):
            covering[item_id] -= 1
            if not covering[item_id]:
                del covering[item_id]
        if begin in starts:
            yield f'<a id="q{begin}"></a>'
            for item_id in starts[begin]:
                covering[item_id] = covering.get(item_id, 0) + 1
        piece = html.escape(visible(text[begin:end], multiline=True), quote=False)
        if covering:
            ids = html.escape(" ".join(covering))
            yield f'<mark data-items="{ids}">{piece}</mark>'
        else:
            yield piece
