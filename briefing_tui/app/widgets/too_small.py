"""The notice shown instead of the reader while the terminal is too small to use.

Below `MIN_WIDTH` x `MIN_HEIGHT` the panes cannot show a useful line, and some Textual widgets
fail at such sizes (an OptionList, as in the command palette, crashes at a width of 6 or less and
on PageDown with no visible rows). So `SizeGuard` puts an opaque modal screen over everything
while the terminal is that small: it takes every key but quit, nothing under it is drawn, and the
palette cannot be opened over it. It goes away, and the reader is back as it was, when the
terminal grows again.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

MIN_WIDTH = 40
MIN_HEIGHT = 10
"""The smallest terminal the reader draws its panes in."""


def usable(size: Size) -> bool:
    """Whether a terminal of `size` is big enough for the panes."""
    return size.width >= MIN_WIDTH and size.height >= MIN_HEIGHT


def notice_text(size: Size) -> str:
    """What the notice says for a terminal of `size`."""
    return (
        f"Terminal too small ({size.width}x{size.height}, "
        f"needs at least {MIN_WIDTH}x{MIN_HEIGHT}). "
        "Enlarge it, or press q to quit."
    )


class TooSmallNotice(Widget):
    """The notice text, wrapped to the terminal and cut to its height."""

    DEFAULT_CSS = """
    TooSmallNotice {
        width: 100%;
        height: 100%;
        content-align: center middle;
        text-align: center;
        color: $text-warning;
        text-style: bold;
    }
    """

    def render(self) -> Content:
        return Content(notice_text(self.app.size))


class TooSmallScreen(ModalScreen[None]):
    """An opaque screen over the reader while the terminal is too small; q quits."""

    DEFAULT_CSS = """
    TooSmallScreen {
        background: $background;
        align: center middle;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__(id="too-small")

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()

    def on_resize(self, event: Resize) -> None:
        self.query_one(TooSmallNotice).refresh()


class SizeGuard:
    """Shows `TooSmallScreen` while the terminal is below the usable size, and removes it after.

    The App calls `start` once its main screen is up, and `check` with every new terminal size;
    before `start`, `check` does nothing (the screen stack is not there yet).
    """

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._started = False
        self._screen: TooSmallScreen | None = None
        self._palette_was_enabled = True

    def start(self, size: Size) -> None:
        """Begin guarding, from a terminal of `size`."""
        self._started = True
        self.check(size)

    @property
    def showing(self) -> bool:
        """Whether the notice is up."""
        return self._screen is not None

    def check(self, size: Size) -> None:
        """Put the notice up or take it down for a terminal of `size`."""
        if not self._started:
            return
        if not usable(size):
            if self._screen is None:
                self._screen = TooSmallScreen()
                self._palette_was_enabled = self._app.use_command_palette
                self._app.use_command_palette = False
                self._app.push_screen(self._screen)
        elif self._screen is not None:
            screen, self._screen = self._screen, None
            self._app.use_command_palette = self._palette_was_enabled
            if self._app.screen_stack and self._app.screen_stack[-1] is screen:
                self._app.pop_screen()
