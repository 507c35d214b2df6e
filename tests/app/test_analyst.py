"""Issue 14, the analyst's questions: the bottom line, links through events, focus and counts."""

from __future__ import annotations

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.widgets.header import BriefingHeader
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.format.model import Briefing
from tests.app.conftest import palette_search, screen_text, wait_until
from tests.app.test_app import drive


def test_d_shows_the_document_and_d_again_the_selection(seed: Briefing) -> None:
    summary = seed.document.summary
    assert summary

    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        inspector = app.screen.query_one(Inspector)
        selected = app.selected_id
        assert "d summary" in screen_text(app).splitlines()[0]
        await pilot.press("d")
        await wait_until(pilot, lambda: inspector.item_id is None)
        text = inspector.text
        assert "DOCUMENT" in text and "Dateline" in text and "Place" in text
        assert "Summary" in text
        assert ("Source" in text) == bool(seed.document.source)
        assert " ".join(text.split()).count(" ".join(summary.split()[:6])) == 1
        assert app.focused is inspector
        assert app.selected_id == selected
        await pilot.press("d")
        await wait_until(pilot, lambda: inspector.item_id == selected)

    drive(seed, script)


def test_the_palette_offers_the_document(seed: Briefing) -> None:
    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        inspector = app.screen.query_one(Inspector)
        await pilot.press("ctrl+p")
        await palette_search(pilot, "document", "Document")
        await pilot.press("enter")
        await wait_until(pilot, lambda: inspector.item_id is None)
        assert "Summary" in inspector.text

    drive(seed, script)


def test_header_hint_without_summary(small: Briefing) -> None:
    async def script(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        header = app.screen.query_one(BriefingHeader)
        assert ("d summary" if small.document.summary else "d document") in str(
            header.render().plain
        )

    drive(small, script)
