"""The reader on an article: an unsaved draft in memory, saved beside the article by ctrl+s."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.services.draft import UnsavedDraft
from briefing_tui.app.widgets.header import BriefingHeader
from briefing_tui.draft.reader import draft_for_reader
from briefing_tui.format.loader import load

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_655d5a0009c8cdc1.txt"


async def _until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        assert loop.time() < end, "condition not met in time"
        await asyncio.sleep(0.02)


def test_draft_for_reader_is_in_memory(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(SEED, article)
    briefing, yaml_text, suggested = draft_for_reader(article)
    assert suggested == tmp_path / "story.yaml"
    assert not suggested.exists()
    assert 'text_file: "story.txt"' in yaml_text
    assert any(p.name == "Nobuo Kishi" for p in briefing.participants)


def test_save_key_writes_the_draft_and_follows_it(tmp_path: Path) -> None:
    asyncio.run(_save_and_follow(tmp_path))


async def _save_and_follow(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(SEED, article)
    briefing, yaml_text, suggested = draft_for_reader(article)
    app = BriefingApp(briefing, path=None, draft=UnsavedDraft(yaml_text, suggested))
    async with app.run_test(size=(120, 36)) as pilot:
        header = app.main.query_one(BriefingHeader)
        await _until(lambda: "UNSAVED" in header.note)
        await pilot.press("ctrl+s")
        await _until(lambda: app.draft is None)
        assert suggested.read_text("utf-8") == yaml_text
        assert app.main.query_one(BriefingHeader).note == ""
        assert app.path == suggested
        assert app.reloader is not None
        assert load(suggested).participants


def test_save_key_never_overwrites(tmp_path: Path) -> None:
    asyncio.run(_never_overwrite(tmp_path))


async def _never_overwrite(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    shutil.copy(SEED, article)
    briefing, yaml_text, suggested = draft_for_reader(article)
    suggested.write_text("mine\n")
    app = BriefingApp(briefing, path=None, draft=UnsavedDraft(yaml_text, suggested))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.draft is not None
        assert suggested.read_text() == "mine\n"
