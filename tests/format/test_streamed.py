"""Entries checked while the file is read: the same model and problems whatever the key order."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.format.errors import BriefingError, Severity
from briefing_tui.format.loader import load
from briefing_tui.format.model import Briefing
from tests.format.fixtures import problems, small_text, write_small


def blocks(text: str) -> dict[str, str]:
    """The small briefing's top-level keys, each with its block of lines."""
    found: dict[str, list[str]] = {}
    key = ""
    for line in text.splitlines(keepends=True):
        if line[:1].isalpha():
            key = line.split(":", 1)[0]
        found.setdefault(key, []).append(line)
    return {name: "".join(lines) for name, lines in found.items()}


def reordered(order: list[str], text: str | None = None) -> str:
    parts = blocks(small_text() if text is None else text)
    assert sorted(order) == sorted(parts)
    return "".join(parts[name] for name in order)


def shape(briefing: Briefing) -> tuple[object, ...]:
    return (
        briefing.document,
        dict(briefing.items),
        {item_id: briefing.links.linked(item_id) for item_id in briefing.links},
        briefing.warnings,
    )


ORDERS = [
    ["briefing", "document", "sides", "participants", "events", "topics"],
    ["briefing", "topics", "events", "participants", "sides", "document"],
    ["events", "document", "topics", "briefing", "participants", "sides"],
]


@pytest.mark.parametrize("order", ORDERS)
def test_the_model_is_the_same_whatever_the_order_of_the_top_level(
    tmp_path: Path, order: list[str]
) -> None:
    expected = load(write_small(tmp_path, name="as-written.yaml"))
    briefing = load(write_small(tmp_path, reordered(order)))
    assert shape(briefing) == shape(expected)
    assert [event.id for event in briefing.events] == ["visit", "talks", "call"]


def _broken() -> str:
    text = small_text()
    for old, new in (
        ("    status: planned", "    status: planed"),  # a misspelt choice in an event
        ("    participants: [tanaka, martin]", "    participants: [tanaka, agenda]"),  # a topic
        ("    participants: [tanaka]", "    participants: [nobody]"),  # no such item
        ("      - will visit Paris next week", "      - will visit Rome next week"),  # no quote
    ):
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("order", ORDERS)
def test_the_problems_are_the_same_whatever_the_order(tmp_path: Path, order: list[str]) -> None:
    as_written = write_small(tmp_path, _broken(), name="as-written.yaml")
    moved = write_small(tmp_path, reordered(order, _broken()))
    found = sorted(problem.message for problem in problems(moved))
    assert found == sorted(problem.message for problem in problems(as_written))
    joined = "\n".join(found)
    assert 'unknown "status" "planed"' in joined
    assert "needs the id of a participant" in joined and "agenda" in joined
    assert '"nobody", but there is no participant' in joined
    assert "quote not found" in joined


def test_a_duplicate_top_level_list_is_reported_once_and_not_checked(tmp_path: Path) -> None:
    text = small_text() + "events:\n  - id: visit\n    status: nonsense\n"
    found = problems(write_small(tmp_path, text))
    first = small_text().splitlines().index("events:") + 1
    assert [problem.message for problem in found if problem.severity is Severity.ERROR] == [
        f'duplicate key "events" (first at line {first})'
    ]


def test_too_many_problems_while_reading_stop_the_load_and_keep_the_readers_own(
    tmp_path: Path,
) -> None:
    entry = "  - id: e{0}\n    title: E\n    when: {{text: now}}\n    status: bad\n"
    entry += "    certainty: stated\n    evidence: [will visit Paris next week]\n"
    text = small_text().replace("  place: Tokyo", "  place: !tag Tokyo")
    text = reordered(["briefing", "document", "sides", "participants", "topics", "events"], text)
    text += "".join(entry.format(index) for index in range(1200))
    with pytest.raises(BriefingError) as raised:
        load(write_small(tmp_path, text))
    messages = [problem.message for problem in raised.value.problems]
    assert any(message.startswith("tags are not allowed") for message in messages)
    assert any(message.startswith("too many problems; stopped after") for message in messages)
    assert len(messages) < 1100
