"""What a synthetic briefing is built in: YAML quoting, naming helpers and the collected output."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_ESCAPES = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))},
    0x09: "\\t",
    0x0A: "\\n",
    0x0D: "\\r",
    0x22: '\\"',
    0x5C: "\\\\",
    0x2028: "\\L",
    0x2029: "\\P",
    0xFEFF: "\\uFEFF",
}
_PLAIN = re.compile(r'[^\x00-\x1f\x7f-\x9f"\\\u2028\u2029\ufeff]*')


def q(text: str) -> str:
    """`text` as a double-quoted YAML scalar, escaped so it reads back exactly."""
    if _PLAIN.fullmatch(text):
        return f'"{text}"'
    return '"' + text.translate(_ESCAPES) + '"'


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def join_words(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def nth(lists: Sequence[Sequence[str]], index: int) -> tuple[str, ...]:
    """The `index`-th combination of one word from each list (mixed radix, last list fastest)."""
    parts = []
    for words in reversed(lists):
        index, digit = divmod(index, len(words))
        parts.append(words[digit])
    return tuple(reversed(parts))


def distinct_combinations(
    rng: random.Random, count: int, patterns: Sequence[Sequence[Sequence[str]]], what: str
) -> list[tuple[str, ...]]:
    """`count` distinct word combinations, from the first pattern with room for them all.

    All come from one pattern, so no name is a run of words inside another.
    """
    for lists in patterns:
        total = 1
        for words in lists:
            total *= len(words)
        if count <= total:
            return [nth(lists, index) for index in rng.sample(range(total), count)]
    raise ValueError(f"at most {total:,} {what} can be generated")


@dataclass(frozen=True, slots=True)
class PlannedParticipant:
    id: str
    name: str
    kind: str
    side: str | None
    roles: tuple[str, ...]
    org: str | None
    aliases: tuple[str, ...]
    short: str
    """The name the article uses for it in event sentences."""


@dataclass(frozen=True, slots=True)
class PlannedTopic:
    id: str
    title: str
    phrase: str
    """The words the article uses for the topic."""
    parent: str | None
    certainty: str


@dataclass(slots=True)
class Sample:
    """What is generated, collected as YAML lines and article paragraphs."""

    rng: random.Random
    yaml: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def new_id(self, text: str) -> str:
        """A slug of `text`, made unique in the briefing's one namespace."""
        base = slug(text) or "item"
        candidate = base
        for number in itertools.count(2):
            if candidate not in self.ids:
                break
            candidate = f"{base}-{number}"
        self.ids.add(candidate)
        return candidate

    def paragraph(self, sentences: list[str], size: int) -> None:
        for start in range(0, len(sentences), size):
            self.paragraphs.append(" ".join(sentences[start : start + size]))
