"""Each Textual internal the reader relies on (`briefing_tui.app.compat`), checked against the
installed Textual: an upgrade that changes one fails here, by name."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import Input, Static

from briefing_tui.app import compat


class _Probe(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("hello compat", id="static")
        yield ScrollView(id="scroll")
        yield Input(id="input")


async def _until(condition: Callable[[], bool]) -> None:
    """Let the app's loop run until `condition` holds (fails after a few seconds)."""
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never held")


def _run(check: Callable[[_Probe], Awaitable[None]]) -> None:
    async def main() -> None:
        app = _Probe()
        async with app.run_test(size=(40, 12), notifications=True) as pilot:
            await pilot.pause()
            await check(app)
            await pilot.pause()

    asyncio.run(main())


def test_update_scrollbars_sets_the_scroll_limits() -> None:
    async def check(app: _Probe) -> None:
        view = app.query_one("#scroll", ScrollView)
        view.styles.height = 4
        await _until(lambda: view.scrollable_content_region.height == 4)
        height = view.scrollable_content_region.height
        assert view.max_scroll_y == 0
        view.set_reactive(Widget.virtual_size, Size(10, height + 50))
        compat.update_scrollbars(view, Size(10, height + 50))
        assert view.max_scroll_y == 50
        view.scroll_to(y=30, animate=False, immediate=True)
        assert view.scroll_offset.y == 30

    _run(check)


def test_pseudo_state_follows_focus() -> None:
    async def check(app: _Probe) -> None:
        field = app.query_one("#input", Input)
        field.blur()
        app.set_focus(None)
        before = compat.pseudo_state(field)
        assert before == compat.pseudo_state(field)
        app.set_focus(field)
        await _until(lambda: field.has_focus)  # recorded as the Focus event is handled
        assert compat.pseudo_state(field) != before

    _run(check)


def test_border_content_reads_what_border_title_set() -> None:
    async def check(app: _Probe) -> None:
        static = app.query_one("#static", Static)
        static.border_title = Content("[b]literal[/b]")
        static.border_subtitle = Content("bottom")
        title = compat.border_content(static)
        assert isinstance(title, Content) and title.plain == "[b]literal[/b]"
        subtitle = compat.border_content(static, bottom=True)
        assert isinstance(subtitle, Content) and subtitle.plain == "bottom"

    _run(check)


def test_set_border_content_is_what_textual_draws() -> None:
    async def check(app: _Probe) -> None:
        static = app.query_one("#static", Static)
        static.styles.border = ("round", "white")
        static.border_title = Content("old")
        compat.set_border_content(static, Content("new title"))
        compat.set_border_content(static, Content("new note"), bottom=True)
        assert static.border_title == "new title"  # the public getter reads the same store
        assert static.border_subtitle == "new note"

        def text() -> str:
            return "\n".join(strip.text for strip in compat.screen_strips(app.screen))

        await _until(lambda: "new title" in text() and "new note" in text())
        assert "old" not in text()

    _run(check)


def test_screen_strips_are_the_screen_lines() -> None:
    async def check(app: _Probe) -> None:
        strips = compat.screen_strips(app.screen)
        assert len(strips) == 12
        assert "hello compat" in strips[0].text

    _run(check)


def test_notifications_lists_what_notify_sent() -> None:
    async def check(app: _Probe) -> None:
        app.notify("a notice [b]x[/b]", markup=False)
        await _until(lambda: any(True for _ in compat.notifications(app)))
        assert [n.message for n in compat.notifications(app)] == ["a notice [b]x[/b]"]

    _run(check)


def test_the_system_class_marks_the_toast_rack_and_recompose_keeps_it() -> None:
    async def check(app: _Probe) -> None:
        system = list(app.screen.query_children(f".{compat.SYSTEM_CLASS}"))
        # (run_test leaves the tooltip out; the toast rack is there with notifications on.)
        assert "ToastRack" in {type(widget).__name__ for widget in system}
        await app.screen.recompose()
        assert list(app.screen.query_children(f".{compat.SYSTEM_CLASS}")) == system

    _run(check)
