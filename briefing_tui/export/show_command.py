"""`briefing-tui show FILE [--item ID] [--width N]`: the briefing as text, no TUI (a folder with
`--item`: the item's dossier across the library).

Colour only on a terminal (Rich writes none into a pipe or a file, and none with NO_COLOR); file
text is printed literally, control characters as visible stand-ins.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from briefing_tui.export.cli_support import fail, load_or_report, positive_int

HELP = "print a briefing as text (header, timeline, participants, topics), or one item"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `show`."""
    parser.description = (
        "Print a briefing as text: the header and summary, the timeline with the now divider, "
        "participants by side with their roles, and the topic tree; with --item, that item with "
        "its links and evidence quotes. Colour only on a terminal (none into a pipe or with "
        "NO_COLOR)."
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the briefing (default: the bundled seed), or a library folder with --item",
    )
    parser.add_argument("--item", metavar="ID", help="show this item (a side, participant, ...)")
    parser.add_argument(
        "--width", type=positive_int, metavar="N", help="columns (default: the terminal's, or 80)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the briefing (or one item); 1 when it does not load or the item is unknown.

    A folder is a library: `show DIR --item ID` prints the item's dossier across it."""
    if args.file is not None and Path(args.file).is_dir():
        if args.item is None:
            return fail("show", f"{args.file} is a folder: name an item with --item ID")
        from briefing_tui.library.show_command import run_item

        return run_item(args.file, args.item)
    briefing = load_or_report(args.file)
    if briefing is None:
        return 1
    from briefing_tui.export.text import briefing_view, item_view, make_console, print_view

    if args.item is not None and args.item not in briefing.items:
        close = difflib.get_close_matches(args.item, list(briefing.items), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return fail("show", f"no item with id {args.item!r} in the briefing{hint}")
    console = make_console(width=args.width)
    if args.item is None:
        view = briefing_view(briefing, console.width)
    else:
        view = item_view(briefing, args.item)
    print_view(console, view)
    return 0
