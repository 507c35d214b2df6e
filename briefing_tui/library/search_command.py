"""`briefing-tui search DIR QUERY...`: search every article of a library, like grep.

Prints `FILE:LINE:COL: snippet` for each match, best first (FTS5 ranking): FILE is the article's
text file, or the briefing for an inline article; LINE and COL (1-based) point at the first
matched word. Exits 0 when something matched, 1 when nothing did, 2 when the library cannot be
read. The query is words: every word must occur; no search syntax is interpreted.
"""

from __future__ import annotations

import argparse

from briefing_tui.format.text import visible

HELP = "search every article of a library; prints FILE:LINE:COL: snippet (exit 1: no match)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments, added to `parser`."""
    parser.description = (
        "Search the text of every article (and every evidence quote) of the briefings under DIR. "
        "Prints FILE:LINE:COL: snippet for each match, best first; exits 1 when nothing matches. "
        "The query is plain words, all of which must occur."
    )
    parser.add_argument("dir", metavar="DIR", help="the library: a folder of briefings")
    parser.add_argument("query", nargs="+", metavar="QUERY", help="the words to find")
    parser.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="at most N results (default 50)"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def run(args: argparse.Namespace) -> int:
    """Search and print; 0 when something matched, 1 when nothing did, 2 on an unusable library."""
    from briefing_tui.library.opening import open_updated

    library = open_updated([args.dir], "search")
    if library is None:
        return 2
    with library:
        found = library.search(" ".join(args.query), args.limit)
    for hit in found:
        print(visible(f"{hit.file}:{hit.line}:{hit.column}: {hit.snippet}"))
    return 0 if found else 1
