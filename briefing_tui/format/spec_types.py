"""The vocabulary the format is declared in: field types, fields and records.

`spec.py` declares the format with these. They are `NamedTuple`s: immutable like the model's
frozen dataclasses, and far cheaper to declare, which matters because every start-up reads the
declaration (a dataclass compiles several generated methods per class). They are compared by
identity or by class, never by value: `IsoDate()` and `Id()` are both the empty tuple.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from briefing_tui.format.model import ItemKind, ParticipantKind

__all__ = [
    "Choice",
    "EdtfDate",
    "Field",
    "FieldType",
    "Id",
    "Integer",
    "IsoDate",
    "ListOf",
    "QuoteOf",
    "Record",
    "RecordOf",
    "Ref",
    "Text",
]


class Text(NamedTuple):
    """A non-blank string kept exactly as written; `multiline` ones may hold newlines and tabs."""

    multiline: bool = False


class Integer(NamedTuple):
    """A plain (unquoted) decimal integer; `const` when only one value is allowed."""

    const: int | None = None


class IsoDate(NamedTuple):
    """A calendar day written `YYYY-MM-DD`."""


class EdtfDate(NamedTuple):
    """A date in the EDTF subset (`EDTF_PATTERN`), resolved to a day range with `when.mod`."""


class Choice(NamedTuple):
    """One of an enumeration's values; `meanings` says what each value means, for the docs;
    `synonyms` are words people use for a value (`nation` for `country`), for did-you-mean."""

    values: type[StrEnum]
    meanings: tuple[tuple[str, str], ...] = ()
    synonyms: tuple[tuple[str, str], ...] = ()


class Id(NamedTuple):
    """The id of the item the record declares (one namespace across the whole briefing)."""


class Ref(NamedTuple):
    """The id of another item of `kind`; `participant_kinds` narrows which participants fit."""

    kind: ItemKind
    participant_kinds: tuple[ParticipantKind, ...] = ()


class ListOf(NamedTuple):
    """A list of values of one type, at least `min_items` long; `unique` forbids repeats."""

    item: FieldType
    min_items: int = 0
    unique: bool = False


class RecordOf(NamedTuple):
    """A mapping that is one `Record`."""

    record: Record


class QuoteOf(NamedTuple):
    """An evidence quote: the exact words as a string, or a mapping of the quote `record`."""

    record: Record


FieldType = Text | Integer | IsoDate | EdtfDate | Choice | Id | Ref | ListOf | RecordOf | QuoteOf


class Field(NamedTuple):
    """One key of a record."""

    name: str
    type: FieldType
    description: str
    required: bool = False


class Record(NamedTuple):
    """A closed mapping: exactly these keys, no others.

    `exactly_one_of` names keys of which exactly one must be present (they are then each optional
    on their own). `item_kind` is set on records that declare an item with an id.
    """

    name: str
    description: str
    fields: tuple[Field, ...]
    exactly_one_of: tuple[str, ...] = ()
    item_kind: ItemKind | None = None

    @property
    def names(self) -> frozenset[str]:
        """The record's keys."""
        return frozenset(f.name for f in self.fields)

    def get(self, name: str) -> Field | None:
        """The field called `name`, or None."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None
