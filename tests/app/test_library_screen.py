"""Pilot tests of the library screen: the list, open and back, the story, dossiers, search."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing_tui.app.library_app import LibraryApp
from briefing_tui.app.screens.library import LibraryScreen
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.dossier_view import DossierView
from briefing_tui.app.widgets.story_view import StoryView
from briefing_tui.library.index import Library
from tests.app.conftest import screen_text
from tests.library.conftest import ARTICLE, briefing_yaml

TODAY = dt.date(2021, 3, 20)
LONG_ARTICLE = (
    ARTICLE
    + "".join(
        f"\nParagraph {n} of the longer report goes on about nothing in particular.\n"
        for n in range(60)
    )
    + "\nAt the very end a walrus appeared.\n"
)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _write(folder: Path, name: str, article: str = ARTICLE, **fields: str) -> Path:
    path = folder / name
    path.with_suffix(".txt").write_text(article, "utf-8")
    path.write_text(briefing_yaml(text_file=path.with_suffix(".txt").name, **fields), "utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    _write(lib, "first.yaml", title="First article")
    _write(
        lib,
        "second.yaml",
        LONG_ARTICLE,
        title="Second article",
        published="2021-03-09",
        meeting_date="2021-03-02",
    )
    (lib / "broken.yaml").write_text("briefing: 1\ndocument: {title: [\n", "utf-8")
    return lib


async def _until(pilot: Pilot, condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.02)


async def _started(pilot: Pilot) -> LibraryScreen:
    app = pilot.app
    assert isinstance(app, LibraryApp)
    screen = app.library_screen
    await _until(pilot, lambda: screen.updates >= 1)
    await pilot.pause()
    return screen


async def _reader(pilot: Pilot) -> MainScreen:
    app = pilot.app
    await _until(pilot, lambda: isinstance(app.screen, MainScreen))
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def synchronous(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run (the project has no async pytest plugin)."""

    @functools.wraps(test)
    def run(*args: object, **kwargs: object) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _app(folder: Path) -> LibraryApp:
    return LibraryApp(Library.open([folder]), today=TODAY)


