"""Timeline order: dates read together with status and the dateline."""

from __future__ import annotations

import datetime as dt

from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Certainty, Event, EventStatus, Quote, Span, When
from briefing_tui.format.timeline import is_to_come, timeline

DATELINE = dt.date(2021, 3, 5)


def _event(
    event_id: str, status: EventStatus, first: dt.date | None, last: dt.date | None
) -> Event:
    return Event(
        id=event_id,
        title=event_id,
        when=When(text=event_id, date="x" if first or last else None, earliest=first, latest=last),
        status=status,
        certainty=Certainty.STATED,
        evidence=(Quote("x", Span(0, 1)),),
    )


def test_a_planned_event_in_the_current_month_comes_after_past_events() -> None:
    march = _event("march", EventStatus.PLANNED, dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    wednesday = _event("wednesday", EventStatus.OCCURRED, dt.date(2021, 3, 3), dt.date(2021, 3, 3))
    recently = _event("recently", EventStatus.OCCURRED, None, DATELINE)
    assert [e.id for e in timeline([march, wednesday, recently], DATELINE)] == [
        "wednesday",
        "recently",
        "march",
    ]
    assert is_to_come(march, DATELINE)
    assert not is_to_come(recently, DATELINE)


def test_an_occurred_event_with_a_range_past_the_dateline_stays_before_it() -> None:
    this_month = _event("month", EventStatus.OCCURRED, dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    tomorrow = _event("tomorrow", EventStatus.PLANNED, dt.date(2021, 3, 6), dt.date(2021, 3, 6))
    assert [e.id for e in timeline([tomorrow, this_month], DATELINE)] == ["month", "tomorrow"]
    assert not is_to_come(this_month, DATELINE)


def test_undated_events_come_last_and_open_ends_sort_by_their_known_end() -> None:
    undated = _event("undated", EventStatus.EXPECTED, None, None)
    beyond = _event("beyond", EventStatus.POSSIBLE, dt.date(2022, 4, 1), None)
    bounded = _event("bounded", EventStatus.PLANNED, dt.date(2022, 4, 1), dt.date(2022, 4, 30))
    assert [e.id for e in timeline([undated, beyond, bounded], DATELINE)] == [
        "bounded",
        "beyond",
        "undated",
    ]
    assert not is_to_come(undated, DATELINE)


def test_the_seed_timeline_reads_in_order() -> None:
    seed = load(seed_path())
    ordered = [e.id for e in timeline(seed.events, seed.document.published)]
    assert ordered == [
        "blinken-speech",
        "preparatory-video-conference",
        "cost-sharing-extension-agreed",
        "coast-guard-incursions",
        "coast-guard-law-passed",
        "visit-preparations",
        "two-plus-two",
        "individual-talks",
        "ministers-visit",
        "cost-sharing-extension",
        "full-cost-sharing-deal",
        "cost-sharing-negotiation",
    ]
    to_come = [e.id for e in seed.events if is_to_come(e, seed.document.published)]
    assert set(to_come) == {
        "two-plus-two",
        "individual-talks",
        "ministers-visit",
        "cost-sharing-extension",
        "full-cost-sharing-deal",
    }
