"""The frozen model of a loaded briefing.

Everything here is produced by the loader and never changed afterwards: widgets, the CLI and the
benchmark read it, nobody writes it. Character offsets (`Span`) index `Document.text`, the article
exactly as loaded (after CRLF -> LF and BOM removal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.format.errors import Problem

if TYPE_CHECKING:
    from briefing_tui.format.links import LinkIndex


class ParticipantKind(StrEnum):
    """What a participant is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"


class EventStatus(StrEnum):
    """Where an event stands relative to the dateline."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    EXPECTED = "expected"
    POSSIBLE = "possible"


class Certainty(StrEnum):
    """The article's own hedging about an item, strongest first."""

    STATED = "stated"
    EXPECTED = "expected"
    LIKELY = "likely"
    POSSIBLE = "possible"


class DateMod(StrEnum):
    """A qualifier on a date as the article words it ("mid-March", "as early as")."""

    START = "start"
    MID = "mid"
    END = "end"
    BEFORE = "before"
    AFTER = "after"
    ON_OR_BEFORE = "on-or-before"
    ON_OR_AFTER = "on-or-after"
    APPROX = "approx"


class ItemKind(StrEnum):
    """The kind of an id in the briefing's one namespace."""

    SIDE = "side"
    PARTICIPANT = "participant"
    EVENT = "event"
    TOPIC = "topic"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range `[start, end)` of character offsets into the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """An evidence quote resolved to the one place in the article it selects."""

    exact: str
    span: Span
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class When:
    """A date as the article words it, and what it means.

    `text` is the article's words ("as early as mid-March"); `date` the EDTF-subset value as written
    ("2021-03", "2022-04/..") or None when undated; `earliest`/`latest` the day range it resolves to
    (None at an open end, both None when undated).
    """

    text: str
    date: str | None = None
    mod: DateMod | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None

    @property
    def is_dated(self) -> bool:
        """True when the date resolves to at least one bound."""
        return self.earliest is not None or self.latest is not None

    @property
    def sort_key(self) -> tuple[int, dt.date, dt.date]:
        """Orders events honestly: by the first day they can fall on, then the last; undated last.

        An open start (`../2021-03-05`, "recently") sorts by its known end, an open end
        (`2022-04/..`) by its known start and after every closed range that starts the same day.
        """
        if not self.is_dated:
            return (1, dt.date.max, dt.date.max)
        first = self.earliest if self.earliest is not None else self.latest
        last = self.latest if self.latest is not None else dt.date.max
        assert first is not None
        return (0, first, last)


@dataclass(frozen=True, slots=True)
class Document:
    """The article and what the briefing says about it."""

    title: str
    published: dt.date
    place: str
    text: str
    source: str | None = None
    summary: str | None = None
    text_file: str | None = None


@dataclass(frozen=True, slots=True)
class Side:
    """A party the participants belong to (e.g. the United States, Japan)."""

    id: str
    name: str
    evidence: tuple[Quote, ...] = ()

    item_kind = ItemKind.SIDE

    @property
    def label(self) -> str:
        """The name a list shows for this item."""
        return self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the article may use for this item."""
        return (self.name,)


@dataclass(frozen=True, slots=True)
class Participant:
    """A person, organisation or country that takes part."""

    id: str
    name: str
    kind: ParticipantKind
    evidence: tuple[Quote, ...]
    side: str | None = None
    roles: tuple[str, ...] = ()
    org: str | None = None
    aliases: tuple[str, ...] = ()

    item_kind = ItemKind.PARTICIPANT

    @property
    def label(self) -> str:
        """The name a list shows for this item."""
        return self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the article may use for this item."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, is happening or is to come."""

    id: str
    title: str
    when: When
    status: EventStatus
    certainty: Certainty
    evidence: tuple[Quote, ...]
    participants: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    place: str | None = None

    item_kind = ItemKind.EVENT

    @property
    def label(self) -> str:
        """The name a list shows for this item."""
        return self.title

    @property
    def names(self) -> tuple[str, ...]:
        """Events have no names of their own to find in the text; their evidence locates them."""
        return ()


@dataclass(frozen=True, slots=True)
class Topic:
    """An agenda topic; topics form a tree through `parent`."""

    id: str
    title: str
    certainty: Certainty
    evidence: tuple[Quote, ...]
    parent: str | None = None
    aliases: tuple[str, ...] = ()

    item_kind = ItemKind.TOPIC

    @property
    def label(self) -> str:
        """The name a list shows for this item."""
        return self.title

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the article may use for this item."""
        return tuple(self.aliases)


Item = Side | Participant | Event | Topic


@dataclass(frozen=True, slots=True)
class Briefing:
    """A loaded, validated briefing: the article, its items and the links between them."""

    document: Document
    sides: tuple[Side, ...]
    participants: tuple[Participant, ...]
    events: tuple[Event, ...]
    topics: tuple[Topic, ...]
    links: LinkIndex
    path: Path | None = None
    items: Mapping[str, Item] = field(default_factory=dict)
    """Every item by id, in file order (sides, participants, events, topics)."""
    warnings: tuple[Problem, ...] = ()
    """Problems that do not stop the file from loading (control characters in text, say)."""

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError when there is none)."""
        return self.items[item_id]
