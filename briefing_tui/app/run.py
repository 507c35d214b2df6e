"""Open a briefing file in the reader: the entry point the CLI calls."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_tui.format.preload import preload


def run(path: Path) -> int:
    """Load `path` and run the reader on it; 1 (problems on stderr) when it does not load."""
    # First: the second process then loads while this one imports Textual.
    pending = preload(path)
    # Imported while the file loads in the child: Textual is most of the start-up.
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.format.errors import BriefingError

    try:
        briefing = pending.result()
    except BriefingError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return 1
    BriefingApp(briefing, path=Path(path)).run()
    return 0
