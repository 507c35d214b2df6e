"""Text from a briefing file is shown literally: never as markup, an action, a link or a control.

The app runs on a briefing with markup and control sequences in every text field and a file name
made of markup. It is walked through every pane, the linked-only view, the filter prompt, the help,
the palette (searching a hostile name), a reload notification and the problem banner; at each step
the rendered screen and every widget's own rendering are checked segment by segment. Clicking on
a hostile name must not quit the app.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.segment import Segment
from textual.command import CommandPalette
from textual.content import Content
from textual.geometry import Region
from textual.widget import Widget

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.format.loader import load
from tests.app.conftest import palette_search, wait_until
from tests.app.hostile_briefing import MARKUP_NAME, write_hostile

FILE_NAME = "[b]x[@click=app.quit]y[link=http:evil]z.yaml"
"""A file name made of markup (a `/` cannot be in a name): it shows in notifications and banners."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

LITERALS = (
    "[@click=app.quit]x[/]",
    "[link=http://evil.example]x[/link]",
    "[b]",
    "[on red]",
    "␛[2J",
    "␛]52;c;cHduZWQ=␇",
    "␛]0;pwned␇",
    "\\x9b31m",
    "␡",
    "<U+202E>",
    "<U+2066>",
)
"""How the hostile payloads read on screen when shown literally."""


def _screen_segments(app: BriefingApp) -> Iterator[tuple[int, Segment]]:
    for y, strip in enumerate(compat.screen_strips(app.screen)):
        for segment in strip:
            yield y, segment


def _screen_text(app: BriefingApp) -> str:
    return "\n".join(strip.text for strip in compat.screen_strips(app.screen))


def _widget_segments(widget: Widget) -> Iterator[Segment]:
    width, height = widget.outer_size
    if width <= 0 or height <= 0:
        return
    for strip in widget.render_lines(Region(0, 0, width, height)):
        yield from strip


def _assert_segment_safe(segment: Segment, where: str) -> None:
    text, style = segment.text, segment.style
    assert _CONTROL.search(text) is None, f"control character in {where}: {text!r}"
    if style is not None:
        assert style.link is None, f"link {style.link!r} in {where}: {text!r}"
        meta = style.meta
        assert "@click" not in meta, f"click action {meta['@click']!r} in {where}: {text!r}"


def assert_safe(app: BriefingApp, step: str) -> str:
    """Check the screen and every widget's rendering; the screen's text."""
    for y, segment in _screen_segments(app):
        _assert_segment_safe(segment, f"{step}: screen line {y}")
    screens = {app.screen, app.main}
    for screen in screens:
        for widget in screen.walk_children(with_self=False):
            assert isinstance(widget, Widget)
            for title in (
                compat.border_content(widget),
                compat.border_content(widget, bottom=True),
            ):
                assert title is None or isinstance(title, Content), (step, widget, title)
            tooltip = widget.tooltip
            if isinstance(tooltip, str):
                assert "[@click" not in tooltip and "\x1b" not in tooltip, (step, widget)
            for segment in _widget_segments(widget):
                _assert_segment_safe(segment, f"{step}: {widget!r}")
    return _screen_text(app)


def _assert_literal(text: str, step: str, *, expected: tuple[str, ...] = LITERALS) -> None:
    for literal in expected:
        assert literal in text, f"{step}: {literal!r} is not shown literally"


def _banner_text(app: BriefingApp) -> str:
    banner = app.main.shown_problem_banner()
    return "" if banner is None else banner.text


def _find(text: str, needle: str) -> tuple[int, int]:
    for y, line in enumerate(text.splitlines()):
        x = line.find(needle)
        if x >= 0:
            return x, y
    raise AssertionError(f"{needle!r} is not on screen")


@pytest.fixture
def hostile_path(tmp_path: Path) -> Path:
    return write_hostile(tmp_path, FILE_NAME)


def test_every_text_is_literal_everywhere(hostile_path: Path) -> None:
    asyncio.run(_walk_everything(hostile_path))


