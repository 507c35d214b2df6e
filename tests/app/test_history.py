"""The history's browser rules (a plain class: no Textual needed)."""

from __future__ import annotations

from briefing_tui.app.view.history import History


def test_empty_history_goes_nowhere() -> None:
    history = History()
    assert history.current is None
    assert history.back() is None
    assert history.forward() is None
    assert not history.can_back and not history.can_forward


def test_back_and_forward_walk_the_visits() -> None:
    history = History()
    for item in "abc":
        history.visit(item)
    assert history.current == "c"
    assert history.back() == "b"
    assert history.back() == "a"
    assert history.back() is None
    assert history.current == "a"
    assert history.forward() == "b"
    assert history.forward() == "c"
    assert history.forward() is None


def test_a_new_visit_after_going_back_drops_the_forward_entries() -> None:
    history = History()
    for item in "abc":
        history.visit(item)
    history.back()
    history.back()
    history.visit("x")
    assert history.entries == ("a", "x")
    assert not history.can_forward
    assert history.back() == "a"


def test_visiting_the_current_item_again_adds_nothing_and_keeps_forward() -> None:
    history = History()
    for item in "abb":
        history.visit(item)
    assert history.entries == ("a", "b")
    history.back()
    history.visit("a")
    assert history.entries == ("a", "b")
    assert history.forward() == "b"


def test_limit_drops_the_oldest() -> None:
    history = History(limit=3)
    for item in "abcde":
        history.visit(item)
    assert history.entries == ("c", "d", "e")
    assert history.index == 2


def test_forget_drops_unknown_ids_and_merges_repeats() -> None:
    history = History()
    for item in "abac":
        history.visit(item)
    history.back()
    history.forget(frozenset("ac"))
    assert history.entries == ("a", "c")
    assert history.current == "a"
