"""The reader started on a file that does not load yet (`briefing-tui FILE` in a terminal).

It opens on the problems view (`screens/problems.py`), which watches the file; when a save loads,
the reader's screen replaces it and the App goes on as if it had started on that briefing (the
live reload then follows the file as usual). Until then only quitting does anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.screen import Screen

from briefing_tui.app.app import BriefingApp
from briefing_tui.format.errors import Problem

_NEEDS_A_BRIEFING = frozenset(
    {"help", "export", "back", "forward", "toggle_linked_only", "command_palette", "save_draft"}
)


class PendingApp(BriefingApp):
    """The reader, waiting for `path` to load."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        super().__init__(None, path=path)  # type: ignore[arg-type]
        self.problems = tuple(problems)

    def get_default_screen(self) -> Screen:
        from briefing_tui.app.screens.problems import ProblemsScreen

        return ProblemsScreen(self.path, self.problems)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _NEEDS_A_BRIEFING and self._main_or_none() is None:
            return False
        return super().check_action(action, parameters)
