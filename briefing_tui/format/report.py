"""Collecting the problems of one load: errors with their positions and hints, and warnings.

The loader does not stop at the first problem: `Report` gathers every one (up to
`Limits.max_problems` errors, then `TooMany` ends the load) so that they are raised together as one
`BriefingError`. The helpers here word what the file said (`show`), suggest what it meant
(`did_you_mean`) and describe control characters found in text (`controls_message`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from briefing_tui.format import spec
from briefing_tui.format.errors import Problem, Severity
from briefing_tui.format.nodes import Alias, Limits, Node, Scalar
from briefing_tui.format.text import SHOWN, find_controls, shorten, visible


class _Invalid:
    """The value of anything that failed its checks (already reported)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()


class TooMany(Exception):
    """Raised to stop once `Limits.max_problems` errors are collected."""


def show(value: str, limit: int = SHOWN) -> str:
    """A value from the file, shortened and made safe to print, in double quotes."""
    return f'"{visible(shorten(value, limit))}"'


def did_you_mean(
    value: str, choices: Sequence[str], synonyms: dict[str, str] | None = None
) -> str | None:
    """ "did you mean "x"?" for the choice `value` most likely means, or None.

    A word listed in `synonyms` (the format declaration's, such as "nation" for "country")
    suggests its meaning; any other is matched by spelling.
    """
    meant = synonyms.get(value.casefold().strip()) if synonyms else None
    if meant is None:
        import difflib  # only a file with a mistake needs it

        close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
        meant = close[0] if close else None
    return f"did you mean {show(meant)}?" if meant is not None else None


def where(record: spec.Record) -> str:
    """ "at the top level" or "in a participant", for messages about a record's keys."""
    return "at the top level" if record is spec.BRIEFING else f"in {spec.indefinite(record.name)}"


def controls_message(name: str, value: str, found: list[tuple[int, str]]) -> str:
    """What a warning says about the control characters `found` in `value`."""
    shown = ", ".join(dict.fromkeys(stand_in for _, stand_in in found[:20]))
    count = len(found)
    what = "a control character" if count == 1 else f"{count} control characters"
    position = f" (the first at character {found[0][0] + 1})" if len(value) > 1 else ""
    subject = name if name.startswith("the ") else f'"{name}"'
    return f"{subject} contains {what}{position}, shown as {shown}"


class Report:
    """The problems of one load of the file `label`, in the order found."""

    def __init__(self, label: str, limits: Limits) -> None:
        self.label = label
        self.limits = limits
        self.problems: list[Problem] = []
        self.errors = 0
        self.warnings = 0

    def error(
        self,
        node: Node | None,
        message: str,
        hint: str | None = None,
        path: str | None = None,
    ) -> None:
        """Records an error at `node` (None: no position); `TooMany` once there are enough."""
        line, column = (node.line, node.column) if node is not None else (None, None)
        self.problems.append(Problem(path or self.label, message, line, column, hint))
        self.errors += 1
        if self.errors >= self.limits.max_problems:
            raise TooMany

    def add_errors(self, problems: Iterable[Problem], *, first: bool = False) -> None:
        """Records errors found by someone else (the YAML reader, say), positions and all.

        `first` puts them before those recorded so far, as if found first: of two problems at one
        position, the one listed first is shown first.
        """
        found = list(problems)
        if first:
            self.problems[:0] = found
        else:
            self.problems.extend(found)
        self.errors += len(found)

    def warn(
        self, message: str, line: int | None, column: int | None, path: str | None = None
    ) -> None:
        """Records a warning (only the first `max_problems` are kept, the rest counted)."""
        self.warnings += 1
        if self.warnings <= self.limits.max_problems:
            self.problems.append(
                Problem(path or self.label, message, line, column, None, Severity.WARNING)
            )

    def wrong(self, node: Node, expected: str, name: str) -> Any:
        """Reports that `name` is not `expected` (an alias is already reported); INVALID."""
        if node.__class__ is not Alias:
            found = node.describe
            if node.__class__ is Scalar and not node.value and node.plain:  # type: ignore[union-attr]
                found = "nothing"
                hint = "give a value, or remove the key"
            else:
                hint = None
            self.error(node, f'"{name}" must be {expected}, not {found}', hint)
        return INVALID

    def controls(self, value: str, node: Scalar, name: str, multiline: bool) -> None:
        """Warns about control characters in `value`, at `node`."""
        found = list(find_controls(value, multiline=multiline))
        if found:
            self.warn(controls_message(name, value, found), node.line, node.column)

    def sorted_problems(self) -> list[Problem]:
        """Every problem, this file's first, by position; a note when warnings were dropped."""
        label = self.label
        dropped = self.warnings - self.limits.max_problems
        if dropped > 0:
            self.warnings = self.limits.max_problems
            self.problems.append(
                Problem(label, f"{dropped} more warnings not shown", severity=Severity.WARNING)
            )
        return sorted(
            self.problems,
            key=lambda p: (p.path != label, p.path, p.line or 0, p.column or 0),
        )
