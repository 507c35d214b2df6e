"""Open a briefing file in the reader: the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from briefing_tui.format.text import visible


def run(path: Path) -> int:
    """Load `path` and run the reader on it; 1 (problems on stderr) when it does not load."""
    try:
        briefing = load(path)
    except BriefingError as error:
        for problem in error.problems:
            # The text comes from the file (its name, quoted values): no control character of it
            # may reach the terminal.
            print(visible(problem.format()), file=sys.stderr)
        return 1
    from briefing_tui.app.app import BriefingApp

    BriefingApp(briefing, path=Path(path)).run()
    return 0
