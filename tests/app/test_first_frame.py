"""The reader's start as a terminal sees it: the first frame is the finished first screen.

`python -m briefing_tui` runs on the seed in a pseudo-terminal of its own at 120x40, as the
benchmark's first-paint timing runs it. Textual draws a full frame top to bottom, so everything
written before the footer's last word ("palette") belongs to the first frame.
"""

from __future__ import annotations

import sys

import pytest

from briefing_tui.bench.terminal import PtyChild, WindowSize

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

FOOTER_END = "palette"


def first_frame_text() -> str:
    """The printable text of the reader's first frame on the seed at 120x40."""
    with PtyChild([sys.executable, "-m", "briefing_tui"], size=WindowSize(120, 40)) as child:
        child.wait_for_text([FOOTER_END], timeout=60)
        text = child.screen.text
    return text[: text.index(FOOTER_END)]


@pytest.mark.slow
def test_the_first_frame_shows_the_first_selection_in_full() -> None:
    first = first_frame_text()
    # The inspector shows the first event, every pane has its title.
    assert "Certainty" in first
    for title in ("Timeline", "Participants", "Topics", "Article", "Inspector"):
        assert title in first
    # The article is already scrolled to that event's evidence (at the top of the article the
    # view ends well before this paragraph), and the participants' position note is drawn: both
    # came only in a later frame once (the scroll waited for a Resize, the note for a refresh).
    assert "Uyghur minority" in first
    # Counting items (sides and participants), not rows (the "Unaffiliated" heading).
    from briefing_tui.format.loader import load, seed_path

    seed = load(seed_path())
    assert f"1/{len(seed.sides) + len(seed.participants)}" in first
