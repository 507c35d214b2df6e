"""The `briefing-tui` command: one argparse setup for every subcommand.

`briefing-tui [FILE]` opens the reader (the bundled seed without FILE) for any FILE that is not a
command name; `briefing-tui open FILE` (or `briefing-tui -- FILE`) opens a file named like a
command. The subcommands are the table in `briefing_tui.commands`; each one's module is imported
only when it runs or when the top-level help lists it. `briefing-tui FILE`, the common case, does
not import argparse: it goes straight to the reader.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui.commands import COMMANDS, command_module

if TYPE_CHECKING:
    import argparse

PROG = "briefing-tui"
OPEN = "open"

_EPILOG = f"""\
'{PROG} FILE' opens FILE in the reader, unless FILE is a command name: to open a file called
like a command, write '{PROG} open FILE' (or '{PROG} -- FILE', or './FILE').
Run '{PROG} COMMAND --help' for a command's options.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line `argv` (default: `sys.argv[1:]`); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args or (len(args) == 1 and args[0] not in COMMANDS and args[0][:1] != "-"):
            # The reader on FILE (or the seed): no parser to import and build.
            from briefing_tui.commands.open import open_reader

            return open_reader(args[0] if args else None)
        if args[0] == "--" or (args[0] not in COMMANDS and args[0][:1] != "-"):
            args = [OPEN, *args]
        if args[0] != OPEN:
            _safe_output()
        parser, commands = _build(args[0] if args[0] in COMMANDS else None)
        options, unknown = parser.parse_known_args(args)
        if options.command is None:
            parser.print_usage(sys.stderr)
            return 2
        if unknown:  # argparse would blame the top level; the command's usage is the one to show
            commands[options.command].error(f"unrecognized arguments: {' '.join(unknown)}")
        return command_module(options.command).run(options)
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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of the whole command line: every command, or only `only` (the one that runs,
    so that no other command's module is imported)."""
    return _build(only)[0]


def _build(only: str | None) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [FILE]\n       {PROG} COMMAND [options]",
        description="A terminal reader for annotated news briefings.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    subparsers = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    commands: dict[str, argparse.ArgumentParser] = {}
    for name in COMMANDS if only is None else (only,):
        module = command_module(name)
        command = subparsers.add_parser(
            name,
            prog=f"{PROG} {name}",
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
        )
        module.add_arguments(command)
        commands[name] = command
    return parser, commands


def _version() -> str:
    from briefing_tui import __version__

    return __version__


def _safe_output() -> None:
    """Never fail to print: characters the terminal's encoding lacks are written as escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
