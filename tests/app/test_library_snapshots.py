"""Snapshots of the library screen: the briefings, the story, a dossier, search results.

A sample library of six briefings (deterministic) with a fixed "today", at 120x40 and 80x24.
Update deliberately with `pytest tests/app/test_library_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing_tui.app.library_app import LibraryApp
from briefing_tui.library.index import Library
from briefing_tui.library.sample import write_library

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]
TODAY = dt.date(2023, 6, 1)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LibraryApp:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "library"
    write_library(folder, 6)
    return LibraryApp(Library.open([folder]), today=TODAY)


async def _indexed(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, LibraryApp)
    deadline = time.monotonic() + 15
    while app.library_screen.updates < 1:
        assert time.monotonic() < deadline
        await pilot.pause(0.02)
    await pilot.pause()


def _then(*keys: str) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        await _indexed(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_library_briefings(
    snap_compare: Callable[..., bool], app: LibraryApp, size: tuple[int, int]
) -> None:
    assert snap_compare(app, terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES)
def test_library_story(
    snap_compare: Callable[..., bool], app: LibraryApp, size: tuple[int, int]
) -> None:
    assert snap_compare(app, terminal_size=size, run_before=_then("2", "down", "down"))


@pytest.mark.parametrize("size", SIZES)
def test_library_dossier(
    snap_compare: Callable[..., bool], app: LibraryApp, size: tuple[int, int]
) -> None:
    assert snap_compare(app, terminal_size=size, run_before=_then("3", "down", "right"))


@pytest.mark.parametrize("size", SIZES)
def test_library_search(
    snap_compare: Callable[..., bool], app: LibraryApp, size: tuple[int, int]
) -> None:
    keys = ("slash", *"inspection", "enter")
    assert snap_compare(app, terminal_size=size, run_before=_then(*keys))
