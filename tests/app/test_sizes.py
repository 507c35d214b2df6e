"""Any terminal size, from 1x1 up, and any resizing between sizes: no crash.

Below 40x10 the app shows a "terminal too small" notice instead of the panes and takes every key
but quit; it puts the panes back, as they were, when the terminal grows. The panes themselves are
also driven at tiny sizes with the notice switched off, since they must not crash there either.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.app.widgets import too_small
from briefing_tui.app.widgets.too_small import TooSmallScreen, notice_text
from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Briefing
from tests.app.conftest import wait_until
from tests.format.fixtures import small_text, write_small

Script = Callable[[BriefingApp, Pilot[None]], Awaitable[None]]

FIXED_SIZES = [
    (1, 1), (2, 1), (1, 2), (10, 3), (39, 9), (40, 9), (39, 10), (40, 10), (80, 24), (200, 60),
    (6, 40), (200, 2), (41, 11), (120, 40), (3, 3), (109, 31), (110, 32),
]  # fmt: skip
KEYS = [
    "tab", "shift+tab", "1", "2", "3", "4", "5", "down", "up", "pagedown", "pageup", "home",
    "end", "g", "G", "enter", "n", "N", "l", "left_square_bracket", "right_square_bracket",
    "question_mark", "escape", "ctrl+p", "slash", "a", "backspace",
]  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load(seed_path())


def drive(briefing: Briefing, script: Script, size: tuple[int, int] = (80, 24)) -> BriefingApp:
    async def main() -> BriefingApp:
        app = BriefingApp(briefing)
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            await script(app, pilot)
        return app

    return asyncio.run(main())


def screen_text(app: BriefingApp) -> str:
    return "\n".join(strip.text for strip in compat.screen_strips(app.screen))


async def resize(pilot: Pilot[None], width: int, height: int) -> None:
    await pilot.resize_terminal(width, height)
    await pilot.pause()


def opened(app: BriefingApp) -> bool:
    """Whether the palette, the help or the filter prompt is open."""
    if app.screen is not app.main:
        return True
    bar = app.main.shown_filter_bar()
    return bar is not None and bar.display


def banner_text(app: BriefingApp) -> str:
    """The problem banner's text ("" when it is not shown)."""
    banner = app.main.shown_problem_banner()
    return banner.text if banner is not None and banner.display else ""


def assert_matches_size(app: BriefingApp, width: int, height: int) -> None:
    small = width < too_small.MIN_WIDTH or height < too_small.MIN_HEIGHT
    assert isinstance(app.screen, TooSmallScreen) == small, (width, height, app.screen)
    assert app.size_guard is not None
    assert app.size_guard.showing == small
    assert sum(isinstance(s, TooSmallScreen) for s in app.screen_stack) == int(small)


def test_through_many_sizes_with_keys_in_between(seed: Briefing) -> None:
    rng = random.Random(4)
    sizes = FIXED_SIZES + [(rng.randint(1, 220), rng.randint(1, 70)) for _ in range(25)]

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        for width, height in sizes:
            await resize(pilot, width, height)
            assert_matches_size(app, width, height)
            for key in rng.sample(KEYS, 4):
                await pilot.press(key)
            await pilot.pause()
            assert app.is_running
            if isinstance(app.screen, TooSmallScreen):
                text = screen_text(app)
                if width >= 30 and height >= 4:
                    assert "Terminal too small" in text.replace("\n", " ")
            # Leave whatever opened (help, palette, filter) so the next size starts fresh-ish.
            if not isinstance(app.screen, (MainScreen, TooSmallScreen)):
                await pilot.press("escape")
        await resize(pilot, 120, 40)
        assert not isinstance(app.screen, TooSmallScreen)
        assert app.is_running

    drive(seed, script)


