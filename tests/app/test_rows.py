"""The rows of the list panes, built from the seed and from small briefings."""

from __future__ import annotations

from briefing_tui.app.view.labels import STATUS_GLYPHS
from briefing_tui.app.view.rows import RowKind, participant_rows, timeline_rows, topic_rows
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, EventStatus
from briefing_tui.format.timeline import is_to_come, timeline_key


def test_timeline_in_timeline_order_with_now_and_undated_dividers(seed: Briefing) -> None:
    dateline = seed.document.published
    rows = timeline_rows(seed.events, dateline)
    events = [seed.items[row.item_id] for row in rows if row.item_id is not None]
    keys = [timeline_key(event, dateline) for event in events]  # type: ignore[arg-type]
    assert keys == sorted(keys)
    assert len(events) == len(seed.events)
    dividers = [(index, row.text) for index, row in enumerate(rows) if row.kind == RowKind.DIVIDER]
    assert [text for _, text in dividers] == ["now · 2021-03-05", "undated"]
    now, undated = dividers[0][0], dividers[1][0]
    before_now = {row.item_id for row in rows[:now]}
    to_come = {row.item_id for row in rows[now + 1 : undated]}
    assert "two-plus-two" in to_come
    assert "ministers-visit" in to_come
    assert "blinken-speech" in before_now
    assert "visit-preparations" in before_now
    for event_id in before_now:
        assert not is_to_come(seed.items[event_id], dateline)  # type: ignore[arg-type,index]
    for event_id in to_come:
        assert is_to_come(seed.items[event_id], dateline)  # type: ignore[arg-type,index]
    assert all(
        not seed.items[row.item_id].when.is_dated  # type: ignore[union-attr,index]
        for row in rows[undated + 1 :]
    )


def test_participants_grouped_by_side_then_unaffiliated(seed: Briefing) -> None:
    rows = participant_rows(seed)
    groups = [row for row in rows if row.kind in (RowKind.GROUP, RowKind.HEADING)]
    assert [row.item_id for row in groups] == [side.id for side in seed.sides] + [None]
    assert groups[-1].text == "Unaffiliated"
    listed = [row.item_id for row in rows if row.kind == RowKind.ITEM]
    assert sorted(listed) == sorted(p.id for p in seed.participants)
    side_of_row: str | None = None
    for row in rows:
        if row.kind == RowKind.GROUP:
            side_of_row = row.item_id
        elif row.kind == RowKind.HEADING:
            side_of_row = None
        else:
            assert seed.items[row.item_id].side == side_of_row  # type: ignore[union-attr,index]


def test_people_of_an_organisation_are_indented_under_it(seed: Briefing) -> None:
    rows = participant_rows(seed)
    index = {row.item_id: position for position, row in enumerate(rows)}
    motegi = rows[index["toshimitsu-motegi"]]
    assert motegi.depth == 1 and motegi.guide in ("├ ", "└ ")
    assert index["foreign-ministry"] < index["toshimitsu-motegi"]


def test_topics_form_a_tree_with_children_after_their_parent(seed: Briefing) -> None:
    rows = topic_rows(seed.topics)
    assert sorted(row.item_id for row in rows) == sorted(t.id for t in seed.topics)  # type: ignore[type-var]
    position = {row.item_id: index for index, row in enumerate(rows)}
    depth = {row.item_id: row.depth for row in rows}
    for topic in seed.topics:
        if topic.parent is not None:
            assert position[topic.parent] < position[topic.id]
            assert depth[topic.id] == depth[topic.parent] + 1
        else:
            assert depth[topic.id] == 0
    assert rows[position["north-korea-denuclearization"]].guide.endswith(("├ ", "└ "))


def test_status_glyphs_differ_and_dates_read_compactly(seed: Briefing) -> None:
    assert len(set(STATUS_GLYPHS.values())) == len(EventStatus)
    shown = {event.id: date_range(event.when) for event in seed.events}
    assert shown["blinken-speech"] == "2021-03-03"
    assert shown["two-plus-two"] == "2021-03"
    assert shown["ministers-visit"] == "2021-03-11..20"
    assert shown["visit-preparations"] == "≤2021-03-05"
    assert shown["full-cost-sharing-deal"] == "≥2022-04-01"
    assert shown["cost-sharing-negotiation"] == "undated"
    assert shown["cost-sharing-extension"] == "2021-04..2022-03"
