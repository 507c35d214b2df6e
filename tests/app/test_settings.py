"""The theme chosen in the palette is remembered between runs, in a small JSON file in the user's
config directory; a bad file is ignored with a notice, never a crash."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.app.services.settings import (
    Settings,
    config_path,
    read_settings,
    write_settings,
)
from briefing_tui.format.model import Briefing
from tests.app.conftest import palette_search, wait_until

Script = Callable[[BriefingApp, Pilot[None]], Awaitable[None]]


def drive(briefing: Briefing, script: Script) -> BriefingApp:
    app = BriefingApp(briefing)

    async def main() -> None:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())
    return app


def test_the_path_follows_xdg_config_home(tmp_path: Path) -> None:
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "briefing-tui" / "config.json"
    )
    # A relative XDG_CONFIG_HOME is not valid by the spec: the default is used.
    home = config_path({"XDG_CONFIG_HOME": "relative/dir"})
    assert home == Path.home() / ".config" / "briefing-tui" / "config.json"


def test_written_atomically_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "briefing-tui" / "config.json"
    assert read_settings(path) == (Settings(), None)  # the first run
    write_settings(path, Settings(theme="nord"))
    assert json.loads(path.read_text("utf-8")) == {"theme": "nord"}
    assert read_settings(path) == (Settings(theme="nord"), None)
    write_settings(path, Settings(theme="gruvbox"))
    assert read_settings(path) == (Settings(theme="gruvbox"), None)
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.json"]  # no temp left


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"theme": 3}', b""],
    ids=["broken", "not-utf8", "not-an-object", "theme-not-a-string", "empty"],
)
def test_a_bad_file_is_ignored_with_a_reason(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config.json"
    path.write_bytes(content)
    settings, notice = read_settings(path)
    assert settings == Settings()
    assert notice is not None and str(path) in notice


def test_an_unreadable_file_is_ignored_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.mkdir()  # a directory where the file should be: reading it fails
    settings, notice = read_settings(path)
    assert settings == Settings() and notice is not None


def test_the_theme_chosen_in_the_palette_is_used_at_the_next_start(seed: Briefing) -> None:
    path = config_path()
    assert not path.exists()

    async def choose(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.theme != "nord"
        await pilot.press("ctrl+p")
        await palette_search(pilot, "theme", "theme")
        await pilot.press("enter")
        await palette_search(pilot, "nord", "nord")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.theme == "nord")
        await wait_until(pilot, path.exists)

    drive(seed, choose)
    assert read_settings(path) == (Settings(theme="nord"), None)

    async def check(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.theme == "nord"
        assert app.current_theme.name == "nord"

    drive(seed, check)


def test_a_corrupt_file_starts_the_reader_with_a_notice(seed: Briefing) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "nord"', "utf-8")

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await wait_until(pilot, lambda: any(True for _ in compat.notifications(app)))
        messages = [n.message for n in compat.notifications(app)]
        assert any("config.json" in m and "ignored" in m for m in messages), messages
        assert app.theme != "nord"
        assert app.selected_id is not None

    drive(seed, script)


def test_an_unknown_theme_is_ignored_with_a_notice(seed: Briefing) -> None:
    write_settings(config_path(), Settings(theme="no-such-theme"))

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await wait_until(pilot, lambda: any(True for _ in compat.notifications(app)))
        messages = [n.message for n in compat.notifications(app)]
        assert any("unknown theme 'no-such-theme'" in m for m in messages), messages

    drive(seed, script)


def test_a_config_dir_that_cannot_be_written_is_a_notice(
    seed: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the directory should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        def told() -> bool:
            return any("could not be remembered" in n.message for n in compat.notifications(app))

        app.theme = "nord"
        await wait_until(pilot, told)
        assert app.is_running and app.theme == "nord"

    drive(seed, script)
    assert os.path.isfile(blocked)
