"""Opening a library for a command: the index found or made, brought up to date, errors said.

Shared by the library's commands (`search`, `validate DIR`, `show DIR --item`): each prints one
clear line and exits 2 when the library cannot be used at all, and goes on with what the index
holds when another process keeps it locked too long.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from briefing_tui.format.text import visible
from briefing_tui.library.index import IndexUnavailable, Library, LibraryBusy

PROG = "briefing-tui"


def is_library(path: str | Path) -> bool:
    """Whether a command-line argument names a library (a folder) rather than one briefing."""
    return Path(path).is_dir()


def open_updated(roots: Sequence[str | Path], command: str) -> Library | None:
    """The library of `roots`, up to date; None (the reason on stderr) when it cannot be used."""
    for root in roots:
        if not Path(root).exists():
            where = visible(str(root))
            print(f"{PROG} {command}: {where}: no such file or folder", file=sys.stderr)
            return None
    try:
        library = Library.open(roots)
    except IndexUnavailable as error:
        print(f"{PROG} {command}: {visible(str(error))}", file=sys.stderr)
        return None
    try:
        library.update()
    except LibraryBusy as error:
        print(f"{PROG} {command}: {visible(str(error))}; using the index as it is", file=sys.stderr)
    except OSError as error:
        print(f"{PROG} {command}: cannot update the index: {error}", file=sys.stderr)
    return library
