"""The reader at 50,000 events: rows on demand, bounded work per keypress, search that finds."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence

import pytest
from textual.pilot import Pilot

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.palette import SearchIndex
from briefing_tui.app.view.rows import Row
from briefing_tui.app.widgets.article import ArticleView
from briefing_tui.app.widgets.itemlist import ItemList
from briefing_tui.format.model import Briefing
from tests.app.big import big_briefing
from tests.app.conftest import palette_search, wait_until

pytestmark = pytest.mark.slow
"""50,000 events: the slow part of the suite (`-m "not slow"` leaves it out)."""


@pytest.fixture(scope="module")
def big() -> Briefing:
    return big_briefing(events=50_000, participants=2_000, topics=500)


class CountingRows(Sequence[Row]):
    """A pane's rows that count how often they are read."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self._rows = rows
        self.reads = 0

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.reads += 1
        return self._rows[index]

    def __iter__(self) -> Iterator[Row]:
        self.reads += len(self._rows)
        return iter(self._rows)


def test_a_keypress_reads_only_the_rows_on_screen(big: Briefing) -> None:
    app = BriefingApp(big)

    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            panes = {pane.id: pane for pane in app.screen.query(ItemList)}
            counters = {}
            for name, pane in panes.items():
                counters[name] = CountingRows(pane.model.rows)
                pane.model.rows = counters[name]
            for _ in range(5):
                await pilot.press("down")
            await pilot.pause()
            assert app.selected_id == panes["timeline"].cursor_id
            for name, counter in counters.items():
                assert counter.reads < 600, (name, counter.reads)
            timeline = panes["timeline"]
            assert len(timeline.rows) > 50_000
            selected = app.selected_id
            assert selected is not None
            for pane in panes.values():
                assert pane.marked_ids == big.links.linked(selected) & pane.item_ids

    asyncio.run(main())


def test_filter_linked_only_palette_and_article_at_scale(big: Briefing) -> None:
    app = BriefingApp(big)

    async def script(pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        for char in "development 4242 in":
            await pilot.press(char)
        await pilot.press("enter")
        assert app.selected_id == "e4242"
        await pilot.press("slash", "escape")
        timeline = app.screen.query_one("#timeline", ItemList)
        assert len(timeline.visible_ids) == 50_000
        app.jump_to("p7")
        await pilot.pause()
        await pilot.press("l")
        linked_events = big.links.linked("p7") & timeline.item_ids
        assert set(timeline.visible_ids) == linked_events
        await pilot.press("l")
        await pilot.press("ctrl+p")
        await palette_search(pilot, "Vance1234", "Vance1234")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.selected_id == "p1234")
        article = app.screen.query_one(ArticleView)
        assert article.evidence_spans
        assert article.mention_spans
        await pilot.press("4", "n")
        assert article.span_cursor is not None

    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await script(pilot)

    asyncio.run(main())


def test_palette_candidates_over_50000_items(big: Briefing) -> None:
    index = SearchIndex(big)
    for query in ("vance1234", "dvlpmnt 42", "matter 7"):
        assert index.candidates(query)
    assert index.candidates("zzzz") == []
    found = index.candidates("vance1234")
    assert index.owners[found[0]] == "p1234"
