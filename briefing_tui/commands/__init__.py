"""The `briefing-tui` subcommands: one table, one module per command.

A command is a module with three names:

- `HELP: str`, one line for `briefing-tui --help`;
- `add_arguments(parser: argparse.ArgumentParser) -> None`, which declares its options;
- `run(args: argparse.Namespace) -> int`, which does the work and returns the exit status.

It may also have `DESCRIPTION: str`, a longer text for `briefing-tui COMMAND --help` (HELP is
used when it has none). Adding a command is one line in `COMMANDS` below: its name and its
module's import path. A command's module is imported only when that command runs or when the
top-level help is built, so it imports nothing heavy at module level (Textual, PyYAML and the
rest go inside `run`).
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMANDS: dict[str, str] = {
    "open": "briefing_tui.commands.open",
    "validate": "briefing_tui.commands.validate",
    "schema": "briefing_tui.commands.schema",
    "sample": "briefing_tui.commands.sample",
    "bench": "briefing_tui.commands.bench",
    "draft": "briefing_tui.draft.command",
    "show": "briefing_tui.export.show_command",
    "export": "briefing_tui.export.export_command",
    "serve": "briefing_tui.serve.serve_command",
    "search": "briefing_tui.library.search_command",
}
"""Every subcommand: its name on the command line -> the import path of its module."""


def command_module(name: str) -> ModuleType:
    """The module of the command called `name` (KeyError when there is none)."""
    return importlib.import_module(COMMANDS[name])
