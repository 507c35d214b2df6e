"""Random key sequences at several terminal sizes never raise in the app.

Hypothesis draws sequences over every key the app binds (panes, lists, article, inspector, filter
prompt, help, palette, history) plus some letters to type into the filter and the palette; a
seeded random walk per size adds long sequences. `q` and `ctrl+q` are left out: they end the run
(quitting is tested elsewhere). Any exception inside the app fails the run: Pilot re-raises it.
"""

from __future__ import annotations

import asyncio
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Briefing

SIZES = [(120, 40), (80, 24), (40, 12), (20, 5)]

KEYS = [
    # moving between panes
    "tab", "shift+tab", "1", "2", "3", "4", "5",
    # lists, article and inspector
    "up", "down", "j", "k", "pageup", "pagedown", "home", "end", "g", "G", "space",
    "enter", "n", "N",
    # views and history
    "l", "slash", "left_square_bracket", "right_square_bracket", "alt+left", "alt+right",
    "backspace",
    # help and palette
    "question_mark", "f1", "ctrl+p", "escape",
    # typing into the filter or the palette
    "a", "e", "t", "o", "left_square_bracket", "at", "full_stop",
]  # fmt: skip

ACTIONS: list[tuple[str, ...]] = [
    *((key,) for key in KEYS),
    ("ctrl+p", "pagedown"),
    ("ctrl+p", "a", "down", "pagedown", "enter"),
    ("ctrl+p", "t", "o", "pageup", "escape"),
    ("slash", "a", "e", "down", "enter"),
    ("slash", "t", "pagedown", "escape"),
    ("question_mark", "pagedown", "pageup"),
    ("5", "down", "down", "enter"),
    ("4", "n", "n", "enter"),
]
"""Single keys, and short sequences that reach a state and act in it (palette, filter, help)."""

_SEED: list[Briefing] = []


def seed() -> Briefing:
    if not _SEED:
        _SEED.append(load(seed_path()))
    return _SEED[0]


async def _press_all(size: tuple[int, int], actions: list[tuple[str, ...]]) -> None:
    app = BriefingApp(seed())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for action in actions:
            await pilot.press(*action)
            assert app.is_running, action
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.is_running
        compat.screen_strips(app.screen)


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(size=st.sampled_from(SIZES), actions=st.lists(st.sampled_from(ACTIONS), max_size=20))
def test_random_keys_never_raise(size: tuple[int, int], actions: list[tuple[str, ...]]) -> None:
    asyncio.run(_press_all(size, actions))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_long_seeded_walk(size: tuple[int, int]) -> None:
    rng = random.Random(size[0] * 1000 + size[1])
    asyncio.run(_press_all(size, [rng.choice(ACTIONS) for _ in range(45)]))
