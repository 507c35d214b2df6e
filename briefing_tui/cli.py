"""The `briefing-tui` command: open the reader, or validate, print the schema, sample, bench.

`briefing-tui [FILE]` opens the reader (the bundled seed without FILE). A first argument that is
exactly a subcommand name runs the subcommand; `briefing-tui ./validate` (or `-- validate`) opens a
file of that name. Everything heavy is imported only by the command that needs it: Textual only
when the reader opens, PyYAML only when a file is read.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui import __version__
from briefing_tui.format.seed import seed_path

if TYPE_CHECKING:
    import argparse

PROG = "briefing-tui"

_EPILOG = """\
commands:
  validate [FILE...]  check briefings and print FILE:LINE:COL problems (no FILE: the seed)
  schema              print the JSON Schema of the briefing format
  sample --events N [--participants P] [--topics T] [--seed S] FILE
                      write a synthetic briefing (and its article) for trying and benchmarking
  bench [--json]      measure load time, first paint, keypresses and memory against baselines
  search DIR QUERY... [--limit N]
                      search every article of a library; prints FILE:LINE:COL: snippet
  validate DIR        check every briefing under DIR and likely duplicates across them
  show DIR --item ID  print an item's dossier across the library
  sample --library N DIR
                      write N synthetic briefings that share people, events and topics
  (a FOLDER or several FILEs instead of FILE open the library screen)

Run 'briefing-tui COMMAND --help' for a command's options.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line `argv` (default: `sys.argv[1:]`); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in _COMMANDS:
            _safe_output()
            return _COMMANDS[args[0]](args[1:])
        return _open(args)
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        print(done.code, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _open(argv: list[str]) -> int:
    if _library_args(argv):  # `briefing-tui DIR` or several files: the library
        return _open_library(argv)
    if len(argv) == 1 and argv[0] and not argv[0].startswith("-"):
        # `briefing-tui FILE`, the common case, needs no parser: importing argparse (and the
        # gettext it imports) would add about 2 ms to the reader's start-up.
        file: str | None = argv[0]
    else:
        file = _open_parser().parse_args(argv).file
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        print(
            f"{PROG}: the reader needs a terminal (stdin and stdout); to check a briefing "
            f"without one, run: {PROG} validate [FILE]",
            file=sys.stderr,
        )
        return 2
    # Start-up allocates a few hundred thousand long-lived objects (modules, classes, styles, the
    # briefing, the widgets); collecting as they arrive cost about a tenth of the first paint. The
    # App turns the collector back on once its first frame is drawn (`BriefingApp._start`).
    gc.disable()
    path = Path(file) if file else seed_path()
    from briefing_tui.app.run import run

    return run(path)


def _open_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [FILE]\n       {PROG} {{validate,schema,sample,bench}} ...",
        description="A terminal reader for annotated news briefings.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="the briefing to open (default: the bundled seed)"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _validate(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog=f"{PROG} validate",
        description=(
            "Check briefing files completely and print every problem as FILE:LINE:COL: error: "
            "message (hint). Exits 1 when any file has an error, 0 when all are valid."
        ),
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="briefings to check (default: the bundled seed)"
    )
    options = parser.parse_args(argv)
    if len(options.files) == 1 and Path(options.files[0]).is_dir():
        from briefing_tui.library.validate_command import run_dir

        return run_dir(options.files[0])

    from briefing_tui.format.errors import BriefingError, Severity
    from briefing_tui.format.loader import load
    from briefing_tui.format.text import visible

    names: list[str] = options.files or [str(seed_path())]
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
    print(_summary(len(names), valid, invalid, errors, warnings))
    return 1 if errors else 0


def _summary(files: int, valid: int, invalid: int, errors: int, warnings: int) -> str:
    parts = [f"{valid} valid"]
    if invalid:
        parts.append(f"{invalid} with {_plural(errors, 'error')}")
    if warnings:
        parts.append(_plural(warnings, "warning"))
    return f"{_plural(files, 'file')}: {', '.join(parts)}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _schema(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog=f"{PROG} schema",
        description=(
            "Print the JSON Schema (draft 2020-12) of the briefing format, for editors "
            "(yaml-language-server: add '# yaml-language-server: $schema=FILE' to a briefing)."
        ),
    )
    parser.parse_args(argv)
    import json

    from briefing_tui.format.schema import build_schema

    print(json.dumps(build_schema(), indent=2, ensure_ascii=False))
    return 0


def _sample(argv: list[str]) -> int:
    import argparse

    if any(arg == "--library" or arg.startswith("--library=") for arg in argv):
        return _library_command("sample", "sample_command", argv)

    parser = argparse.ArgumentParser(
        prog=f"{PROG} sample",
        description=(
            "Write a deterministic, valid synthetic briefing with a generated article, for "
            "trying the reader on a large file and for the benchmark."
        ),
    )
    parser.add_argument("--events", type=_count, required=True, metavar="N", help="events")
    parser.add_argument("--participants", type=_count, metavar="P", help="participants")
    parser.add_argument("--topics", type=_count, metavar="T", help="topics")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument("file", metavar="FILE", help="where to write the briefing")
    from briefing_tui.bench.sample import main

    return main(parser.parse_args(argv))


def _bench(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog=f"{PROG} bench",
        description="Measure the reader against baselines measured in the same run.",
    )
    from briefing_tui.bench.run import add_arguments, main

    add_arguments(parser)
    return main(parser.parse_args(argv))


def _count(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def _is_terminal(stream: object) -> bool:
    try:
        return stream is not None and stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _safe_output() -> None:
    """Never fail to print: characters the terminal's encoding lacks are written as escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _library_args(argv: list[str]) -> bool:
    """Whether the reader is asked to open a library: a folder, or more than one file."""
    names = [arg for arg in argv if arg != "--"]
    if not names or any(arg.startswith("-") for arg in names):
        return False
    return len(names) > 1 or Path(names[0]).is_dir()


def _open_library(argv: list[str]) -> int:
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        print(
            f"{PROG}: the library needs a terminal; try: {PROG} search DIR WORDS",
            file=sys.stderr,
        )
        return 2
    from briefing_tui.app.library_app import run_library

    return run_library([Path(arg) for arg in argv if arg != "--"])


def _library_command(name: str, module: str, argv: list[str]) -> int:
    """Run a library command module (`HELP`, `add_arguments`, `run`) on `argv`."""
    import argparse
    import importlib

    command = importlib.import_module(f"briefing_tui.library.{module}")
    parser = argparse.ArgumentParser(prog=f"{PROG} {name}", description=command.HELP)
    command.add_arguments(parser)
    return int(command.run(parser.parse_args(argv)))


_COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "search": lambda argv: _library_command("search", "search_command", argv),
    "show": lambda argv: _library_command("show", "show_command", argv),
    "validate": _validate,
    "schema": _schema,
    "sample": _sample,
    "bench": _bench,
}
