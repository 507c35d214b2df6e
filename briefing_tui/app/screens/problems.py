"""The problems view: `briefing-tui FILE` on a file that does not load.

Every problem is listed as `FILE:LINE:COL: severity: message` (none left out), and the file is
watched with the live reload's `Reloader`: once a save loads, the reader's screen takes this one's
place, in the same terminal. The problem text quotes the file, so it is shown through
`safe.literal` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing_tui.app import safe
from briefing_tui.app.widgets.keyfooter import KeyFooter
from briefing_tui.format.errors import Problem, Severity

if TYPE_CHECKING:
    from briefing_tui.app.services.reload import Reloaded, Reloader


def problems_content(path: Path, problems: Sequence[Problem]) -> Content:
    """The heading and every problem, one per line (errors first, then warnings)."""
    errors = [p for p in problems if p.severity == Severity.ERROR]
    others = [p for p in problems if p.severity != Severity.ERROR]
    count = len(errors)
    heading = safe.assemble(
        (f"⚠ {path.name}", "bold"),
        (f" does not load: {count} error{'s' if count != 1 else ''}", "bold"),
        (f", {len(others)} warning{'s' if len(others) != 1 else ''}" if others else "", "bold"),
    )
    note = Content(
        "Fix the file and save it: the reader opens here as soon as it loads. q quits; "
        "`briefing-tui validate FILE` prints the same list."
    ).stylize("italic")
    lines = [heading, note, Content("")]
    lines.extend(safe.literal(problem.format()) for problem in [*errors, *others])
    return Content("\n").join(lines)


class ProblemsScreen(Screen[None]):
    """Every problem of a file that does not load, until a save of it does."""

    DEFAULT_CSS = """
    ProblemsScreen #problems {
        padding: 1 2;
        background: $surface;
    }
    """

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        super().__init__(id="problems-screen")
        self.path = path
        self.problems = tuple(problems)
        """The problems shown (those of the last load)."""
        self.reloader: Reloader | None = None

    @property
    def text(self) -> str:
        """What the view says, for tests."""
        return problems_content(self.path, self.problems).plain

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-scroll"):
            yield Static(problems_content(self.path, self.problems), id="problems")
        yield KeyFooter()

    def on_mount(self) -> None:
        from briefing_tui.app.services.reload import Reloader

        self.reloader = Reloader(self, self.path, None)
        self.reloader.start()

    def on_reloaded(self, message: Reloaded) -> None:
        """A save was loaded: show its problems, or bring the reader up in this one's place."""
        message.stop()
        outcome = message.outcome
        if outcome.briefing is None:
            self.problems = tuple(outcome.problems)
            self.query_one("#problems", Static).update(problems_content(self.path, self.problems))
            message.reloader.settled(outcome)
            return
        message.reloader.stop()
        from briefing_tui.app.screens.main import MainScreen

        # Pushed over this screen (Textual does not switch away from the first screen); this
        # one stays underneath, never shown again.
        self.app.push_screen(MainScreen(outcome.briefing))
