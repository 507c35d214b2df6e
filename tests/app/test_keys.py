"""The key table (`briefing_tui.app.keys`) is what Textual binds: the help made from it lists
exactly the keys each pane answers to, read back through Textual's public active bindings."""

from __future__ import annotations

import asyncio

import pytest

from briefing_tui.app import keys
from briefing_tui.app.app import BriefingApp
from briefing_tui.format.model import Briefing

TABLE = {
    "timeline": keys.merged(keys.LINE_LIST, keys.ITEM_LIST),
    "inspector": keys.merged(keys.LINE_LIST, keys.INSPECTOR),
    "article": keys.merged(keys.ARTICLE),
}


@pytest.mark.parametrize("pane", sorted(TABLE))
def test_the_table_is_what_the_focused_pane_binds(seed: Briefing, pane: str) -> None:
    async def main() -> None:
        app = BriefingApp(seed)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app.main.focus_pane(pane)
            if pane == "timeline":  # Esc clears a filter: bound only while there is one
                app.main.list_pane(pane).set_filter("a")
            await pilot.pause()
            widget = app.main.pane(pane)
            active = {
                key: (binding.action, binding.description)
                for key, (node, binding, _enabled, _tip) in app.screen.active_bindings.items()
                if node is widget
            }
            table = {binding.key: (binding.action, binding.description) for binding in TABLE[pane]}
            # A key the App or the screen binds with priority is theirs even in the pane.
            overridden = {
                key
                for key, (node, binding, _enabled, _tip) in app.screen.active_bindings.items()
                if node is not widget and binding.priority
            }
            assert active == {k: v for k, v in table.items() if k not in overridden}

    asyncio.run(main())


def test_move_keys_are_declared_once() -> None:
    lists = {b.action: b.key for b in keys.merged(keys.LINE_LIST)}
    article = {b.action: b.key for b in keys.merged(keys.ARTICLE)}
    assert lists["cursor_down"] == "j" and article["scroll_down"] == "j"
    for move, spec in keys.MOVE_KEYS.items():
        bound = [b.key for b in keys.merged(keys.movement({move: ("x", "X")}))]
        assert bound == spec.split(",")


def test_every_item_chosen_message_has_one_shape() -> None:
    from briefing_tui.app.widgets.article import ArticleView
    from briefing_tui.app.widgets.inspector import Inspector
    from briefing_tui.app.widgets.itemlist import ItemList
    from briefing_tui.app.widgets.messages import ItemChosen, ItemHighlighted, ItemMessage

    for chosen in (ItemList.Chosen, Inspector.LinkChosen, ArticleView.SpanChosen):
        assert issubclass(chosen, ItemChosen)
        assert chosen.__init__ is ItemMessage.__init__
    assert issubclass(ItemList.Highlighted, ItemHighlighted)
