"""The process textual-serve starts for each browser session: the reader on one briefing.

textual-serve runs the app with its web driver over pipes, so the command line's check for a
terminal (`briefing-tui FILE`) does not apply here; this module runs the reader directly.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run the reader on the file named by the one argument."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m briefing_tui.serve.child FILE", file=sys.stderr)
        return 2
    from briefing_tui.app.run import run

    return run(Path(args[0]))


if __name__ == "__main__":
    sys.exit(main())
