"""Open a file in the reader: the entry point the CLI calls.

A briefing opens as it is; an article (`.txt`, `.html`, `.htm`) opens as an unsaved draft made in
memory, which the reader can write beside the article.
"""

from __future__ import annotations

import sys
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
"""Files that are articles to draft, not briefings to load."""


def run(path: Path) -> int:
    """Load `path` and run the reader on it. When it does not load: in a terminal, the problems
    view until a save loads; otherwise 1, the problems on stderr."""
    if Path(path).suffix.lower() in ARTICLE_SUFFIXES:
        return _run_draft(Path(path))
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load

    try:
        briefing = load(path)
    except BriefingError as error:
        if _in_a_terminal() and Path(path).is_file():
            # The user is writing this file: list every problem and open the reader once a
            # save loads. Scripts (no terminal) get the list on stderr and exit 1, as with
            # `validate`.
            from briefing_tui.app.pending import PendingApp

            PendingApp(Path(path), error.problems).run()
            return 0
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return 1
    from briefing_tui.app.app import BriefingApp

    BriefingApp(briefing, path=Path(path)).run()
    return 0


def _in_a_terminal() -> bool:
    """Whether the reader can run: standard input and output are a terminal."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


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
    from briefing_tui.app.services.draft import UnsavedDraft

    BriefingApp(briefing, path=None, draft=UnsavedDraft(yaml_text, suggested)).run()
    return 0
