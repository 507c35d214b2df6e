"""`briefing-tui validate [FILE...]`: check briefings, print every problem as FILE:LINE:COL."""

from __future__ import annotations

import argparse

HELP = "check briefings (or a library folder) and print FILE:LINE:COL problems"
DESCRIPTION = (
    "Check briefing files completely and print every problem as FILE:LINE:COL: error: "
    "message (hint). Exits 1 when any file has an error, 0 when all are valid. A folder is "
    "checked as a library: every briefing under it, and likely duplicates across them."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE..., optional."""
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="briefings to check (default: the bundled seed), or one library folder",
    )


def run(args: argparse.Namespace) -> int:
    """Prints each file's problems (or "FILE: valid") and a summary; 1 when any has an error."""
    from pathlib import Path

    if len(args.files) == 1 and Path(args.files[0]).is_dir():
        from briefing_tui.library.validate_command import run_dir

        return run_dir(args.files[0])
    from briefing_tui.format.errors import BriefingError, Severity, summary
    from briefing_tui.format.loader import load
    from briefing_tui.format.seed import seed_path
    from briefing_tui.format.text import visible

    names: list[str] = args.files or [str(seed_path())]
    valid = invalid = errors = warnings = 0
    for name in names:
        try:
            problems = load(name).warnings
        except BriefingError as error:  # anything that goes wrong, a bug included
            problems = error.problems
        file_errors = sum(1 for problem in problems if problem.severity is Severity.ERROR)
        for problem in problems:
            print(problem.format())
        errors += file_errors
        warnings += len(problems) - file_errors
        if file_errors:
            invalid += 1
        else:
            valid += 1
            print(f"{visible(name)}: valid")
    print(summary(len(names), valid, invalid, errors, warnings))
    return 1 if errors else 0
