"""`briefing-tui validate DIR`: check every briefing of a library, and the library as a whole.

Every file is checked (a broken one is reported, the others still checked), then likely duplicates
across files are warned about with both places. Exits 1 when any file has an error.
"""

from __future__ import annotations

import argparse

HELP = "check every briefing under DIR and the library as a whole (likely duplicates)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments, added to `parser`."""
    parser.add_argument("dir", metavar="DIR", help="the library: a folder of briefings")


def run(args: argparse.Namespace) -> int:
    """Print every problem and the summary; 1 when any file has an error, 2 when unusable."""
    return run_dir(args.dir)


def run_dir(folder: str) -> int:
    """`validate DIR` for one folder (what the `validate` command calls for a folder)."""
    from briefing_tui.library.checks import validate
    from briefing_tui.library.opening import open_updated

    library = open_updated([folder], "validate")
    if library is None:
        return 2
    with library:
        lines, status = validate(library)
    for line in lines:
        print(line)
    return status