@synchronous
async def test_the_list_newest_first_and_broken_files_with_their_problem(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        assert [entry.path.name for entry in screen.entries] == [
            "second.yaml",
            "first.yaml",
            "broken.yaml",
        ]
        text = screen_text(app)
        assert "2021-03-09" in text and "Second article" in text and "First article" in text
        assert "✗ broken.yaml" in text and f"{folder / 'broken.yaml'}:3:" in text
        assert "3 briefings · 1 broken" in text


@synchronous
async def test_enter_opens_the_reader_and_back_returns_with_the_cursor_kept(
    folder: Path,
) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        await pilot.press("down", "enter")
        reader = await _reader(pilot)
        assert app.opened == folder / "first.yaml"
        assert app.briefing.document.title == "First article"
        assert reader.first_item == app.selected_id  # the reader as `briefing-tui FILE` opens
        await pilot.press("left_square_bracket")
        await _until(pilot, lambda: app.screen is screen)
        assert screen.current_entry is not None
        assert screen.current_entry.path.name == "first.yaml"
        # Esc works as back too, and a jump inside the reader is undone by `[` first.
        await pilot.press("enter")
        await _reader(pilot)
        await pilot.press("2", "down")  # participants pane: the cursor moves to Bob
        await pilot.pause()
        await pilot.press("escape")
        await _until(pilot, lambda: app.screen is screen)
        assert screen.current_entry.path.name == "first.yaml"
        # A broken file does not open; the library stays.
        await pilot.press("down", "enter")
        await pilot.pause(0.2)
        assert app.screen is screen


@synchronous
async def test_the_story_timeline_with_sources_and_the_now_divider(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        await pilot.press("2")
        await pilot.pause()
        story = screen.query_one(StoryView)
        assert [event.item_id for event in story.events] == ["meeting", "next-meeting"]
        meeting = story.events[0]
        assert meeting.sources == 2 and meeting.dates_disagree
        assert story.current_event == meeting
        assert [source.briefing_title for source in story.sources] == [
            "First article",
            "Second article",
        ]
        lines = screen_text(app).splitlines()
        row = next(n for n, line in enumerate(lines) if "Paris meeting" in line)
        now = next(n for n, line in enumerate(lines) if "now · 2021-03-20" in line)
        later = next(n for n, line in enumerate(lines) if "Next meeting" in line)
        assert row < now < later
        assert "≠" in lines[row]
        assert "2021-03-05 First artic… +1" in lines[row]  # the first source, and one more
        assert "dates disagree" in screen_text(app)
        # The second source, opened: that briefing, at that event.
        await pilot.press("right", "down", "enter")
        await _reader(pilot)
        assert app.opened == folder / "second.yaml"
        assert app.selected_id == "meeting"
        await pilot.press("left_square_bracket", "left_square_bracket")
        await _until(pilot, lambda: app.screen is screen)
        assert screen.view == "story" and story.current_event == meeting


@synchronous
async def test_a_move_in_the_story_shows_the_new_events_sources_with_it(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        await pilot.press("2")
        await pilot.pause()
        story = screen.query_one(StoryView)
        assert "dates disagree" in screen_text(app)
        # Down skips the now divider to the next event; its sources replace the first's.
        await pilot.press("down")
        await pilot.pause()
        assert story.current_event is not None
        assert story.current_event.item_id == "next-meeting"
        assert story.event_list.cursor == 2
        assert [source.briefing_title for source in story.sources] == [
            "First article",
            "Second article",
        ]
        assert {source.date_text for source in story.sources} == {"2021-04"}
        text = screen_text(app)
        assert "Sources · 2" in text and "dates disagree" not in text
        # The sources pane's rows: the date each gives, then its briefing's dateline.
        assert "2021-04    2021-03-05" in text and "2021-04    2021-03-09" in text
        await pilot.press("up")
        await pilot.pause()
        assert story.current_event is not None and story.current_event.item_id == "meeting"
        assert "dates disagree" in screen_text(app)


@synchronous
async def test_a_dossier_across_two_briefings_opens_the_article_at_the_quote(
    folder: Path,
) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        await pilot.press("3")
        await pilot.pause()
        view = screen.query_one(DossierView)
        assert view.current_entity is not None and view.current_entity.item_id == "alice"
        assert view.current_entity.briefings == 2
        assert [(row.briefing_title, row.item_id) for row in view.rows] == [
            ("First article", "meeting"),
            ("Second article", "meeting"),
            ("First article", "trade"),
            ("Second article", "trade"),
            ("First article", "next-meeting"),
            ("Second article", "next-meeting"),
        ]
        text = screen_text(app)
        assert "Dossier · Alice Archer · 6 linked" in text
        await pilot.press("enter")  # into the dossier
        await pilot.pause()
        await pilot.press("down")  # its second row
        await pilot.pause()
        assert view.dossier_list.has_focus
        await pilot.press("enter")
        await _reader(pilot)
        assert app.opened == folder / "second.yaml"
        assert app.selected_id == "meeting"
        article = app.main.query_one(ArticleView)
        cursor = article.span_cursor
        assert cursor is not None and cursor.start == view.rows[1].quote_start


@synchronous
async def test_search_opens_the_right_article_scrolled_to_the_match(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        await pilot.press("slash", *"walrus")
        await pilot.pause()
        assert screen.view == "search"
        assert "Results · 1" in screen_text(app)
        await pilot.press("enter")  # from the prompt to the results
        await pilot.pause()
        await pilot.press("enter")
        await _reader(pilot)
        assert app.opened == folder / "second.yaml"
        offset = LONG_ARTICLE.index("walrus")
        article = app.main.query_one(ArticleView)
        await _until(pilot, lambda: article.scroll_offset.y > 0)
        line = article.line_of_offset(offset)
        top = round(article.scroll_offset.y)
        assert top <= line < top + article.scrollable_content_region.height
        assert "walrus" in screen_text(app)
        assert app.focused is article
        await pilot.press("escape")
        await _until(pilot, lambda: app.screen is screen)
        assert screen.view == "search"
        # `/` typed again, then Esc: back to the view the search was opened from.
        await pilot.press("escape")
        assert screen.view == "briefings"


@synchronous
async def test_a_file_that_changes_appears_without_a_restart(folder: Path) -> None:
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(pilot)
        _write(folder, "third.yaml", title="Third article", published="2021-03-15")
        await _until(pilot, lambda: len(screen.entries) == 4)
        await pilot.pause()
        assert screen.entries[0].title == "Third article"
        assert "Third article" in screen_text(app)
        os.remove(folder / "third.yaml")
        await _until(pilot, lambda: len(screen.entries) == 3)


@synchronous
async def test_hostile_titles_are_shown_as_written(folder: Path) -> None:
    _write(folder, "evil.yaml", title="[@click=app.quit]x[/] \x1b[2J", published="2021-03-30")
    app = _app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(pilot)
        text = screen_text(app)
        assert "[@click=app.quit]x[/] ␛[2J" in text
        await pilot.click("#briefings", offset=(20, 1))
        await pilot.pause()
        assert app.is_running


@synchronous
async def test_random_keys_never_crash_the_library(folder: Path) -> None:
    import random

    keys = [
        *("1", "2", "3", "slash", "escape", "enter", "left_square_bracket"),
        *("up", "down", "left", "right", "tab", "shift+tab", "pageup", "pagedown"),
        *("home", "end", "a", "question_mark", "l", "h", "j", "k", "n"),
    ]
    rng = random.Random(17)
    app = _app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await _started(pilot)
        for _ in range(150):
            await pilot.press(rng.choice(keys))
        await pilot.pause()
        assert app.is_running
        # Wherever the keys left it, the library is one Esc or `[` (or a help close) away.
        for _ in range(4):
            if isinstance(app.screen, LibraryScreen):
                break
            await pilot.press("escape")
            await pilot.pause(0.1)
            await pilot.press("left_square_bracket")
            await pilot.pause(0.1)
        assert isinstance(app.screen, LibraryScreen)
