"""The child that measures one in-process figure and prints it as one line of JSON.

`python -m briefing_tui.bench.extras_child PART ARG...`, where PART is

- `draft ARTICLE`: `briefing_tui.draft.bench.measure` (the seed article and a 20,000-word one);
- `export FILE ROUNDS`: `briefing_tui.export.bench.measure` (each format against `load()`);
- `library FIGURE DIR`: one of `briefing_tui.library.bench`'s `index_build`, `reindex_one` and
  `search` on the library in DIR.

Each runs in a fresh process of its own, so what one measurement leaves in memory (a loaded
50,000-event briefing, imported modules, a warm cache) never weighs on the next, and the bench's
own process stays small. The bench parent (`briefing_tui.bench.extras`) starts it and reads the
line; a failure is a message on stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

LIBRARY_FIGURES = ("index_build", "reindex_one", "search")


def measure(argv: Sequence[str]) -> dict[str, Any]:
    """The figure named by `argv` (see the module's docstring)."""
    match list(argv):
        case ["draft", article]:
            from briefing_tui.draft.bench import measure as draft

            return dict(draft(article))
        case ["export", path, rounds]:
            from briefing_tui.export.bench import measure as export

            return export(path, int(rounds))
        case ["library", figure, folder] if figure in LIBRARY_FIGURES:
            from briefing_tui.library import bench

            result: dict[str, Any] = getattr(bench, figure)(folder)
            return result
    raise ValueError(f"unknown measurement: {' '.join(argv)!r}")


def main(argv: Sequence[str]) -> int:
    """Print the figure as one line of JSON; 1 with a message on stderr when it fails."""
    try:
        figures = measure(argv)
    except Exception as error:  # the parent reports it as a BenchError; no traceback wanted
        print(f"{' '.join(argv)}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
