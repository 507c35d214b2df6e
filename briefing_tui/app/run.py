"""Open a briefing file in the reader: the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path


def run(path: Path) -> int:
    """Load `path` and run the reader on it; 1 (problems on stderr) when it does not load."""
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load

    try:
        briefing = load(path)
    except BriefingError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return 1
    from briefing_tui.app.app import BriefingApp

    BriefingApp(briefing, path=Path(path)).run()
    return 0
