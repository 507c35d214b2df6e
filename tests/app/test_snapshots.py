"""Snapshots pin the look: the seed at start, with a participant selected, and the help screen.

Each is taken at 120x40 (all five panes side by side) and at 80x24 (the compact layout). Update
them deliberately with `pytest tests/app/test_snapshots.py --snapshot-update` and look at the
report before committing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from briefing_tui.app.app import BriefingApp
from briefing_tui.format.loader import load, seed_path

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]


def _app() -> BriefingApp:
    return BriefingApp(load(seed_path()))


@pytest.mark.parametrize("size", SIZES)
def test_start(snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_participant_selected_with_links_marked(
    snap_compare: Callable[..., bool], size: tuple[int, int]
) -> None:
    async def select_motegi(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("/")
        await pilot.pause()
        await pilot.press(*"Motegi", "enter")
        await pilot.pause()
        app = pilot.app
        assert isinstance(app, BriefingApp)
        assert app.selected_id == "toshimitsu-motegi"

    assert snap_compare(_app(), terminal_size=size, run_before=select_motegi)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, press=["question_mark"])
