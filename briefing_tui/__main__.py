"""`python -m briefing_tui` is the `briefing-tui` command."""

from __future__ import annotations

import sys

from briefing_tui.cli import main

if __name__ == "__main__":
    sys.exit(main())
