"""`briefing-tui sample --library N DIR`: write a synthetic library of N overlapping briefings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "write N synthetic briefings into DIR whose people, events and topics overlap"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments, added to `parser`."""
    parser.add_argument("--library", type=int, required=True, metavar="N", help="briefings")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument("dir", metavar="DIR", help="the folder to write them into")


def run(args: argparse.Namespace) -> int:
    """Write the library and say what was written; 2 on bad arguments, 1 when writing fails."""
    return run_library(args.library, Path(args.dir), args.seed)


def run_library(count: int, folder: Path, seed: int = 0) -> int:
    """`sample --library N DIR` (what the `sample` command calls with `--library`)."""
    from briefing_tui.library.sample import write_library

    if count < 1:
        print("briefing-tui sample: --library must be at least 1", file=sys.stderr)
        return 2
    try:
        written = write_library(folder, count, seed=seed)
    except OSError as error:
        print(f"briefing-tui sample: cannot write {folder}: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} briefings into {folder}")
    return 0
