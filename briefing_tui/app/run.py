"""Open a briefing file in the reader: the entry point the CLI calls.

Textual writes each frame to the terminal from a thread of its own. A thread waiting for the GIL
gets it only when the running one blocks or after `sys.getswitchinterval()` (5 ms by default),
and the reader's main thread is often still busy right after queueing a frame: with the first
screen (the work that follows it), in a burst of keys. The first frame measured 6-14 ms queued
before it was written. A 0.5 ms switch interval while the reader runs lets the writer in at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_tui.format.preload import preload

FRAME_WRITER_SWITCH_INTERVAL_S = 0.0005
"""How soon Textual's writer thread gets the GIL once it has a frame to write (see above)."""


def run(path: Path) -> int:
    """Load `path` and run the reader on it; 1 (problems on stderr) when it does not load."""
    # --- draft integration (issue 15): an article opens as an unsaved draft ---
    if Path(path).suffix.lower() in (".txt", ".html", ".htm"):
        return _run_draft(Path(path))
    # --- end draft integration ---
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
    interval = sys.getswitchinterval()
    sys.setswitchinterval(FRAME_WRITER_SWITCH_INTERVAL_S)
    try:
        BriefingApp(briefing, path=Path(path)).run()
    finally:
        sys.setswitchinterval(interval)
    return 0


# --- draft integration (issue 15) ---
def _run_draft(path: Path) -> int:
    """Draft the article in memory and open the reader on it, unsaved (ctrl+s saves it)."""
    from briefing_tui.draft.reader import DraftError, draft_for_reader

    try:
        briefing, yaml_text, suggested = draft_for_reader(path)
    except DraftError as error:
        from briefing_tui.format.text import visible

        print(f"briefing-tui: {visible(str(error))}", file=sys.stderr)
        return error.code
    from briefing_tui.app.app import BriefingApp

    interval = sys.getswitchinterval()
    sys.setswitchinterval(FRAME_WRITER_SWITCH_INTERVAL_S)
    try:
        BriefingApp(briefing, path=None, draft=(yaml_text, suggested)).run()
    finally:
        sys.setswitchinterval(interval)
    return 0


# --- end draft integration ---
