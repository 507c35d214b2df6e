"""Drafts of the seed and of five hand-annotated articles, scored against their gold lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from briefing_tui.draft.article import read
from briefing_tui.draft.build import make_draft, render
from briefing_tui.draft.score import gold_from_lists, gold_of, score
from briefing_tui.format.loader import load

REPO = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).parent / "articles"


def _check(result_score) -> None:  # type: ignore[no-untyped-def]
    assert result_score.ratio("people_recall") >= 0.95, result_score
    assert result_score.ratio("people_precision") >= 0.90, result_score
    assert result_score.ratio("bodies_recall") >= 0.90, result_score
    assert result_score.ratio("events_recall") >= 0.90, result_score


def test_seed_draft_meets_the_targets() -> None:
    gold = load(REPO / "seeds" / "000_655d5a0009c8cdc1.yaml")
    result = render(make_draft(gold.document.text), "seed.txt")
    assert result.briefing.document.published == dt.date(2021, 3, 5)
    assert result.briefing.document.place == "Tokyo"
    _check(score(result.briefing, gold_of(gold)))


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("brussels.txt", None),
        ("seoul.txt", None),
        ("nairobi.txt", dt.date(2024, 7, 10)),
        ("berlin.html", None),
        ("manila.txt", None),
        ("lagos.txt", None),
    ],
)
def test_article_draft_meets_the_targets(name: str, published: dt.date | None) -> None:
    article = read(ARTICLES / name)
    draft = make_draft(article.text, published=published or article.published, title=article.title)
    result = render(draft, name)
    data = yaml.safe_load((ARTICLES / f"{Path(name).stem}.gold.yaml").read_text("utf-8"))
    _check(score(result.briefing, gold_from_lists(result.briefing.document.text, data)))


def test_the_minister_adds_nobody_and_surnames_become_aliases() -> None:
    article = read(ARTICLES / "seoul.txt")
    briefing = render(make_draft(article.text), "seoul.txt").briefing
    people = {p.name: p for p in briefing.participants if p.kind == "person"}
    assert "Shin" in people["Shin Won-sik"].aliases
    assert not any("minister" in name.lower() for name in people)
    assert people["Park Ji-woo"].org is not None
    sides = {side.id: side.name for side in briefing.sides}
    assert sides[people["Shin Won-sik"].side] == "South Korea"


def test_a_scorer_that_can_fail() -> None:
    gold = load(REPO / "seeds" / "000_655d5a0009c8cdc1.yaml")
    empty = render(make_draft("TOKYO, March 5, 2021 -- Nothing happened here at all."), "x")
    result = score(empty.briefing, gold_of(gold))
    assert result.ratio("people_recall") == 0
    assert result.ratio("events_recall") == 0
