"""`briefing-tui schema`: print the JSON Schema of the briefing format."""

from __future__ import annotations

import argparse

HELP = "print the JSON Schema of the briefing format"
DESCRIPTION = (
    "Print the JSON Schema (draft 2020-12) of the briefing format, for editors "
    "(yaml-language-server: add '# yaml-language-server: $schema=FILE' to a briefing)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options."""


def run(args: argparse.Namespace) -> int:
    """Prints the schema generated from the format declaration."""
    import json

    from briefing_tui.format.schema import build_schema

    print(json.dumps(build_schema(), indent=2, ensure_ascii=False))
    return 0
