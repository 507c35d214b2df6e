"""Problems found in a briefing file, and the one exception the loader raises."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing_tui.format.text import visible


class Severity(StrEnum):
    """Whether a problem stops the file from loading."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a briefing file, with where it is when that is known.

    `line` and `column` are 1-based; both are None when the problem has no position (a missing
    file, say).
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """`FILE:LINE:COL: error: message (hint)`, the form editors and compilers use.

        The path and the message may quote the file, so the line is made terminal-safe here, once,
        for every place that prints it (control characters become visible stand-ins).
        """
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return visible(text)


class BriefingError(Exception):
    """A briefing file could not be loaded; `.problems` lists every problem, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(problem.format() for problem in self.problems))


def summary(files: int, valid: int, invalid: int, errors: int, warnings: int) -> str:
    """`validate`'s last line: "2 files: 1 valid, 1 with 3 errors, 1 warning"."""
    parts = [f"{valid} valid"]
    if invalid:
        parts.append(f"{invalid} with {_plural(errors, 'error')}")
    if warnings:
        parts.append(_plural(warnings, "warning"))
    return f"{_plural(files, 'file')}: {', '.join(parts)}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
