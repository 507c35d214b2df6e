"""The static-screen reference: its texts (no Textual) and the app that draws them."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
from pathlib import Path

from textual.widgets import Static

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.bench.screen_texts import (
    PANES,
    TITLES,
    first_screen_texts,
    read_texts,
    write_texts,
)
from briefing_tui.bench.static_screen import StaticScreenApp
from briefing_tui.format.links import build_links
from briefing_tui.format.loader import load
from briefing_tui.format.model import (
    Briefing,
    Certainty,
    Document,
    Event,
    EventStatus,
    Participant,
    ParticipantKind,
    Topic,
    When,
)
from briefing_tui.format.seed import seed_path


def _briefing(title: str = "Talks", name: str = "Ann") -> Briefing:
    document = Document(title, dt.date(2021, 3, 5), "Tokyo", "Ann met Bo.")
    later = When("next week", "2021-03-12", None, dt.date(2021, 3, 12), dt.date(2021, 3, 12))
    earlier = When("on Monday", "2021-03-01", None, dt.date(2021, 3, 1), dt.date(2021, 3, 1))
    events = (
        Event("later", "Second talks", later, EventStatus.PLANNED, Certainty.LIKELY, ()),
        Event("first", "First talks", earlier, EventStatus.OCCURRED, Certainty.STATED, ()),
    )
    participants = (Participant("ann", name, ParticipantKind.PERSON, (), roles=("envoy",)),)
    topics = (
        Topic("trade", "Trade", Certainty.STATED, ()),
        Topic("tariffs", "Tariffs", Certainty.POSSIBLE, (), parent="trade"),
        Topic("energy", "Energy", Certainty.STATED, ()),
    )
    links = build_links((), participants, events, topics)
    items = {item.id: item for group in (participants, events, topics) for item in group}
    return Briefing(document, (), participants, events, topics, links, items=items)


def test_texts_are_the_readers_rows() -> None:
    texts = first_screen_texts(_briefing())
    assert set(texts) == set(PANES)
    timeline = texts["timeline"].splitlines()
    assert len(timeline) == 3
    assert timeline[0].startswith("● on Monday") and "First talks" in timeline[0]
    assert timeline[0].endswith("  stated") and "2021-03-01" in timeline[0]
    assert timeline[1] == "── now · 2021-03-05 ──"
    assert timeline[2].startswith("○ next week") and timeline[2].endswith("likely")
    assert texts["inspector"].splitlines()[:6] == [
        "EVENT · first",
        "First talks",
        "When       on Monday",
        "Dates      2021-03-01",
        "Status     ● occurred",
        "Certainty  stated",
    ]
    assert texts["participants"].splitlines() == ["Unaffiliated", "  Ann · person · envoy"]
    assert texts["topics"].splitlines() == ["Trade stated", "└ Tariffs possible", "Energy stated"]
    assert texts["article"] == "Ann met Bo."


def test_no_events_no_selection() -> None:
    briefing = _briefing()
    empty = Briefing(briefing.document, (), (), (), (), build_links((), (), (), ()))
    texts = first_screen_texts(empty)
    assert texts["timeline"] == "no events" and texts["inspector"] == "nothing selected"
    assert texts["participants"] == "no participants" and texts["topics"] == "no topics"


def test_control_characters_become_visible_and_the_file_round_trips(tmp_path: Path) -> None:
    texts = first_screen_texts(_briefing(title="A\x1b[2Jb\x1e", name="N\x07"))
    assert "\x1b" not in texts["header"] and "␛[2Jb␞" in texts["header"]
    assert "N␇" in texts["participants"]
    path = tmp_path / "screen.txt"
    write_texts(texts, path)
    assert read_texts(path) == texts


def test_the_seed_fills_every_pane_and_opens_on_the_readers_first_item() -> None:
    seed = load(seed_path())
    texts = first_screen_texts(seed)
    assert "Blinken" in texts["participants"] and "Motegi" in texts["participants"]
    timeline = texts["timeline"].splitlines()
    assert len(timeline) == len(seed.events) + 2  # the "now" and "undated" dividers
    assert "Evidence" in texts["inspector"]
    reader = BriefingApp(seed)

    async def main() -> None:
        async with reader.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(reader.screen, MainScreen)
            assert texts["inspector"].startswith(f"EVENT · {reader.screen.first_item}\n")

    asyncio.run(main())


def test_the_app_draws_five_titled_panes_and_shows_markup_literally() -> None:
    texts = {name: f"{name} text" for name in PANES}
    texts["timeline"] = "[@click=app.quit]quit[/] [b]bold?[/b]"
    app = StaticScreenApp(texts)

    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            for name, title in TITLES.items():
                pane = app.query_one(f"#{name}", Static)
                assert pane.border_title == title
                assert pane.region.width > 0 and pane.region.height > 2
            timeline = app.query_one("#timeline", Static)
            assert str(timeline.visual) == texts["timeline"]
            await pilot.click("#timeline", offset=(3, 1))
            await pilot.pause()
            assert app.is_running
            assert app.query_one("#footer", Static).region.y == 39

    asyncio.run(main())


def test_the_bench_parent_makes_the_texts_without_textual() -> None:
    script = (
        "import sys, briefing_tui.bench.run, briefing_tui.bench.screen_texts\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
