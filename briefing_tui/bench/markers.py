"""Text that shows a benchmark child has painted: shared by the child apps and the parent.

Kept in a module of its own so the parent can import it without importing Textual, and the bare
app without importing the parent's machinery.
"""

from __future__ import annotations

BARE_TEXT = "Bare Textual app: one Static"
BARE_MARKERS = ("Bare Textual app",)
APP_MARKERS = ("Timeline", "Participants", "Topics", "Article", "Inspector", "Blinken", "Motegi")
"""Every pane title (issue 3) and two people of the seed the first screen lists."""
