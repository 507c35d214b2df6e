"""The reader exports the open briefing: key `e` offers the formats, the palette has them too,
and a notification says where the file went (read back to check it is whole)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from briefing_tui.app.app import BriefingApp
from briefing_tui.export import formats
from briefing_tui.format.loader import load
from tests.export.conftest import write_web_hostile


async def _wait(pilot, condition, what: str, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await pilot.pause(0.05)


def _top_hit(app: BriefingApp) -> str:
    """The text of the palette's highlighted command ("" while there is none)."""
    if not isinstance(app.screen, CommandPalette):
        return ""
    commands = app.screen.query_one(CommandList)
    if commands.highlighted is None or not commands.option_count:
        return ""
    return str(commands.get_option_at_index(commands.highlighted).prompt)


def run_export(path: Path, keys: list[str], expect: str) -> tuple[BriefingApp, list[str]]:
    app = BriefingApp(load(path), path=path)

    async def main() -> list[str]:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            *typed, last = keys
            for key in typed:
                await pilot.press(key)
                if key in ("e", "ctrl+p"):
                    await _wait(pilot, lambda: isinstance(app.screen, CommandPalette), "palette")
            await _wait(pilot, lambda: _top_hit(app).startswith(expect), f"the hit {expect!r}")
            await pilot.press(last)
            await _wait(pilot, lambda: bool(app._notifications), "the notification")
            await _wait(pilot, lambda: not isinstance(app.screen, CommandPalette), "palette gone")
            return [str(n.message) for n in app._notifications]

    return app, asyncio.run(main())


@pytest.fixture(autouse=True)
def _beside_the_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check the reader's own choice of folder (the suite's is a temporary one)."""
    monkeypatch.setattr(formats, "READER_EXPORT_FOLDER", None)


def test_key_e_exports_to_the_chosen_format(tmp_path: Path) -> None:
    path = write_web_hostile(tmp_path)
    _, messages = run_export(path, ["e", *"annotations", "enter"], "Export to annotations")
    out = tmp_path / "hostile.jsonld"
    assert messages == [f"Wrote annotations to {out}"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"] == len(data["first"]["items"]) > 0


def test_palette_has_the_export_commands(tmp_path: Path) -> None:
    path = write_web_hostile(tmp_path)
    _, messages = run_export(path, ["ctrl+p", *"export to html", "enter"], "Export to html")
    out = tmp_path / "hostile.html"
    assert messages == [f"Wrote html to {out}"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unwritable_folder_is_reported(tmp_path: Path) -> None:
    path = write_web_hostile(tmp_path)
    (tmp_path / "hostile.md").mkdir()  # the target is a folder: the write fails
    _, messages = run_export(path, ["e", *"md", "enter"], "Export to md")
    assert len(messages) == 1
    assert messages[0].startswith(f"Could not write {tmp_path / 'hostile.md'}: ")
