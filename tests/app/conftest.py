"""Fixtures for the app's tests: the seed, small briefings written to tmp_path, helpers."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot

from briefing_tui.app import compat
from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Briefing


@pytest.fixture(autouse=True)
def _own_config_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test reads and writes the reader's settings in a fresh directory of its own."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.fixture(scope="session")
def seed() -> Briefing:
    """The bundled seed briefing, loaded once."""
    return load(seed_path())


SMALL_ARTICLE = (
    "Alice Archer met Bob Baker in Paris on Monday. "
    "They agreed to meet again in April.\n\n"
    "The talks covered trade and fisheries. Alice Archer said trade came first.\n"
)

SMALL_YAML = """\
briefing: 1
document:
  title: {title}
  published: "2021-03-05"
  place: Paris
  text_file: article.txt
sides:
  - id: west
    name: {side}
    evidence: ["Alice Archer met Bob Baker"]
participants:
  - id: alice
    name: {alice}
    kind: person
    side: west
    roles: [Envoy]
    evidence: ["Alice Archer met Bob Baker"]
  - id: bob
    name: Bob Baker
    kind: person
    evidence: ["met Bob Baker in Paris"]
events:
  - id: meeting
    title: {meeting}
    when: {{text: on Monday, date: "2021-03-01"}}
    status: occurred
    certainty: stated
    participants: [alice, bob]
    topics: [trade]
    evidence: ["Alice Archer met Bob Baker in Paris on Monday."]
  - id: next-meeting
    title: Next meeting
    when: {{text: in April, date: "2021-04"}}
    status: planned
    certainty: likely
    participants: [alice, bob]
    evidence: ["They agreed to meet again in April."]
topics:
  - id: trade
    title: Trade
    certainty: stated
    evidence: ["The talks covered trade"]
  - id: fisheries
    title: Fisheries
    parent: trade
    certainty: possible
    evidence: ["trade and fisheries"]
"""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def write_briefing(tmp_path: Path) -> Callable[..., Path]:
    """Write a small briefing (names may be replaced with hostile text) and return its path."""

    def write(
        *,
        title: str = "Small talks",
        side: str = "The West",
        alice: str = "Alice Archer",
        meeting: str = "Paris meeting",
        article: str = SMALL_ARTICLE,
    ) -> Path:
        (tmp_path / "article.txt").write_text(article, "utf-8")
        text = SMALL_YAML.format(
            title=_quoted(title), side=_quoted(side), alice=_quoted(alice), meeting=_quoted(meeting)
        )
        path = tmp_path / "small.yaml"
        path.write_text(textwrap.dedent(text), "utf-8")
        return path

    return write


@pytest.fixture
def small(write_briefing: Callable[..., Path]) -> Briefing:
    """The small briefing, loaded."""
    return load(write_briefing())


def screen_text(app: object) -> str:
    """What the app's screen shows, as plain text lines."""
    strips = compat.screen_strips(app.screen)  # type: ignore[attr-defined]
    return "\n".join(strip.text for strip in strips)


async def wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 10.0
) -> None:
    """Let the app run until `condition()` holds. The timeout only guards against a hang (it is
    no speed check: speed is the bench's job)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for a condition")
        await pilot.pause(0.02)


def palette_highlight(app: App[object]) -> str:
    """The text of the command palette's highlighted hit ("" when it shows none)."""
    from textual.command import CommandList, CommandPalette

    screen = app.screen
    if not isinstance(screen, CommandPalette):
        return ""
    hits = screen.query_one(CommandList)
    index = hits.highlighted
    if index is None or index >= hits.option_count:
        return ""
    prompt = hits.get_option_at_index(index).prompt
    return getattr(prompt, "plain", str(prompt))


async def palette_search(pilot: Pilot[None], query: str, expect: str) -> None:
    """Type `query` into the open palette and wait until its highlighted hit shows `expect`."""
    await pilot.press(*query)
    await wait_until(pilot, lambda: expect in palette_highlight(pilot.app))
