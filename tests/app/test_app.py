"""Pilot tests of the reader: real state after real keys, at 120x40 and 80x24."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.help import HelpScreen
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.app.widgets.keyfooter import KeyFooter
from briefing_tui.format.loader import load
from briefing_tui.format.mentions import MentionFinder
from briefing_tui.format.model import Briefing
from tests.app.conftest import palette_search, screen_text, wait_until

SIZES = [(120, 40), (80, 24)]
LISTS = ("timeline", "participants", "topics")


def drive(
    briefing: Briefing,
    script: Callable[[BriefingApp, Pilot[None]], Awaitable[None]],
    size: tuple[int, int] = (120, 40),
) -> BriefingApp:
    """Run the app headless at `size` and play `script` against it."""
    app = BriefingApp(briefing)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())
    return app


def pane(app: BriefingApp, name: str) -> ItemList:
    return app.screen.query_one(f"#{name}", ItemList)


def focused_id(app: BriefingApp) -> str | None:
    return None if app.focused is None else app.focused.id


def expected_marks(
    briefing: Briefing, selected: str, name: str, app: BriefingApp
) -> frozenset[str]:
    return briefing.links.linked(selected) & pane(app, name).item_ids


@pytest.mark.parametrize("size", SIZES)
def test_start_focuses_timeline_and_selects_first_event(
    seed: Briefing, size: tuple[int, int]
) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert focused_id(app) == "timeline"
        first = pane(app, "timeline").visible_ids[0]
        assert app.selected_id == first
        assert app.screen.query_one(Inspector).item_id == first
        text = screen_text(app)
        assert "Timeline" in text and "Article" in text and "Inspector" in text

    drive(seed, script, size)


def test_all_pane_titles_and_seed_people_on_screen(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        text = screen_text(app)
        for title in ("Timeline", "Participants", "Topics", "Article", "Inspector"):
            assert title in text
        assert "Blinken" in text and "Motegi" in text and "Two-plus-two" in text
        assert "now · 2021-03-05" in text

    drive(seed, script)


@pytest.mark.parametrize("size", SIZES)
def test_tab_shift_tab_and_number_keys_focus_panes(seed: Briefing, size: tuple[int, int]) -> None:
    order = ["timeline", "participants", "topics", "article", "inspector"]

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        for expected in [*order[1:], order[0]]:
            await pilot.press("tab")
            assert focused_id(app) == expected
        for expected in reversed(order):
            await pilot.press("shift+tab")
            assert focused_id(app) == expected
        for key, expected in zip("54321", reversed(order), strict=True):
            await pilot.press(key)
            assert focused_id(app) == expected
            assert app.screen.query_one(f"#{expected}").display

    drive(seed, script, size)


def test_narrow_layout_shows_one_list_pane_at_a_time(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        def shown() -> list[str]:
            return [name for name in LISTS if pane(app, name).region.height > 0]

        assert shown() == ["timeline"]
        await pilot.press("2")
        assert shown() == ["participants"]
        await pilot.press("4")
        assert shown() == ["participants"]
        assert app.screen.query_one(ArticleView).region.height > 0
        await pilot.press("3")
        assert shown() == ["topics"]

    drive(seed, script, (80, 24))


@pytest.mark.parametrize("size", SIZES)
def test_moving_the_cursor_selects_and_marks_linked_items(
    seed: Briefing, size: tuple[int, int]
) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        timeline = pane(app, "timeline")
        for step in range(1, 4):
            await pilot.press("down")
            assert app.selected_id == timeline.visible_ids[step]
            selected = app.selected_id
            for name in LISTS:
                assert pane(app, name).marked_ids == expected_marks(seed, selected, name, app)
        assert app.screen.query_one(Inspector).item_id == app.selected_id
        await pilot.press("2", "j", "j")
        participants = pane(app, "participants")
        assert app.selected_id == participants.cursor_id
        assert app.selected_id is not None
        for name in LISTS:
            assert pane(app, name).marked_ids == expected_marks(seed, app.selected_id, name, app)

    drive(seed, script, size)


def test_titles_count_linked_items(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("two-plus-two")
        await pilot.pause()
        topics = pane(app, "topics")
        count = len(seed.links.linked("two-plus-two") & topics.item_ids)
        assert count > 0
        assert f"Topics · {count} linked" in screen_text(app)

    drive(seed, script)


def test_keys_move_the_cursor(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        timeline = pane(app, "timeline")
        ids = timeline.visible_ids
        await pilot.press("G")
        assert app.selected_id == ids[-1]
        await pilot.press("g")
        assert app.selected_id == ids[0]
        await pilot.press("end")
        assert app.selected_id == ids[-1]
        await pilot.press("home", "j", "k", "down", "up")
        assert app.selected_id == ids[0]
        await pilot.press("pagedown")
        assert app.selected_id != ids[0]
        await pilot.press("pageup")
        assert app.selected_id == ids[0]

    drive(seed, script)


def test_article_highlights_evidence_mentions_and_linked_evidence(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("antony-blinken")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        item = seed.items["antony-blinken"]
        assert article.evidence_spans == sorted((q.span.start, q.span.end) for q in item.evidence)
        finder = MentionFinder(seed.document.text)
        expected = [(s.start, s.end) for s in finder.spans(item.names)]
        assert article.mention_spans == expected
        assert len(expected) >= 3
        text = seed.document.text
        assert all(text[start:end] in item.names for start, end in article.mention_spans)
        linked = seed.links.linked("antony-blinken")
        owners = {owner for _, _, owner in article.linked_spans}
        assert owners == {i for i in linked if seed.items[i].evidence}
        for start, end, owner in article.linked_spans:
            assert any(
                (q.span.start, q.span.end) == (start, end) for q in seed.items[owner].evidence
            )

    drive(seed, script)


def test_article_scrolls_to_the_first_highlight(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        article = app.screen.query_one(ArticleView)
        app.jump_to("taro-yamato")
        await pilot.pause()
        start = article.evidence_spans[0][0]
        top = article.first_visible_offset
        assert top <= start
        assert article.scroll_offset.y > 0

    drive(seed, script, (80, 24))


def test_article_n_and_enter_select_the_span_owner(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("two-plus-two")
        await pilot.pause()
        await pilot.press("4")
        article = app.screen.query_one(ArticleView)
        assert focused_id(app) == "article"
        seen = []
        for _ in range(12):
            await pilot.press("n")
            cursor = article.span_cursor
            assert cursor is not None
            seen.append(cursor)
            if cursor.owner != "two-plus-two":
                break
        linked_span = seen[-1]
        assert linked_span.owner in seed.links.linked("two-plus-two")
        await pilot.press("enter")
        assert app.selected_id == linked_span.owner
        owner_pane = app.pane_of(linked_span.owner)
        assert owner_pane is not None
        assert pane(app, owner_pane).cursor_id == linked_span.owner
        assert focused_id(app) == "article"
        await pilot.press("N")
        assert article.span_cursor is not None
        await pilot.press("left_square_bracket")
        assert app.selected_id == "two-plus-two"

    drive(seed, script)


def test_inspector_link_follow_selects_in_its_pane_and_focuses_it(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("two-plus-two")
        await pilot.pause()
        await pilot.press("5")
        inspector = app.screen.query_one(Inspector)
        assert focused_id(app) == "inspector"
        assert set(inspector.link_ids) == seed.links.linked("two-plus-two")
        await pilot.press("down")
        first_link = inspector.cursor_link
        assert first_link == inspector.link_ids[0]
        await pilot.press("down")
        second_link = inspector.cursor_link
        assert second_link == inspector.link_ids[1]
        await pilot.press("enter")
        assert app.selected_id == second_link
        owner = app.pane_of(second_link)
        assert focused_id(app) == owner
        assert pane(app, owner).cursor_id == second_link

    drive(seed, script)


def test_enter_on_an_item_opens_it_in_the_inspector(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "enter")
        assert focused_id(app) == "inspector"
        assert app.screen.query_one(Inspector).item_id == app.selected_id

    drive(seed, script)


def test_history_back_and_forward(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        start = app.selected_id
        app.jump_to("marc-knapper")
        await pilot.pause()
        app.jump_to("cost-sharing")
        await pilot.pause()
        assert app.selected_id == "cost-sharing"
        await pilot.press("left_square_bracket")
        assert app.selected_id == "marc-knapper"
        assert focused_id(app) == "participants"
        await pilot.press("backspace")
        assert app.selected_id == start
        await pilot.press("left_square_bracket")
        assert app.selected_id == start
        await pilot.press("right_square_bracket")
        assert app.selected_id == "marc-knapper"
        await pilot.press("alt+right")
        assert app.selected_id == "cost-sharing"
        await pilot.press("alt+left")
        assert app.selected_id == "marc-knapper"
        app.jump_to("japan")
        await pilot.pause()
        assert not app.history.can_forward
        await pilot.press("right_square_bracket")
        assert app.selected_id == "japan"

    drive(seed, script)


def test_back_after_moving_the_cursor_returns_to_the_jump(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("two-plus-two")
        await pilot.pause()
        await pilot.press("down", "down")
        moved_to = app.selected_id
        assert moved_to != "two-plus-two"
        await pilot.press("left_square_bracket")
        assert app.selected_id == "two-plus-two"
        await pilot.press("right_square_bracket")
        assert app.selected_id == moved_to

    drive(seed, script)


def test_filter_narrows_the_focused_list_and_escape_clears(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        # The prompt is mounted, hidden, once the first screen is up (the problem banner only
        # when a reload fails); `/` shows it right above the footer.
        await pilot.pause()
        bar = app.main.shown_filter_bar()
        assert bar is not None and not bar.display
        assert app.main.shown_problem_banner() is None
        await pilot.press("2", "slash")
        assert bar.display and app.main.shown_filter_bar() is bar
        await pilot.pause()
        assert bar.region.bottom == app.main.query_one(KeyFooter).region.y
        participants = pane(app, "participants")
        for char in "knap":
            await pilot.press(char)
        people = {p.id for p in seed.participants}
        assert [i for i in participants.visible_ids if i in people] == ["marc-knapper"]
        assert participants.cursor_id == "marc-knapper"
        assert "Filter Participants" in screen_text(app)
        await pilot.press("escape")
        assert participants.filter_text == ""
        assert len(participants.visible_ids) == len(participants.item_ids)
        assert focused_id(app) == "participants"
        assert not bar.display and app.main.shown_filter_bar() is bar
        await pilot.press("slash")
        assert bar.display
        for char in "motegi":
            await pilot.press(char)
        await pilot.press("enter")
        assert app.selected_id == "toshimitsu-motegi"
        assert participants.filter_text == "motegi"
        assert focused_id(app) == "participants"

    drive(seed, script)


def test_the_prompt_and_banner_mount_even_on_an_emptied_screen(seed: Briefing) -> None:
    # A reload rebuilding the panes can race the App's exit, which empties the screen first.
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.pause()
        await app.main.query_children("*").exclude(f".{compat.SYSTEM_CLASS}").remove()
        bar = await app.main.filter_bar()
        assert app.main.shown_filter_bar() is bar
        assert app.main.problem_banner() is app.main.shown_problem_banner()

    drive(seed, script)


def test_filter_matches_aliases_and_titles(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("3", "slash")
        for char in "diaoyu":
            await pilot.press(char)
        assert pane(app, "topics").visible_ids == ["senkaku-incursions"]
        await pilot.press("escape", "1", "slash")
        for char in "cost":
            await pilot.press(char)
        ids = pane(app, "timeline").visible_ids
        assert ids and all("cost" in seed.items[i].label.lower() for i in ids)

    drive(seed, script)


def test_linked_only_shows_only_linked_items_in_the_other_panes(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("two-plus-two")
        await pilot.pause()
        await pilot.press("l")
        linked = seed.links.linked("two-plus-two")
        sides = {side.id for side in seed.sides}
        for name in ("participants", "topics"):
            visible = set(pane(app, name).visible_ids) - sides
            assert visible == linked & pane(app, name).item_ids
        assert "two-plus-two" in pane(app, "timeline").visible_ids
        assert len(pane(app, "timeline").visible_ids) == len(seed.events)
        await pilot.press("2")
        await pilot.press("down")
        selected = app.selected_id
        assert selected is not None
        assert (
            set(pane(app, "timeline").visible_ids)
            == seed.links.linked(selected) & pane(app, "timeline").item_ids
        )
        await pilot.press("l")
        for name in LISTS:
            assert len(pane(app, name).visible_ids) == len(pane(app, name).item_ids)

    drive(seed, script)


def test_palette_jumps_to_an_item_by_name(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await palette_search(pilot, "Knapper", "Marc Knapper")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.selected_id == "marc-knapper")
        await pilot.pause()
        assert focused_id(app) == "participants"
        shown = " ".join(app.screen.query_one(Inspector).text.split())
        assert "Roles Deputy Assistant Secretary of State for Japan and Korea" in shown
        assert "Knapper" in screen_text(app)

    drive(seed, script)


def test_palette_finds_aliases_and_escape_changes_nothing(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        before = (app.selected_id, focused_id(app))
        await pilot.press("ctrl+p")
        await palette_search(pilot, "Diaoyu", "Diaoyu")
        await pilot.press("escape")
        await pilot.pause()
        assert (app.selected_id, focused_id(app)) == before
        await pilot.press("ctrl+p")
        await palette_search(pilot, "Diaoyu", "Diaoyu")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.selected_id == "senkaku-incursions")

    drive(seed, script)


@pytest.mark.parametrize("key", ["question_mark", "f1"])
def test_help_opens_from_the_bindings_and_escape_closes(seed: Briefing, key: str) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("down")
        before = (app.selected_id, focused_id(app))
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text
        for binding_text in (
            "Next pane",
            "Filter",
            "Linked only",
            "Back",
            "Next span",
            "Follow link",
        ):
            assert binding_text in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        assert (app.selected_id, focused_id(app)) == before

    drive(seed, script)


def test_the_screen_restyles_on_resume_but_not_right_after_its_mount(
    seed: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first ScreenResume comes right after the panes mounted (and were styled): restyling
    everything again then cost ~5 ms of the first frame. A later one restyles as usual."""
    from briefing_tui.app.screens.main import MainScreen

    restyles: list[bool] = []
    original = MainScreen.update_node_styles

    def update_node_styles(self: MainScreen, animate: bool = True) -> None:
        restyles.append(animate)
        original(self, animate=animate)

    monkeypatch.setattr(MainScreen, "update_node_styles", update_node_styles)

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert restyles == []
        # As Textual resumes a screen it switches or pushes to (a pop does not restyle).
        app.screen.post_message(events.ScreenResume())
        await pilot.pause()
        assert restyles == [False]

    drive(seed, script)


