"""The problem banner: shown over the panes while the file on disk does not load.

The reader keeps showing the last good briefing; the banner says why the newer save was not taken
(`FILE:LINE:COL: error: message` of the first problem, and how many more) and disappears when the
file is mended. The problem text comes from the file (its name, quoted values), so it is shown
only through `safe.literal`.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widget import Widget

from briefing_tui.app import safe
from briefing_tui.format.errors import Problem, Severity

_PREFIX = "⚠ Not reloaded, showing the last good version: "


def banner_content(problems: Sequence[Problem]) -> Content:
    """The banner's text for `problems`: the first error (or problem) and how many more."""
    errors = [problem for problem in problems if problem.severity == Severity.ERROR]
    shown = errors or list(problems)
    if not shown:
        return Content("")
    more = len(shown) - 1
    parts: list[Content | tuple[str, str]] = [(_PREFIX, "bold"), safe.literal(shown[0].format())]
    if more:
        parts.append((f" (and {more} more)", "italic"))
    return safe.assemble(*parts)


class ProblemBanner(Widget):
    """Why the file on disk was not reloaded; hidden while it loads."""

    DEFAULT_CSS = """
    ProblemBanner {
        display: none;
        height: auto;
        max-height: 3;
        width: 100%;
        padding: 0 1;
        background: $error 30%;
        color: $text;
    }
    ProblemBanner.-shown {
        display: block;
    }
    """

    def __init__(self, *, id: str = "problem-banner") -> None:
        super().__init__(id=id)
        self._problems: tuple[Problem, ...] = ()
        self._content = Content("")

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The problems shown (empty when hidden)."""
        return self._problems

    @property
    def text(self) -> str:
        """The banner's text as shown (empty when hidden)."""
        return self._content.plain

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show the first of `problems` (and how many more); hide the banner when there are none."""
        self._problems = tuple(problems)
        self._content = banner_content(self._problems)
        self.set_class(bool(self._problems), "-shown")
        self.refresh(layout=True)

    def clear(self) -> None:
        """Hide the banner."""
        self.show_problems(())

    def render(self) -> Content:
        return self._content
