"""Text that shows a benchmark child has painted: shared by the child apps and the parent.

Kept in a module of its own so the parent can import it without importing Textual, and the bare
app without importing the parent's machinery.
"""

from __future__ import annotations

BARE_TEXT = "Bare Textual app: one Static"
BARE_MARKERS = ("Bare Textual app",)
APP_MARKERS = (
    "Timeline",
    "Participants",
    "Topics",
    "Article",
    "Inspector",
    "Blinken",
    "Motegi",
    "Certainty",
    "linked",
    "Uyghur minority",
    "1/19",
)
"""Every pane title (issue 3), two people of the seed the first screen lists, and what shows only
once the first selection is drawn: the inspector's fields, a pane title's linked count, the article
scrolled to the selection's evidence (its view then shows the seed's "Uyghur minority", at 120x40)
and the participants' position note (`1/19`: items, not rows). The first *finished* screen, not a
frame of empty panes nor one that a second frame corrects."""
STATIC_SCREEN_MARKERS = ("Timeline", "Participants", "Topics", "Article", "Inspector", "^p palette")
"""The static-screen reference (`briefing_tui.bench.static_screen`): its five pane titles and the
end of its footer, all drawn in its first frame."""
