"""Every format, on the seed, the hostile briefing and the 10k sample, read back by a parser of its
own (icalendar, networkx, json, markdown-it) and checked against the model.

The browser's reading of the HTML is in test_html_browser.py.
"""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser

import pytest

from briefing_tui.export.common import one_line
from briefing_tui.export.formats import render
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, EventStatus
from briefing_tui.format.text import visible
from tests.export.conftest import assert_no_escape_bytes

BRIEFINGS = ["seed", "hostile", pytest.param("sample", marks=pytest.mark.slow)]


@pytest.fixture(params=BRIEFINGS)
def briefing(request: pytest.FixtureRequest) -> Briefing:
    return request.getfixturevalue(request.param)


def quotes(briefing: Briefing) -> list[tuple[str, int, int]]:
    return [
        (item.id, quote.span.start, quote.span.end)
        for item in briefing.items.values()
        for quote in getattr(item, "evidence", ())
    ]


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> Tags:
    parser = Tags()
    parser.feed(text)
    parser.close()
    return parser


def test_ics(briefing: Briefing) -> None:
    from icalendar import Calendar

    output = render(briefing, "ics")
    assert_no_escape_bytes(output)
    calendar = Calendar.from_ical(output)
    vevents = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    expected = [
        e for e in briefing.events if e.when.earliest is not None and e.when.latest is not None
    ]
    assert len(vevents) == len(expected)
    for event in expected:
        vevent = vevents[event.id]
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day
        assert start == event.when.earliest
        assert end == event.when.latest + dt.timedelta(days=1)  # type: ignore[operator]
        confirmed = event.status in (EventStatus.OCCURRED, EventStatus.ONGOING)
        assert str(vevent["STATUS"]) == ("CONFIRMED" if confirmed else "TENTATIVE")
        assert str(vevent["SUMMARY"]) == one_line(event.title)
        description = str(vevent["DESCRIPTION"])
        assert f"“{one_line(event.when.text)}” ({date_range(event.when)})" in description
        assert f"certainty: {event.certainty.value}" in description


def test_timeline_json(briefing: Briefing) -> None:
    output = render(briefing, "timeline")
    assert_no_escape_bytes(output)
    data = json.loads(output)
    dated = [e for e in briefing.events if e.when.is_dated]
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == len(dated)
    for event in dated:
        slide = slides[event.id]
        assert slide["group"] == event.status.value
        # TimelineJS shows these as HTML: read as HTML they are the file's text, and no tag.
        for shown, original in (
            (slide["display_date"], event.when.text),
            (slide["text"]["headline"], event.title),
        ):
            parsed = parse_html(shown)
            assert parsed.tags == []
            assert "".join(parsed.text) == one_line(original)
        assert all(tag in ("p", "blockquote") for tag, _ in parse_html(slide["text"]["text"]).tags)
        first = event.when.earliest or event.when.latest
        assert first is not None
        assert slide["start_date"] == {
            "year": str(first.year),
            "month": str(first.month),
            "day": str(first.day),
        }


