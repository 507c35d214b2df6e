"""Checking a library as a whole: every briefing, and likely duplicates across them.

Each briefing is checked as `validate FILE` checks it (the index says which files are clean; the
others are loaded again for their full list of problems), so a broken file is reported and the
rest are still checked. Across files, the same name or alias (case and spacing aside) given to
participants or topics with different ids is probably one entity under two ids: a warning with
both places as `FILE:LINE:COL`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.format.errors import Problem, Severity, summary
from briefing_tui.format.text import shorten, visible
from briefing_tui.library.index import Library
from briefing_tui.library.positions import name_positions


@dataclass(frozen=True, slots=True)
class Checked:
    """The outcome of checking one file of the library."""

    path: Path
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(1 for problem in self.problems if problem.severity is Severity.ERROR)


def check_files(library: Library) -> Iterator[Checked]:
    """Every briefing of the library with its problems (clean ones straight from the index)."""
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load

    for entry in sorted(library.briefings(), key=lambda entry: str(entry.path)):
        if entry.ok and not entry.warnings:
            yield Checked(entry.path, ())
            continue
        try:
            problems = load(entry.path).warnings
        except BriefingError as error:
            problems = error.problems
        yield Checked(entry.path, tuple(problems))


def duplicates(library: Library) -> list[Problem]:
    """Warnings for names and aliases shared by different ids, each naming both places."""
    groups: dict[tuple[str, str], dict[str, tuple[str, Path]]] = {}
    for folded, item_id, kind, name, path in library.shared_names():
        ids = groups.setdefault((kind, folded), {})
        ids.setdefault(item_id, (name, path))
    wanted: dict[Path, set[str]] = {}
    for ids in groups.values():
        for name, path in ids.values():
            wanted.setdefault(path, set()).add(name)
    positions = {path: name_positions(path, names) for path, names in wanted.items()}
    problems = []
    for (kind, _), ids in groups.items():
        ordered = list(ids.items())
        first_id, (first_name, first_path) = ordered[0]
        first_line, first_col = positions[first_path].get(first_name, (1, 1))
        for item_id, (name, path) in ordered[1:]:
            line, col = positions[path].get(name, (1, 1))
            problems.append(
                Problem(
                    str(path),
                    f'{kind} "{shorten(name)}" ({item_id}) has the same name as '
                    f'"{shorten(first_name)}" ({first_id}) at '
                    f"{first_path}:{first_line}:{first_col}",
                    line=line,
                    column=col,
                    hint="one entity under two ids? give it one id in every briefing",
                    severity=Severity.WARNING,
                )
            )
    return problems


def validate(library: Library) -> tuple[list[str], int]:
    """The lines `validate DIR` prints and its exit status (1 when any file has an error)."""
    lines: list[str] = []
    valid = invalid = errors = warnings = 0
    files = 0
    for checked in check_files(library):
        files += 1
        lines.extend(problem.format() for problem in checked.problems)
        errors += checked.errors
        warnings += len(checked.problems) - checked.errors
        if checked.errors:
            invalid += 1
        else:
            valid += 1
            lines.append(f"{visible(str(checked.path))}: valid")
    shared = duplicates(library)
    lines.extend(problem.format() for problem in shared)
    warnings += len(shared)
    lines.append(summary(files, valid, invalid, errors, warnings))
    return lines, 1 if errors else 0