def test_the_notice_says_why_and_the_panes_come_back_as_they_were(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "down", "down")
        selected, focused = app.selected_id, app.main.focused_pane
        assert selected is not None

        await resize(pilot, 39, 9)
        assert isinstance(app.screen, TooSmallScreen)
        text = " ".join(screen_text(app).split())
        assert "Terminal too small (39x9, needs at least 40x10)" in text
        assert "press q to quit" in text
        assert notice_text(app.size).startswith("Terminal too small (39x9")

        # Keys do nothing under the notice: no help, no palette, no movement.
        await pilot.press("question_mark", "ctrl+p", "down", "tab", "l", "slash", "x")
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert len(app.screen_stack) == 2
        assert app.selected_id == selected

        await resize(pilot, 60, 9)
        assert isinstance(app.screen, TooSmallScreen)
        assert "(60x9," in " ".join(screen_text(app).split())

        await resize(pilot, 40, 10)
        assert app.screen is app.main
        assert app.selected_id == selected
        assert app.main.focused_pane == focused
        assert app.use_command_palette
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen is not app.main
        await pilot.press("escape")

    drive(seed, script)


def test_q_quits_from_the_notice(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await resize(pilot, 10, 3)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running

    drive(seed, script)


def test_starting_in_a_tiny_terminal(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("down", "pagedown", "enter")
        await resize(pilot, 120, 40)
        assert app.screen is app.main
        assert app.selected_id is not None
        assert app.main.focused_pane == "timeline"

    drive(seed, script, size=(2, 1))


@pytest.mark.parametrize("opener", [["ctrl+p", "b", "l"], ["question_mark"], ["slash", "a"]])
def test_shrinking_under_the_palette_help_or_filter(seed: Briefing, opener: list[str]) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press(*opener)
        await wait_until(pilot, lambda: opened(app))
        below = app.screen
        for width, height in [(1, 1), (6, 4), (5, 30), (39, 9), (2, 1)]:
            await resize(pilot, width, height)
            assert isinstance(app.screen, TooSmallScreen)
            await pilot.press("pagedown", "down", "pageup", "enter")
        await resize(pilot, 100, 30)
        assert app.screen is below
        await pilot.press("pagedown", "down", "pageup")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")

    drive(seed, script)


def test_a_reload_while_the_notice_is_up(tmp_path: Path) -> None:
    path = write_small(tmp_path)

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await resize(pilot, 5, 3)
        path.write_text(small_text().replace("name: Jean Martin", "name: Jean Tiny"))
        await wait_until(pilot, lambda: app.briefing.items["martin"].label == "Jean Tiny")
        await wait_until(pilot, lambda: app.reloader is not None and app.reloader.current)
        path.write_text("briefing: 1\n")
        await wait_until(pilot, lambda: banner_text(app) != "")
        assert isinstance(app.screen, TooSmallScreen)
        await resize(pilot, 100, 30)
        assert app.screen is app.main
        assert "small.yaml" in " ".join(screen_text(app).split())

    async def main() -> None:
        app = BriefingApp(load(path), path=path)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())


def test_the_panes_themselves_survive_tiny_sizes(
    seed: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the notice off, every pane is drawn and driven at sizes down to 1x1."""
    monkeypatch.setattr(too_small, "MIN_WIDTH", 1)
    monkeypatch.setattr(too_small, "MIN_HEIGHT", 1)
    rng = random.Random(7)
    list_keys = [k for k in KEYS if k not in ("ctrl+p",)]

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        for width, height in [(1, 1), (2, 1), (1, 2), (4, 2), (6, 3), (7, 5), (12, 4), (3, 12)]:
            await resize(pilot, width, height)
            assert not isinstance(app.screen, TooSmallScreen)
            for pane in ("1", "2", "3", "4", "5"):
                await pilot.press(pane, "pagedown", "end", "enter")
            for key in rng.sample(list_keys, 5):
                await pilot.press(key)
            if app.screen is not app.main:
                await pilot.press("escape")
            await pilot.pause()
            assert app.is_running
            screen_text(app)

    drive(seed, script)
