"""`briefing-tui export FILE --to FORMAT [-o OUT]`: the briefing in another format.

The output is made whole before anything is written: to stdout, or to OUT through a temporary file
renamed over it, so a failure leaves nothing half-written. Notes (events a format cannot hold) go
to stderr.
"""

from __future__ import annotations

import argparse
import sys

from briefing_tui.export.cli_support import fail, load_or_report, os_message
from briefing_tui.export.formats import FORMATS, UnknownFormat, get
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import visible

HELP = "write a briefing as text, Markdown, HTML, iCalendar, TimelineJS, GraphML or annotations"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `export`."""
    parser.description = "Write a briefing in another format, to share it."
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "formats:\n" + "\n".join(
        f"  {fmt.name:<12} {fmt.description}" for fmt in FORMATS.values()
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="the briefing (default: the bundled seed)"
    )
    parser.add_argument(
        "--to", required=True, metavar="FORMAT", help=f"one of: {', '.join(FORMATS)}"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here, whole or not at all (default or -: stdout)",
    )


def run(args: argparse.Namespace) -> int:
    """Export; 1 with one message on stderr when anything is wrong, and nothing written."""
    if args.output == "-":
        args.output = None
    try:
        fmt = get(args.to)
    except UnknownFormat as error:
        return fail("export", str(error))
    briefing = load_or_report(args.file)
    if briefing is None:
        return 1
    if args.output is not None and _is_source(args.output, briefing):
        return fail("export", f"{args.output} is the briefing or its article; choose another OUT")
    output = fmt.renderer()(briefing)
    if args.output is None:
        sys.stdout.write(output)
        sys.stdout.flush()
    else:
        from briefing_tui.export.atomic import write_atomic

        try:
            written = write_atomic(args.output, output)
        except OSError as error:
            return fail("export", f"cannot write {args.output}: {os_message(error)}")
        print(visible(f"wrote {fmt.name} to {written}"), file=sys.stderr)
    for note in notes(fmt.module, briefing):
        print(f"{fmt.name}: {note}", file=sys.stderr)
    return 0


def notes(module: str, briefing: object) -> list[str]:
    """What the format left out, from its module's optional `notes(briefing)`."""
    import importlib

    found = getattr(importlib.import_module(module), "notes", None)
    return list(found(briefing)) if found is not None else []


def _is_source(out: str, briefing: Briefing) -> bool:
    """True when `out` is the briefing file or its article file (never written over)."""
    from pathlib import Path

    if briefing.path is None:
        return False
    sources = {briefing.path.resolve()}
    if briefing.document.text_file:
        sources.add((briefing.path.parent / briefing.document.text_file).resolve())
    return Path(out).resolve() in sources