def test_q_quits(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("q")
        await pilot.pause()

    app = drive(seed, script)
    assert app.return_code == 0


def test_hostile_names_are_shown_literally(write_briefing: Callable[..., Path]) -> None:
    path = write_briefing(
        title="[@click=app.quit]Quit[/]",
        side="[/]",
        alice="[b]Alice Archer",
        meeting="[link=https://example.com]x[/link] \x1b]52;c;aGk=\x07",
    )
    briefing = load(path)

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        text = screen_text(app)
        assert "[@click=app.quit]Quit[/]" in text
        assert "[/]" in text
        assert "[link=https://exam" in text
        inspector = app.screen.query_one(Inspector)
        assert app.selected_id == "meeting"
        assert "[link=https://example.com]x[/link] ␛]52;c;aGk=␇" in " ".join(inspector.text.split())
        assert "\x1b" not in text and "\x07" not in text
        await pilot.press("2", "j")
        assert "[b]Alice Archer" in screen_text(app)
        await pilot.click("#header")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+p")
        await palette_search(pilot, "alice", "[b]Alice Archer")
        await pilot.pause()
        assert "[b]Alice Archer" in screen_text(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.selected_id == "alice")

    drive(briefing, script)


def test_mouse_click_selects_a_row(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        timeline = pane(app, "timeline")
        await pilot.click("#timeline", offset=(10, 4))
        await pilot.pause()
        assert app.selected_id == timeline.cursor_id
        assert timeline.cursor == 3

    drive(seed, script)


def test_an_empty_briefing_opens_and_every_key_is_harmless(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text(
        'briefing: 1\ndocument:\n  title: Nothing yet\n  published: "2021-03-05"\n'
        "  place: Nowhere\n  text: |\n    Nothing has happened.\n",
        "utf-8",
    )
    briefing = load(tmp_path / "empty.yaml")

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.selected_id is None
        assert "DOCUMENT" in app.screen.query_one(Inspector).text
        keys = ["down", "up", "enter", "G", "g", "pagedown", "n", "N", "l", "slash", "x"]
        keys += ["escape", "tab", "enter", "n", "N", "tab", "down", "enter", "2", "3", "5"]
        keys += ["left_square_bracket", "right_square_bracket", "backspace", "4", "space"]
        for key in keys:
            await pilot.press(key)
        assert app.is_running
        assert "nothing linked" in screen_text(app)
        await pilot.press("l", "1")
        assert "no events" in screen_text(app)

    drive(briefing, script)


def test_inspector_dates_show_the_written_date_only_when_it_adds_something(
    seed: Briefing,
) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        inspector = app.screen.query_one(Inspector)
        assert app.selected_id == "blinken-speech"
        lines = inspector.text.splitlines()
        assert "Dates      2021-03-03" in lines
        assert not any(line.startswith("Dates") and "·" in line for line in lines)
        app.select("ministers-visit")
        await pilot.pause()
        assert inspector.item_id == "ministers-visit"
        shown = " ".join(inspector.text.split())
        assert "Dates 2021-03-11 to 2021-03-20 · 2021-03 (mid) Status" in shown

    drive(seed, script)


@pytest.mark.parametrize("key", ["n", "N"])
def test_n_walks_the_links_of_the_item_chosen_when_the_walk_began(seed: Briefing, key: str) -> None:
    # Issue 14: the first `n` selected the next linked row, whose own links then replaced the
    # set being walked. The walk goes through every event linked to Blinken, and around again.
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("antony-blinken")
        await pilot.pause()
        timeline = pane(app, "timeline")
        linked = [i for i in timeline.visible_ids if i in seed.links.linked("antony-blinken")]
        assert len(linked) >= 3
        await pilot.press("1")
        seen = []
        for _ in range(len(linked) + 1):
            await pilot.press(key)
            seen.append(timeline.cursor_id)
            assert app.selected_id == timeline.cursor_id
        order = linked if key == "n" else linked[::-1]
        start = order.index(seen[0])
        assert seen[: len(linked)] == order[start:] + order[:start]
        assert seen[-1] == seen[0]  # around again
        # Moving the cursor another way ends the walk: `n` now walks the new selection's links.
        await pilot.press("j")
        moved_to = timeline.cursor_id
        assert moved_to is not None
        await pilot.press("n")
        now_linked = seed.links.linked(moved_to) & timeline.item_ids
        assert timeline.cursor_id in now_linked or not now_linked

    drive(seed, script)


def test_back_returns_to_what_was_selected_before_a_jump_or_a_move(seed: Briefing) -> None:
    # Issue 14: only Enter jumps were history, so `[` after the first Enter stayed put, and a
    # selection made by moving the cursor in another pane was never come back to.
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        timeline = pane(app, "timeline")
        first = app.selected_id
        await pilot.press("down", "down")
        moved_to = timeline.cursor_id
        assert moved_to != first and app.selected_id == moved_to
        await pilot.press("enter")  # a jump to what the cursor is on
        await pilot.press("left_square_bracket")
        assert app.selected_id == first
        await pilot.press("right_square_bracket")
        assert app.selected_id == moved_to
        # A selection made in another pane, then back to the one before it.
        await pilot.press("2", "down")
        participant = app.selected_id
        assert participant == pane(app, "participants").cursor_id
        await pilot.press("left_square_bracket")
        assert app.selected_id == moved_to
        await pilot.press("left_square_bracket")
        assert app.selected_id == first
        # Nothing before that: the footer shows Back disabled, and the selection stays.
        footer = app.main.query_one(KeyFooter)
        await wait_until(
            pilot, lambda: any(k.description == "Back" and not k.enabled for k in footer.keys)
        )
        await pilot.press("left_square_bracket")
        assert app.selected_id == first
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.selected_id == participant

    app = BriefingApp(seed)

    async def main() -> None:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())
