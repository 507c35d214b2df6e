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