def test_graphml(briefing: Briefing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import networkx as nx

    output = render(briefing, "graphml")
    assert_no_escape_bytes(output)
    path = tmp_path / "graph.graphml"
    path.write_text(output, encoding="utf-8")
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == set(briefing.items)
    for item_id, item in briefing.items.items():
        node = graph.nodes[item_id]
        assert node["kind"] == item.item_kind.value
        assert node["label"] == one_line(item.label)
        if item.item_kind.value == "participant":
            assert node["side"] == (item.side or "")  # type: ignore[union-attr]
    links = {frozenset((a, b)) for a in briefing.items for b in briefing.links.linked(a)}
    assert {frozenset(edge) for edge in graph.edges} == links


def test_annotations_point_into_the_article(briefing: Briefing) -> None:
    output = render(briefing, "annotations")
    assert_no_escape_bytes(output)
    data = json.loads(output)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    annotations = data["first"]["items"]
    assert data["total"] == len(annotations) == len(quotes(briefing))
    text = briefing.document.text
    found = []
    for annotation in annotations:
        assert annotation["type"] == "Annotation"
        quote_selector, position = annotation["target"]["selector"]
        assert quote_selector["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote_selector["exact"]
        assert text[:start].endswith(quote_selector["prefix"])
        assert text[end:].startswith(quote_selector["suffix"])
        item_id = annotation["body"][2]["value"]
        assert annotation["body"][0]["value"] == briefing.items[item_id].label
        found.append((item_id, start, end))
    assert sorted(found) == sorted(quotes(briefing))


def markdown_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(text)


ALLOWED_MD_TAGS = {
    "h1", "h2", "h3", "p", "em", "strong", "code", "a", "table", "thead", "tbody", "tr", "th",
    "td", "ul", "li", "blockquote",
}  # fmt: skip


def test_markdown(briefing: Briefing) -> None:
    output = render(briefing, "md")
    assert_no_escape_bytes(output)
    parsed = parse_html(markdown_html(output))
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_MD_TAGS
    anchors = {attrs["id"] for tag, attrs in parsed.tags if tag == "a" and "id" in attrs}
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a" and "href" in attrs]
    assert anchors == {f"{item.item_kind.value}-{item.id}" for item in briefing.items.values()}
    assert hrefs and all(href is not None and href[1:] in anchors for href in hrefs)
    pieces = set(parsed.text)  # each link's text is one piece: the item's label as written
    assert all(one_line(item.label) in pieces for item in briefing.items.values())
    assert all(one_line(event.when.text) in pieces for event in briefing.events)


def test_html_escapes_and_links(briefing: Briefing) -> None:
    output = render(briefing, "html")
    assert_no_escape_bytes(output)
    parsed = parse_html(output)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert not any(tag in ("img", "iframe", "object", "link") for tag, _ in parsed.tags)
    for _, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs)
        for name in ("href", "src"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), value
    ids = {attrs["id"] for _, attrs in parsed.tags if "id" in attrs}
    for item in briefing.items.values():
        assert f"{item.item_kind.value}-{item.id}" in ids
    text = "".join(parsed.text)
    assert one_line(briefing.document.title) in text


def test_hostile_text_stays_text(hostile: Briefing) -> None:
    """Markup, script and Markdown from the file are shown as written in each format."""
    title = one_line(hostile.document.title)
    assert "<script>alert(1)</script>" in title and "[@click=app.quit]x[/]" in title
    assert title in "".join(parse_html(render(hostile, "html")).text)
    assert title in "".join(parse_html(markdown_html(render(hostile, "md"))).text)
    for name in ("html", "md", "timeline", "graphml"):
        output = render(hostile, name)
        assert output.count("<script") == (1 if name == "html" else 0), name  # ours only
        assert "<img" not in output, name
    assert "<script>" in json.loads(render(hostile, "annotations"))["label"]  # data, as written


def test_html_article_marks_every_quote(briefing: Briefing) -> None:
    """Each quote's words are covered by marks naming its item, in the article as written."""
    output = render(briefing, "html")
    article = output[output.index('<div id="article">') : output.index("</div>\n</aside>")]
    shown = "".join(parse_html(article + "</div>").text)
    assert shown == visible(briefing.document.text, multiline=True)  # whole, as written
    for _, start, _ in quotes(briefing)[:500]:
        assert f'<a id="q{start}"></a>' in article
    marked = sum(1 for tag, attrs in parse_html(article).tags if tag == "mark")
    assert marked >= len({start for _, start, _ in quotes(briefing)})


def test_event_fixture_is_an_event(seed: Briefing) -> None:
    assert isinstance(seed.items["ministers-visit"], Event)


def test_text(briefing: Briefing) -> None:
    """The text export: no escape byte, no colour, 100 columns, every name and topic as written."""
    output = render(briefing, "text")
    assert_no_escape_bytes(output)
    lines = output.splitlines()
    assert (
        lines[0] == one_line(briefing.document.title)[:100]
        or len(one_line(briefing.document.title)) > 100
    )
    assert max(len(line) for line in lines) <= 100
    start = next(i for i, line in enumerate(lines) if line.startswith("Timeline · "))
    end = next(i for i, line in enumerate(lines) if line.startswith("Participants · "))
    rows = [line for line in lines[start + 1 : end] if not line.startswith("── ")]
    assert len(rows) == len(briefing.events)
    assert all(row[:2] in ("● ", "◐ ", "○ ", "◌ ", "? ") for row in rows)
    flat = " ".join(output.split())
    for participant in briefing.participants:
        assert " ".join(one_line(participant.name).split()) in flat
    for topic in briefing.topics:
        assert " ".join(one_line(topic.title).split()) in flat
