"""`briefing-tui show DIR --item ID`: the dossier of one id across a library, as text."""

from __future__ import annotations

import argparse
import sys

from briefing_tui.format.text import visible

HELP = "print the dossier of an item across the library (every briefing, event and topic)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments, added to `parser`."""
    parser.add_argument("dir", metavar="DIR", help="the library: a folder of briefings")
    parser.add_argument("--item", required=True, metavar="ID", help="the id of the item")


def run(args: argparse.Namespace) -> int:
    """Print the dossier; 1 when no briefing has the id, 2 when the library is unusable."""
    return run_item(args.dir, args.item)


def run_item(folder: str, item_id: str) -> int:
    """`show DIR --item ID` (what the `show` command calls for a folder)."""
    from briefing_tui.library.dossier import dossier_lines
    from briefing_tui.library.opening import open_updated

    library = open_updated([folder], "show")
    if library is None:
        return 2
    with library:
        lines = dossier_lines(library, item_id)
    if lines is None:
        print(
            f"briefing-tui show: no briefing under {visible(folder)} "
            f"has an item {visible(item_id)}",
            file=sys.stderr,
        )
        return 1
    for line in lines:
        print(line)
    return 0
