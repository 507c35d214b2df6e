"""The story across briefings: one timeline, events merged by id, entities merged by id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from briefing_tui.format.loader import load
from briefing_tui.format.timeline import timeline
from briefing_tui.library.index import Library


def test_the_story_is_every_event_in_reader_order_merged_by_id(
    folder: Path, write: Callable[..., Path]
) -> None:
    first = write("a.yaml", title="First")
    write("b.yaml", title="Second", published="2021-03-09", meeting_date="2021-03-02")
    with Library.open([folder]) as library:
        library.update()
        story = library.story()
        assert [event.item_id for event in story] == ["meeting", "next-meeting"]
        meeting, after = story
        assert meeting.sources == 2 and meeting.dates_disagree
        assert after.sources == 2 and not after.dates_disagree
        # One briefing alone: the same order as the reader's timeline.
        briefing = load(first)
        reader = [event.id for event in timeline(briefing.events, briefing.document.published)]
        assert [event.item_id for event in story] == reader
        sources = library.sources("meeting")
        assert [(s.briefing_title, s.earliest) for s in sources] == [
            ("First", "2021-03-01"),
            ("Second", "2021-03-02"),
        ]
        assert meeting.first_day == dt.date(2021, 3, 1)
        assert not meeting.is_after(dt.date(2021, 3, 5))
        assert after.is_after(dt.date(2021, 3, 5))


def test_entities_merge_by_id_with_each_article_s_roles(
    folder: Path, write: Callable[..., Path]
) -> None:
    write("a.yaml", title="First")
    write("b.yaml", title="Second", alice="Alice Archer-Smith", published="2021-03-09")
    with Library.open([folder]) as library:
        library.update()
        entities = {entity.item_id: entity for entity in library.entities()}
        assert entities["alice"].briefings == 2 and entities["bob"].briefings == 2
        names = [(a.briefing_title, a.name, a.roles) for a in library.appearances("alice")]
        assert names == [
            ("First", "Alice Archer", ("Envoy",)),
            ("Second", "Alice Archer-Smith", ("Envoy",)),
        ]
        dossier = library.dossier("alice")
        # Topics count through the events: what her meetings were about.
        assert [(row.briefing_title, row.item_id) for row in dossier] == [
            ("First", "meeting"),
            ("Second", "meeting"),
            ("First", "trade"),
            ("Second", "trade"),
            ("First", "next-meeting"),
            ("Second", "next-meeting"),
        ]
        for row in dossier:
            if row.kind == "event":
                assert row.quote and row.quote_start is not None
