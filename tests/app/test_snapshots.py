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


@pytest.mark.parametrize("size", SIZES)
def test_document_in_the_inspector(
    snap_compare: Callable[..., bool], size: tuple[int, int]
) -> None:
    async def show_document(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        app = pilot.app
        assert isinstance(app, BriefingApp)
        assert app.main.query_one("#inspector").item_id is None  # type: ignore[attr-defined]

    assert snap_compare(_app(), terminal_size=size, run_before=show_document)


@pytest.mark.parametrize("size", SIZES)
def test_problems_view(
    snap_compare: Callable[..., bool],
    size: tuple[int, int],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from dataclasses import replace
    from pathlib import Path

    from briefing_tui.app.pending import PendingApp
    from briefing_tui.format.errors import BriefingError

    folder = tmp_path_factory.mktemp("problems")
    seed = seed_path()
    text = seed.read_text("utf-8")
    text_file = next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if "text_file:" in line
    )
    (folder / text_file).write_bytes((seed.parent / text_file).read_bytes())
    broken = text.replace("kind: person", "kind: nation", 1).replace(
        "certainty: stated", "certainty: probable", 1
    )
    path = Path(folder / "briefing.yaml")
    path.write_text(broken, "utf-8")
    try:
        load(path)
    except BriefingError as error:
        problems = error.problems
    else:
        raise AssertionError("the broken file loaded")
    # The path in the problems is the temporary folder's: shown by name only in the snapshot.
    problems = tuple(replace(problem, path="briefing.yaml") for problem in problems)
    assert snap_compare(PendingApp(path, problems), terminal_size=size)