async def _walk_everything(hostile_path: Path) -> None:
    briefing = load(hostile_path)
    app = BriefingApp(briefing, path=hostile_path)
    async with app.run_test(size=(160, 45), notifications=True, tooltips=True) as pilot:
        await pilot.pause()
        text = assert_safe(app, "start")
        _assert_literal(text, "start")

        for key, moves in (("1", 4), ("2", 4), ("3", 3)):
            await pilot.press(key)
            for _ in range(moves):
                await pilot.press("down")
                assert_safe(app, f"pane {key}")
            await pilot.press("enter")
            assert_safe(app, f"pane {key} chosen")
            await pilot.press("home", "end", "pageup", "pagedown")
            assert_safe(app, f"pane {key} paged")
        await pilot.press("5")
        for _ in range(6):
            await pilot.press("down")
            assert_safe(app, "inspector")
        await pilot.press("enter")
        assert_safe(app, "inspector link followed")
        await pilot.press("4")
        for _ in range(4):
            await pilot.press("n")
            assert_safe(app, "article span")
        await pilot.press("enter", "G", "g")
        assert_safe(app, "article end")

        for item_id in briefing.items:
            app.jump_to(item_id)
            await pilot.pause()
            text = assert_safe(app, f"selected {item_id}")
            assert "[@click=app.quit]x[/]" in text

        await pilot.press("l")
        assert_safe(app, "linked only")
        await pilot.press("l")

        await pilot.press("2", "slash", *"agent [@click")
        await pilot.pause()
        text = assert_safe(app, "filter")
        assert "Alpha Agent [@click=app.quit]x[/]" in text
        await pilot.press("escape")

        await pilot.press("question_mark")
        await pilot.pause()
        assert_safe(app, "help")
        await pilot.press("escape")

        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.pause()
        assert_safe(app, "palette, nothing typed")
        await palette_search(pilot, "alpha [@cl", "Alpha Agent [@click=app.quit]x[/]")
        await pilot.pause()
        text = assert_safe(app, "palette search")
        assert "Alpha Agent [@click=app.quit]x[/]" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected_id == "alpha"
        assert_safe(app, "palette jump")

        # A save that loads: the reload notification names the (markup) file.
        hostile_path.write_text(hostile_path.read_text("utf-8") + "# saved\n", "utf-8")
        await wait_until(pilot, lambda: app.reloader is not None and app.reloader.loads >= 1)
        await wait_until(pilot, lambda: "Reloaded" in _screen_text(app))
        text = assert_safe(app, "reload notification")
        assert f"Reloaded {FILE_NAME}" in text

        # A broken save: the banner quotes the file name and the bad (markup) value.
        broken = hostile_path.read_text("utf-8").replace(
            "kind: person", 'kind: "[@click=app.quit]q[/] \\e]0;pwned\\a [link=http://evil]"', 1
        )
        hostile_path.write_text(broken, "utf-8")
        await wait_until(pilot, lambda: _banner_text(app) != "")
        await pilot.pause()
        text = assert_safe(app, "banner")
        banner = _banner_text(app)
        assert FILE_NAME in banner
        assert "[@click=app.quit]q[/]" in banner and "␛]0;pwned␇" in banner
        assert "[@click=app.quit]q[/]" in text

        # Clicking on the hostile name (where `[@click=app.quit]` would be live) does nothing bad.
        await pilot.press("2")
        await pilot.pause()
        text = _screen_text(app)
        x, y = _find(text, MARKUP_NAME)
        start = x + len("Alpha Agent ")
        for dx in (0, 1, 5, len("[@click=app.quit]"), len("[@click=app.quit]x")):
            await pilot.click(offset=(start + dx, y))
            await pilot.pause()
            assert app.is_running
        bx, by = _find(text, "[@click=app.quit]q[/]")
        await pilot.click(offset=(bx + 1, by))
        await pilot.pause()
        assert app.is_running
        assert_safe(app, "after clicks")
    assert app.return_code is None or app.return_code == 0


def test_narrow_layout_is_literal_too(hostile_path: Path) -> None:
    asyncio.run(_walk_narrow(hostile_path))


async def _walk_narrow(hostile_path: Path) -> None:
    app = BriefingApp(load(hostile_path), path=hostile_path)
    async with app.run_test(size=(80, 24), notifications=True, tooltips=True) as pilot:
        await pilot.pause()
        for key in ("1", "2", "3", "4", "5"):
            await pilot.press(key, "down", "down")
            assert_safe(app, f"narrow pane {key}")
