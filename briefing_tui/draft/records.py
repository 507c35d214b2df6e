"""What the drafter finds, before it is written out: plain records with article spans.

Spans are `(start, end)` offsets into the article text; the YAML writer turns each into a quote
that selects it and nothing else. `checks` are what the drafter was unsure of, written as
`# check:` comments on the item's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SpanT = tuple[int, int]


@dataclass(slots=True)
class Entity:
    """A participant: a person, an organisation or a country."""

    id: str
    name: str
    kind: str
    evidence: list[SpanT]
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[SpanT] = field(default_factory=list)
    country: str | None = None
    """The name of the country the participant belongs to (proposes its side)."""
    org: str | None = None
    side: str | None = None
    checks: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """Its name and aliases."""
        return [self.name, *self.aliases]


@dataclass(slots=True)
class SideRecord:
    """A side proposed from the participants' countries."""

    id: str
    name: str
    evidence: list[SpanT] = field(default_factory=list)


@dataclass(slots=True)
class EventRecord:
    """An event: a clause with a time expression, or a planned, expected or possible action."""

    id: str
    title: str
    when_text: str
    date: str | None
    mod: str | None
    status: str
    certainty: str
    evidence: list[SpanT]
    sentence: int
    participants: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TopicRecord:
    """An agenda topic: what is discussed, negotiated or at issue."""

    id: str
    title: str
    certainty: str
    evidence: list[SpanT]
    sentence: int
    checks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DocumentRecord:
    """The article and its metadata."""

    title: str
    published: str
    place: str
    text: str
    source: str | None = None
    text_file: str | None = None
    checks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """Everything the drafter found, ready to be written."""

    document: DocumentRecord
    sides: list[SideRecord]
    participants: list[Entity]
    events: list[EventRecord]
    topics: list[TopicRecord]


def slug(text: str) -> str:
    """An id for the format (`[a-z0-9][a-z0-9-]*`) made of the words of `text`."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(char if char.isalnum() else " " for char in ascii_text.lower()).split()
    value = "-".join(words)[:48].strip("-")
    return value or "item"


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not taken yet; records it as taken."""
    candidate = base
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
