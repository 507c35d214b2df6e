"""The static-screen reference: its texts (no Textual) and the app that draws them."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from textual.widgets import Static

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
    return Briefing(document, (), participants, events, topics, links)


def test_texts_follow_the_readers_order() -> None:
    texts = first_screen_texts(_briefing())
    assert set(texts) == set(PANES)
    timeline = texts["timeline"].splitlines()
    assert "First talks" in timeline[0] and "Second talks" in timeline[1]
    assert texts["inspector"].splitlines()[:2] == ["EVENT · first", "First talks"]
    assert texts["participants"].splitlines() == ["Unaffiliated", "  Ann · person · envoy"]
    assert [line.split("  ")[0] for line in texts["topics"].splitlines()] == [
        "Trade",
        "",
        "Energy",
    ]
    assert texts["topics"].splitlines()[1].startswith("  Tariffs")
    assert texts["article"] == "Ann met Bo."


def test_control_characters_become_visible_and_the_file_round_trips(tmp_path: Path) -> None:
    texts = first_screen_texts(_briefing(title="A\x1b[2Jb\x1e", name="N\x07"))
    assert "\x1b" not in texts["header"] and "␛[2Jb␞" in texts["header"]
    assert "N␇" in texts["participants"]
    path = tmp_path / "screen.txt"
    write_texts(texts, path)
    assert read_texts(path) == texts


def test_the_seed_fills_every_pane() -> None:
    texts = first_screen_texts(load(seed_path()))
    assert "Blinken" in texts["participants"] and "Motegi" in texts["participants"]
    assert len(texts["timeline"].splitlines()) == len(load(seed_path()).events)
    assert "Evidence" in texts["inspector"]


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
