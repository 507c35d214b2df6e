"""The pure view models (no Textual) on their own: the list view, the article layout and the
highlights, on the seed."""

from __future__ import annotations

from briefing_tui.app.view.article_layout import ArticleLayout
from briefing_tui.app.view.highlights import Highlights, SpanKind
from briefing_tui.app.view.list_model import ListModel
from briefing_tui.app.view.rows import participant_rows
from briefing_tui.format.model import Briefing


def test_list_model_filters_keeps_headings_and_places_the_cursor(seed: Briefing) -> None:
    model = ListModel(participant_rows(seed), seed.items)
    everyone = model.visible_ids()
    assert len(everyone) == len(model.row_of)
    assert model.set_filter("  BLINKEN ") and model.filter == "blinken"
    line = model.rebuild(None)
    sides = {side.id for side in seed.sides}
    # The match, under its side's heading (a side is an item too).
    assert model.visible_ids() == ["us-side", "antony-blinken"] and "us-side" in sides
    row = model.row_at(line)
    assert row is not None and row.item_id == "antony-blinken"
    assert not model.set_filter("blinken")
    model.set_filter("")
    model.rebuild(None)
    assert model.visible_ids() == everyone


def test_list_model_linked_only_lists_the_marks(seed: Briefing) -> None:
    model = ListModel(participant_rows(seed), seed.items)
    linked = seed.links.linked("ministers-visit")
    model.select("ministers-visit", linked)
    assert model.set_linked_only(True)
    model.rebuild(None)
    sides = {side.id for side in seed.sides}
    listed = set(model.visible_ids())
    assert listed - sides == (linked & set(model.row_of)) - sides
    assert model.marked_count == len(linked & set(model.row_of))
    assert sorted(model.marked_lines()) == sorted(
        line
        for item_id in model.visible_ids()
        if item_id in linked and (line := model.line_of_row(model.row_of[item_id])) is not None
    )


def test_article_layout_maps_lines_and_offsets_both_ways(seed: Briefing) -> None:
    text = seed.document.text
    layout = ArticleLayout(text)
    layout.reset(30)
    assert layout.heights.total > len(layout.para_starts)
    for offset in (0, len(text) // 3, len(text) // 2, len(text) - 1):
        y, _ = layout.line_of_offset(offset)
        line = layout.line_text(y)
        assert line is not None and line.start <= offset <= line.end
        assert layout.offset_at_line(y) == line.start
    assert layout.line_text(layout.heights.total + 5) is None


def test_highlights_find_evidence_mentions_and_walk_them(seed: Briefing) -> None:
    highlights = Highlights(seed)
    linked = seed.links.linked("antony-blinken")
    first = highlights.select("antony-blinken", linked)
    assert first is not None and first.kind == SpanKind.EVIDENCE
    text = seed.document.text
    assert all(text[h.start : h.end].endswith("Blinken") for h in highlights.mentions)
    targets = highlights.targets()
    assert [t.start for t in targets] == sorted(t.start for t in targets)
    assert {t.kind for t in targets} == set(SpanKind) - {SpanKind.DATELINE}  # not walked
    index = highlights.next_index(0)
    assert index == 0
    highlights.cursor_index = index
    assert highlights.previous_index() == len(targets) - 1
    middle = targets[len(targets) // 2]
    assert highlights.index_at(middle.start) is not None
    found = highlights.highlights_in(middle.start, middle.end)
    assert middle in found
