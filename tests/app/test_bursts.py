"""Keys are never lost: a burst of Down presses moves the cursor once per press, whatever the
order in which the presses and the messages they cause are handled (issue 14).

A list pane reports each move (`ItemList.Highlighted`); the App handles that message later, and
by then the cursor may have moved on. The message is news about the past: answering it by
putting the cursor back on that item undid the presses in between.
"""

from __future__ import annotations

import asyncio

import pytest
from textual import events

from briefing_tui.app.app import BriefingApp
from briefing_tui.format.model import Briefing
from tests.app.big import big_briefing
from tests.app.conftest import wait_until

PRESSES = 30


@pytest.fixture(scope="module")
def thousand() -> Briefing:
    return big_briefing(events=1_000, participants=60, topics=20)


def _expected_line(app: BriefingApp, start: int, presses: int) -> int:
    """Where `presses` Downs from line `start` put the timeline's cursor."""
    pane = app.main.list_pane("timeline")
    line = start
    for _ in range(presses):
        nxt = line + 1
        while nxt < pane.line_count() and not pane.line_selectable(nxt):
            nxt += 1
        if nxt < pane.line_count():
            line = nxt
    return line


def _burst(thousand: Briefing, *, turns_between: int | None) -> tuple[int, int, str | None]:
    """Press Down `PRESSES` times; with `turns_between`, the loop runs that many turns between
    two presses (one write per key), else all are queued at once (one write for all). Returns
    the expected line, the cursor's line and whether the selection followed."""

    async def main() -> tuple[int, int, str | None]:
        app = BriefingApp(thousand)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            pane = app.main.list_pane("timeline")
            start = pane.cursor
            expected = _expected_line(app, start, PRESSES)
            for _ in range(PRESSES):
                app.post_message(events.Key("down", None))
                for _ in range(turns_between or 0):
                    await asyncio.sleep(0)
            await wait_until(pilot, lambda: app.selected_id == pane.cursor_id)
            await pilot.pause()
            return (
                expected,
                pane.cursor,
                app.selected_id if app.selected_id == pane.cursor_id else None,
            )

    return asyncio.run(main())


@pytest.mark.parametrize("turns", [None, 1, 2, 3, 5, 8, 13])
def test_every_down_in_a_burst_moves_the_cursor(thousand: Briefing, turns: int | None) -> None:
    expected, line, selected = _burst(thousand, turns_between=turns)
    assert line == expected
    assert selected is not None
