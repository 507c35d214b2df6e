"""Issue 14, the analyst's questions: the bottom line, links through events, focus and counts."""

from __future__ import annotations

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.widgets.header import BriefingHeader
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.format.model import Briefing
from tests.app.conftest import palette_search, screen_text, wait_until
from tests.app.test_app import drive


def test_d_shows_the_document_and_d_again_the_selection(seed: Briefing) -> None:
    summary = seed.document.summary
    assert summary

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        inspector = app.screen.query_one(Inspector)
        selected = app.selected_id
        assert "d summary" in screen_text(app).splitlines()[0]
        await pilot.press("d")
        await wait_until(pilot, lambda: inspector.item_id is None)
        text = inspector.text
        assert "DOCUMENT" in text and "Dateline" in text and "Place" in text
        assert "Summary" in text
        assert ("Source" in text) == bool(seed.document.source)
        assert " ".join(text.split()).count(" ".join(summary.split()[:6])) == 1
        assert app.focused is inspector
        assert app.selected_id == selected
        await pilot.press("d")
        await wait_until(pilot, lambda: inspector.item_id == selected)

    drive(seed, script)


def test_the_palette_offers_the_document(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        inspector = app.screen.query_one(Inspector)
        await pilot.press("ctrl+p")
        await palette_search(pilot, "document", "Document")
        await pilot.press("enter")
        await wait_until(pilot, lambda: inspector.item_id is None)
        assert "Summary" in inspector.text

    drive(seed, script)


def test_header_hint_without_summary(small: Briefing) -> None:
    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        header = app.screen.query_one(BriefingHeader)
        assert ("d summary" if small.document.summary else "d document") in str(
            header.render().plain
        )

    drive(small, script)


def _via_by_hand(seed: Briefing, item_id: str, kind: type) -> dict[str, set[str]]:
    """Independently: the `kind` items sharing an event with `item_id`, not linked directly."""
    direct = seed.links.linked(item_id)
    found: dict[str, set[str]] = {}
    for event in seed.events:
        ids = {*event.participants, *event.topics}
        if item_id in ids:
            for other in ids - {item_id} - direct:
                if isinstance(seed.items[other], kind):
                    found.setdefault(other, set()).add(event.id)
    return found


def test_via_links_view_model(seed: Briefing) -> None:
    from briefing_tui.app.view.via import ViaLinks
    from briefing_tui.format.model import Participant, Topic
    from briefing_tui.format.timeline import timeline

    via = ViaLinks(seed)
    order = [e.id for e in timeline(seed.events, seed.document.published)]
    expected = _via_by_hand(seed, "cost-sharing", Participant)
    assert expected  # the seed ties people to cost-sharing only through events
    got = via.via("cost-sharing")
    assert {k: set(v) for k, v in got.items()} == expected
    for events in got.values():
        assert list(events) == sorted(events, key=order.index)
    assert set(via.ids("antony-blinken")) == set(_via_by_hand(seed, "antony-blinken", Topic))
    assert via.ids("two-plus-two") == frozenset()


def test_topic_marks_people_through_events(seed: Briefing) -> None:
    from briefing_tui.format.model import Participant

    expected = set(_via_by_hand(seed, "cost-sharing", Participant))

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        app.jump_to("cost-sharing")
        await pilot.pause()
        people = app.screen.query_one("#participants")
        assert set(people.model.via) & people.item_ids == expected
        assert f"{len(expected)} ◇ via events" in screen_text(app)
        lines = screen_text(app).splitlines()
        military = next(line for line in lines if "U.S. military" in line)
        assert "◇" in military
        blinken = next(line for line in lines if "Antony Blinken" in line)
        assert "◇" not in blinken and "◆" not in blinken
        inspector = app.screen.query_one(Inspector)
        assert "Participants via events" in inspector.text
        first = seed.items["cost-sharing-extension"].label
        assert f"via {first}" in " ".join(inspector.text.split())

    drive(seed, script)


def test_linked_only_includes_topics_through_events(seed: Briefing) -> None:
    from briefing_tui.format.model import Topic

    expected = set(_via_by_hand(seed, "antony-blinken", Topic))
    assert expected

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        app.jump_to("antony-blinken")
        await pilot.pause()
        await pilot.press("l")
        topics = app.screen.query_one("#topics")
        await wait_until(pilot, lambda: topics.linked_only)
        shown = set(topics.visible_ids)
        assert expected <= shown
        assert shown <= expected | seed.links.linked("antony-blinken")
        assert "nothing linked" not in screen_text(app)

    drive(seed, script)


def test_focused_pane_title_is_marked_in_a_plain_capture(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        def marked() -> list[str]:
            text = screen_text(app)
            names = ("Timeline", "Participants", "Topics", "Article", "Inspector")
            return [name for name in names if f"▶ {name}" in text]

        await wait_until(pilot, lambda: marked() == ["Timeline"])
        await pilot.press("enter")  # Enter opens the item: focus goes to the inspector
        await wait_until(pilot, lambda: marked() == ["Inspector"])
        await pilot.press("4")
        await wait_until(pilot, lambda: marked() == ["Article"])
        await pilot.press("2")
        await wait_until(pilot, lambda: marked() == ["Participants"])

    drive(seed, script)


def test_position_counts_items_not_dividers(seed: Briefing) -> None:
    from briefing_tui.app import compat

    events = len(seed.events)

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        timeline = app.screen.query_one("#timeline")

        def note() -> str:
            content = compat.border_content(timeline, bottom=True)
            return "" if content is None else content.plain

        assert timeline.line_count() > events  # the dividers are rows
        await wait_until(pilot, lambda: note() == f"1/{events}")
        await pilot.press("end")
        await wait_until(pilot, lambda: note() == f"{events}/{events}")
        await pilot.press("home", "j")
        await wait_until(pilot, lambda: note() == f"2/{events}")

    drive(seed, script, (80, 24))


def test_slash_in_the_article_searches_its_text(seed: Briefing) -> None:
    from briefing_tui.app.widgets.article import ArticleView

    text = seed.document.text.casefold()
    word = "blinken"
    count = text.count(word)
    assert count >= 3

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        article = app.screen.query_one(ArticleView)
        timeline = app.screen.query_one("#timeline")
        await pilot.press("4", "home", "slash", *word)
        await wait_until(pilot, lambda: len(article.search.matches) == count)
        assert timeline.filter_text == ""  # no list was filtered
        starts = [start for start, _ in article.search.matches]
        assert starts == [i for i in range(len(text)) if text.startswith(word, i)]
        assert f"/{word} (1/{count})" in screen_text(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is article)
        await pilot.press("n", "n")
        await wait_until(pilot, lambda: article.search.current == 2)
        assert f"(3/{count})" in screen_text(app)
        await pilot.press("N")
        await wait_until(pilot, lambda: article.search.current == 1)
        await pilot.press("slash", "escape")
        await wait_until(pilot, lambda: not article.search.active)

    drive(seed, script)


def test_timeline_columns_use_the_width(seed: Briefing) -> None:
    from briefing_tui.format.dates import date_range

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        text = screen_text(app)
        for event in seed.events:  # every day range whole, every title at least 36 cells
            assert date_range(event.when) in text
            assert event.title[:36] in text
        topics = [t for t in seed.topics if t.certainty.value == "expected"]
        assert topics and " expected│" in text and "expect." not in text

    drive(seed, script, (120, 40))


def test_timeline_columns_view_model() -> None:
    from briefing_tui.app.view.columns import timeline_columns

    wide = timeline_columns(150, 24, 16, 70)
    assert wide.words == 24 and wide.date == 16 and wide.certainty == 8
    assert wide.title == 150 - 24 - 16 - 8 - 3
    tight = timeline_columns(66, 24, 16, 70)  # the 120x40 timeline
    assert tight.words == 0 and tight.date == 16 and tight.title >= 36
    assert sum(tight) + 2 == 66  # two gaps: date|title|certainty
    assert timeline_columns(30, 24, 16, 70).certainty == 0


def test_help_explains_dates_certainty_and_article_styles(seed: Briefing) -> None:
    from briefing_tui.app.screens.help import HelpScreen

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = app.screen.text
        for words in ("≤", "≥", "..", "on or before", "on or after", "expected", "possible"):
            assert words in text
        for style in ("bold", "italic", "underlined", "◇"):
            assert style in text

    drive(seed, script)


def _evidence_cells(app: BriefingApp, quote: str) -> list[object]:
    """The styles of the article cells showing the first words of `quote` on screen."""
    from briefing_tui.app.widgets.article import ArticleView

    article = app.screen.query_one(ArticleView)
    words = quote.split()[1:3]
    for y in range(article.scrollable_content_region.height):
        strip = article.render_line(y)
        if " ".join(words) in strip.text:
            return [seg.style for seg in strip if " ".join(words) in seg.text]
    raise AssertionError(f"{quote!r} not on screen")


def test_the_selected_quote_stands_out_inside_a_linked_quote(seed: Briefing) -> None:
    blinken = seed.items["antony-blinken"].evidence[0].exact
    speech = seed.items["blinken-speech"].evidence[0].exact
    looks: dict[str, list[object]] = {}

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        app.jump_to("blinken-speech")  # its evidence stands alone: the evidence look
        await pilot.pause()
        looks["alone"] = _evidence_cells(app, speech)
        app.jump_to("antony-blinken")  # his evidence lies inside a linked event's quote
        await pilot.pause()
        looks["inside"] = _evidence_cells(app, blinken)

    drive(seed, script)
    alone, inside = looks["alone"][0], looks["inside"][0]
    assert alone.bgcolor == inside.bgcolor  # type: ignore[attr-defined]
    assert not inside.italic  # type: ignore[attr-defined]


def test_leading_dateline_view_model() -> None:
    from briefing_tui.app.view.dateline import leading_dateline

    text = " date 2021-03-05 TOKYO -- Washington and Tokyo"
    assert leading_dateline(text) == (1, text.index("--") + 2)
    assert leading_dateline("TOKYO (Reuters) - The talks") == (0, 17)
    for prose in ("The U.S. -- and Japan", "Blinken said - no", "A -- b", "Talks begin."):
        assert leading_dateline(prose) is None


def test_the_seed_dateline_is_drawn_as_a_dateline_verbatim(seed: Briefing) -> None:
    first = seed.document.text.splitlines()[0]
    assert first.startswith(" date 2021-03-05 TOKYO --")  # verbatim
    found: dict[str, object] = {}

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        from briefing_tui.app.widgets.article import ArticleView

        article = app.screen.query_one(ArticleView)
        article.scroll_to(y=0, animate=False)
        await pilot.pause()
        strip = article.render_line(0)
        found["text"] = strip.text
        found["styles"] = {seg.text: seg.style for seg in strip}

    drive(seed, script)
    assert "date 2021-03-05 TOKYO --" in str(found["text"])
    styles = found["styles"]
    assert isinstance(styles, dict)
    dateline = [style for text, style in styles.items() if "TOKYO --" in text]
    prose = [style for text, style in styles.items() if "Washington" in text]
    assert dateline and dateline[0].italic and not (prose and prose[0].italic)
