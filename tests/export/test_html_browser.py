"""The HTML export in a real browser (headless Chromium): it loads with no error and fetches
nothing, a click on a participant marks its events and highlights its evidence, it reads with
JavaScript off, and the hostile briefing's script never runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_tui.export.formats import render
from briefing_tui.format.model import Briefing, ItemKind
from tests.export.browser import Watch, chromium

pytestmark = pytest.mark.slow


def page_of(
    browser: Any, briefing: Briefing, folder: Path, **options: Any
) -> tuple[Any, Watch, str]:
    path = folder / "briefing.html"
    path.write_text(render(briefing, "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900}, **options)
    watch = Watch(page)
    url = path.as_uri()
    page.goto(url)
    return page, watch, url


def linked_ids(page: Any, selector: str = ".item.linked") -> set[str]:
    return set(page.eval_on_selector_all(selector, "els => els.map(e => e.dataset.id)"))


def click_and_check(page: Any, briefing: Briefing, item_id: str) -> None:
    item = briefing.items[item_id]
    page.click(f"#{item.item_kind.value}-{item_id} .title")
    page.wait_for_selector(f"#{item.item_kind.value}-{item_id}.selected", timeout=10_000)
    assert linked_ids(page) == set(briefing.links.linked(item_id))
    events = {
        i for i in briefing.links.linked(item_id) if briefing.items[i].item_kind is ItemKind.EVENT
    }
    assert linked_ids(page, "#timeline .item.linked") == events
    marks = page.eval_on_selector_all(
        "mark.evidence", "els => els.map(e => e.dataset.items.split(' '))"
    )
    quotes = getattr(item, "evidence", ())
    assert len(marks) >= len(quotes) >= 1
    assert all(item_id in ids for ids in marks)
    note = page.text_content("#timeline h2 .count")
    assert note == (f"{len(events)} linked" if events else "")


def test_seed_in_chromium(seed: Briefing, tmp_path: Path) -> None:
    with chromium() as browser:
        page, watch, url = page_of(browser, seed, tmp_path)
        click_and_check(page, seed, "antony-blinken")
        assert page.evaluate("location.hash") == "#participant-antony-blinken"
        # A linked event's chip in the details goes to that event and marks its participants.
        page.click("#participant-antony-blinken .more a[href='#event-ministers-visit']")
        page.wait_for_selector("#event-ministers-visit.selected", timeout=10_000)
        assert linked_ids(page) == set(seed.links.linked("ministers-visit"))
        # Back, as in the reader.
        page.go_back()
        page.wait_for_selector("#participant-antony-blinken.selected", timeout=10_000)
        # Clicking highlighted words in the article chooses their item.
        page.click("#article mark[data-items~='lloyd-austin']")
        page.wait_for_function("document.querySelector('.item.selected') !== null")
        chosen = page.eval_on_selector(".item.selected", "e => e.dataset.id")
        assert chosen in page.eval_on_selector(
            "#article mark[data-items~='lloyd-austin']", "e => e.dataset.items.split(' ')"
        )
        assert watch.errors == []
        assert watch.dialogs == []
        assert {request.split("#")[0] for request in watch.requests} == {url}


def test_readable_without_javascript(seed: Briefing, tmp_path: Path) -> None:
    with chromium() as browser:
        page, watch, _ = page_of(browser, seed, tmp_path, java_script_enabled=False)
        assert not page.is_visible("#participant-antony-blinken .more")
        page.click("#participant-antony-blinken .title")
        assert page.evaluate("location.hash") == "#participant-antony-blinken"
        assert page.is_visible("#participant-antony-blinken .more")
        details = page.text_content("#participant-antony-blinken .more")
        assert "U.S. Secretary of State Antony Blinken" in details
        assert "Blinken and Austin visit Japan" in details
        assert "Secretary of State Antony Blinken" in page.text_content("#article")
        assert watch.errors == []


def test_hostile_in_chromium(hostile: Briefing, tmp_path: Path) -> None:
    with chromium() as browser:
        page, watch, url = page_of(browser, hostile, tmp_path)
        assert page.eval_on_selector_all("script", "els => els.length") == 1
        assert page.eval_on_selector_all("img, iframe, object, embed", "els => els.length") == 0
        name = page.text_content("#participant-alpha .title")
        assert name.startswith("Alpha Agent [@click=app.quit]x[/]")
        assert page.text_content("h1").count("<script>alert(1)</script>") == 1
        click_and_check(page, hostile, "alpha")
        page.click("#article mark")
        page.wait_for_selector(".item.selected", timeout=10_000)
        assert watch.dialogs == []
        assert watch.errors == []
        assert {request.split("#")[0] for request in watch.requests} == {url}


def test_sample_in_chromium(sample: Briefing, tmp_path: Path) -> None:
    with chromium() as browser:
        page, watch, _ = page_of(browser, sample, tmp_path)
        busiest = max(sample.participants, key=lambda p: len(sample.links.linked(p.id)))
        click_and_check(page, sample, busiest.id)
        assert watch.errors == []
