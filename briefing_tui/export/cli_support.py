"""What the export commands share: loading a briefing with its problems reported, and errors.

A command fails with one clear message on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

PROG = "briefing-tui"


class CommandError(Exception):
    """A failure to report as `briefing-tui COMMAND: message` (exit status 1)."""


def load_or_report(file: str | None) -> Briefing | None:
    """The briefing at `file` (the seed without one), or None after printing its problems."""
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load
    from briefing_tui.format.seed import seed_path

    try:
        return load(Path(file) if file else seed_path())
    except BriefingError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return None


def fail(command: str, message: str) -> int:
    """Print `briefing-tui COMMAND: message` on stderr (made terminal-safe); exit status 1."""
    print(visible(f"{PROG} {command}: {message}"), file=sys.stderr)
    return 1


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def os_message(error: OSError) -> str:
    """An OSError in words, without Python's `[Errno N]` (or the temporary file's name)."""
    return (error.strerror or str(error)).lower()
