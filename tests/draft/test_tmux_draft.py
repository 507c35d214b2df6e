"""End to end in tmux: `briefing-tui ARTICLE.txt` opens an unsaved draft; ctrl+s saves it."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.app.test_tmux import SCRIPT, Tmux, pytestmark  # noqa: F401  (the skip rule)

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_655d5a0009c8cdc1.txt"


def test_article_opens_as_a_draft_and_saves(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(SEED, article)
    tmux = Tmux(
        tmp_path / "socket", 140, 40, f"sleep 0.5; cd {tmp_path} && {SCRIPT} story.txt; sleep 5"
    )
    try:
        screen = tmux.wait_for(lambda text: "UNSAVED DRAFT" in text and "^s Save" in text)
        assert "Tokyo" in screen.splitlines()[0]
        assert "^s Save" in screen
        tmux.keys("C-s")
        screen = tmux.wait_for(
            lambda text: (
                "UNSAVED" not in text
                and "^s Save" not in text
                and (tmp_path / "story.yaml").exists()
            )
        )
        assert "^s Save" not in screen
        assert 'text_file: "story.txt"' in (tmp_path / "story.yaml").read_text("utf-8")
        tmux.keys("q")
    finally:
        tmux.kill()
