"""`briefing-tui open FILE`: open the reader on a briefing (`briefing-tui FILE` is the same)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `briefing-tui FILE` comes here without a parser (see `briefing_tui.cli`)
    import argparse

HELP = "open the reader on FILE (the same as 'briefing-tui FILE'; default: the bundled seed)"
DESCRIPTION = (
    "Open the reader on FILE (default: the bundled seed briefing); an article (.txt, .html) "
    "opens as an unsaved draft, and a folder or several files open the library. "
    "'briefing-tui FILE' does the same for any FILE that is not a command name; this form "
    "opens a file called like a command: 'briefing-tui open validate'."
)
PROG = "briefing-tui"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, optional."""
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="the briefing to open (default: the bundled seed); a folder or several: the library",
    )


def run(args: argparse.Namespace) -> int:
    """Opens the reader on `args.files` (the library for a folder or several files)."""
    if len(args.files) > 1:
        return open_library(args.files)
    return open_reader(args.files[0] if args.files else None)


def open_reader(file: str | None) -> int:
    """Opens the reader on `file` (the seed when None); 2 without a terminal, 1 when it does
    not load (its problems on stderr). A folder opens the library."""
    if file and Path(file).is_dir():
        return open_library([file])
    if not (is_terminal(sys.stdin) and is_terminal(sys.stdout)):
        print(
            f"{PROG}: the reader needs a terminal (stdin and stdout); to check a briefing "
            f"without one, run: {PROG} validate [FILE]",
            file=sys.stderr,
        )
        return 2
    if file:
        path = Path(file)
    else:
        from briefing_tui.format.seed import seed_path

        path = seed_path()
    from briefing_tui.app.run import run as run_reader

    return run_reader(path)


def is_terminal(stream: object) -> bool:
    """Whether `stream` is an open terminal (False for None, a pipe or a closed stream)."""
    try:
        return stream is not None and stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def open_library(names: list[str]) -> int:
    """Opens the library screen on a folder or several files; 2 without a terminal."""
    if not (is_terminal(sys.stdin) and is_terminal(sys.stdout)):
        print(
            f"{PROG}: the library needs a terminal (stdin and stdout); without one, try: "
            f"{PROG} search DIR WORDS, {PROG} validate DIR",
            file=sys.stderr,
        )
        return 2
    from briefing_tui.app.library_app import run_library

    return run_library([Path(name) for name in names])
