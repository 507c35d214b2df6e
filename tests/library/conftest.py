"""Fixtures for the library's tests: small briefings written into a folder, by hand or sampled."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

ARTICLE = (
    "Alice Archer met Bob Baker in Paris on Monday. "
    "They agreed to meet again in April.\n\n"
    "The talks covered trade and fisheries. Alice Archer said trade came first.\n"
)


def briefing_yaml(
    *,
    title: str = "Small talks",
    published: str = "2021-03-05",
    alice_id: str = "alice",
    alice: str = "Alice Archer",
    meeting_date: str = "2021-03-01",
    text: str | None = None,
    text_file: str | None = "article.txt",
) -> str:
    """A small valid briefing; every string is JSON-quoted (valid YAML), so any text may go in."""
    q = json.dumps
    document = f"  text: {q(text)}" if text is not None else f"  text_file: {q(text_file)}"
    return f"""\
briefing: 1
document:
  title: {q(title)}
  published: {q(published)}
  place: Paris
{document}
participants:
  - id: {alice_id}
    name: {q(alice)}
    kind: person
    roles: [Envoy]
    aliases: [Archer]
    evidence: ["Alice Archer met Bob Baker"]
  - id: bob
    name: Bob Baker
    kind: person
    evidence: ["met Bob Baker in Paris"]
events:
  - id: meeting
    title: Paris meeting
    when: {{text: on Monday, date: {q(meeting_date)}}}
    status: occurred
    certainty: stated
    participants: [{alice_id}, bob]
    topics: [trade]
    evidence: ["Alice Archer met Bob Baker in Paris on Monday."]
  - id: next-meeting
    title: Next meeting
    when: {{text: in April, date: "2021-04"}}
    status: planned
    certainty: likely
    participants: [{alice_id}]
    evidence: ["They agreed to meet again in April."]
topics:
  - id: trade
    title: Trade
    certainty: stated
    evidence: ["The talks covered trade"]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty library folder."""
    path = tmp_path / "lib"
    path.mkdir()
    return path


@pytest.fixture
def write(folder: Path) -> Callable[..., Path]:
    """Write a briefing (and, unless inline, its article) into the library folder."""

    def _write(name: str, *, article: str = ARTICLE, inline: bool = False, **fields: str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if inline:
            path.write_text(briefing_yaml(text=article, **fields), "utf-8")
        else:
            text_file = path.with_suffix(".txt")
            text_file.write_text(article, "utf-8")
            path.write_text(briefing_yaml(text_file=text_file.name, **fields), "utf-8")
        return path

    return _write


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Indexes that fall back to the cache directory go under tmp_path, never the user's."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache
