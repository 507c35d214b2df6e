"""The one declaration of the briefing format.

Everything about the format is written here once, as data: the records (the top level, the
document, sides, participants, events, topics, `when`, quotes), their fields, each field's type,
whether it is required, and what it means. Three things are generated from it and never written by
hand: the loader's structural checks (`loader.py`), the JSON Schema (`schema.py`) and the format
reference `docs/format.md` (`docs.py`).

The field types, fields and records it is written in are in `spec_types` (and importable from
here). Enumerations reuse the model's `StrEnum`s, so the values the loader accepts are the values
the model holds; a choice's `synonyms` are the other words people use for its values, which the
loader's did-you-mean understands.
"""

from __future__ import annotations

from briefing_tui.format.model import (
    Certainty,
    DateMod,
    EventStatus,
    ItemKind,
    ParticipantKind,
)
from briefing_tui.format.spec_types import (
    Choice,
    EdtfDate,
    Field,
    FieldType,
    Id,
    Integer,
    IsoDate,
    ListOf,
    QuoteOf,
    Record,
    RecordOf,
    Ref,
    Text,
)

__all__ = [
    "BRIEFING",
    "DOCUMENT",
    "EDTF_PATTERN",
    "EVENT",
    "FORMAT_VERSION",
    "ID_PATTERN",
    "ISO_DATE_PATTERN",
    "PARTICIPANT",
    "QUOTE",
    "RECORDS",
    "SIDE",
    "TOPIC",
    "WHEN",
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
    "indefinite",
]

FORMAT_VERSION = 1
"""The value of `briefing:` this reader understands."""

ID_PATTERN = r"[a-z0-9][a-z0-9-]*"
"""Every id: lowercase letters, digits and hyphens, not starting with a hyphen."""

ISO_DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""`YYYY-MM-DD`; the loader also checks that the day exists."""

_EDTF_VALUE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?"
EDTF_PATTERN = rf"({_EDTF_VALUE}|({_EDTF_VALUE}|\.\.)/({_EDTF_VALUE}|\.\.))"
"""The EDTF subset of `when.date`, as a pattern (the loader also checks that the days exist)."""


QUOTE = Record(
    name="quote",
    description=(
        "An evidence quote with context, after the W3C TextQuoteSelector: `exact` is the quoted "
        "words; `prefix` and `suffix` are the words just before and after them in the article, "
        "given when the words alone occur more than once. A quote may also be written as a plain "
        "string, which is the same as giving only `exact`."
    ),
    fields=(
        Field("exact", Text(multiline=True), "The exact words of the article.", required=True),
        Field("prefix", Text(multiline=True), "Words just before the quote in the article."),
        Field("suffix", Text(multiline=True), "Words just after the quote in the article."),
    ),
)

_EVIDENCE_MEANING = (
    "Quotes of the article that say so. Each must occur in the article exactly once at word "
    "boundaries (whitespace-insensitive), or be settled by its `prefix`/`suffix`."
)


def _evidence(required: bool) -> Field:
    return Field(
        "evidence",
        ListOf(QuoteOf(QUOTE), min_items=1 if required else 0),
        _EVIDENCE_MEANING,
        required=required,
    )


_CERTAINTY = Choice(
    Certainty,
    meanings=(
        ("stated", "the article states it as fact"),
        ("expected", 'the article says it is expected ("are expected to discuss")'),
        ("likely", 'the article says it is likely ("likely will center on")'),
        ("possible", 'the article says it may happen ("other potential topics")'),
    ),
    synonyms=(
        ("certain", "stated"),
        ("confirmed", "stated"),
        ("definite", "stated"),
        ("fact", "stated"),
        ("anticipated", "expected"),
        ("probable", "likely"),
        ("probably", "likely"),
        ("maybe", "possible"),
        ("potential", "possible"),
        ("speculative", "possible"),
        ("uncertain", "possible"),
    ),
)

WHEN = Record(
    name="when",
    description=(
        "When an event happens: the article's own words and, when they name a time, what it "
        "means. `date` is an EDTF subset: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each optionally "
        "followed by `~` (approximate), `?` (uncertain) or `%` (both), or an interval `A/B` "
        'of two such values where either end may be `..` (open): `2022-04/..` is "fiscal '
        '2022 and beyond", `../2021-03-05` is "recently". A `when` without `date` is undated. '
        "Every date resolves to the first and last day it can mean (`2021-03` is March 1 to "
        "31); an impossible day (`2021-02-30`) or a reversed interval is an error."
    ),
    fields=(
        Field(
            "text",
            Text(),
            'The article\'s words for the time ("as early as mid-March", "on Thursday").',
            required=True,
        ),
        Field("date", EdtfDate(), "What the words mean, in the EDTF subset above."),
        Field(
            "mod",
            Choice(
                DateMod,
                meanings=(
                    ("start", "the first third of the range (a month: days 1-10)"),
                    ("mid", "the middle third (a month: days 11-20)"),
                    ("end", "the last third (a month: day 21 to the end)"),
                    ("before", "any time before the range"),
                    ("after", "any time after the range"),
                    ("on-or-before", "the range or any time before it"),
                    ("on-or-after", "the range or any time after it"),
                    ("approx", "about the range (the range itself is kept)"),
                ),
                synonyms=(
                    ("early", "start"),
                    ("beginning", "start"),
                    ("middle", "mid"),
                    ("late", "end"),
                    ("by", "on-or-before"),
                    ("until", "on-or-before"),
                    ("since", "on-or-after"),
                    ("from", "on-or-after"),
                    ("about", "approx"),
                    ("around", "approx"),
                    ("circa", "approx"),
                ),
            ),
            "How the words qualify `date` (needs `date`).",
        ),
    ),
)

DOCUMENT = Record(
    name="document",
    description=(
        "The article and what the briefing says about it. The article is given either inline "
        "as `text` or as `text_file`, a path relative to the briefing file; exactly one of the "
        "two."
    ),
    fields=(
        Field("title", Text(), "The article's headline.", required=True),
        Field(
            "published",
            IsoDate(),
            "The dateline, `YYYY-MM-DD`; relative dates in the article resolve from it.",
            required=True,
        ),
        Field("place", Text(), "Where the article was filed (its dateline place).", required=True),
        Field("source", Text(), "Who published the article."),
        Field(
            "summary",
            Text(multiline=True),
            "The bottom line up front, in the annotator's words.",
        ),
        Field(
            "text_file",
            Text(),
            "The article as a UTF-8 text file, a path relative to the briefing file.",
        ),
        Field("text", Text(multiline=True), "The article itself, inline."),
    ),
    exactly_one_of=("text_file", "text"),
)

SIDE = Record(
    name="side",
    description="A party the participants belong to, e.g. the United States or Japan.",
    fields=(
        Field("id", Id(), "The side's id.", required=True),
        Field("name", Text(), "The side's name.", required=True),
        _evidence(required=False),
    ),
    item_kind=ItemKind.SIDE,
)

PARTICIPANT = Record(
    name="participant",
    description="A person, organisation or country that takes part.",
    fields=(
        Field("id", Id(), "The participant's id.", required=True),
        Field("name", Text(), "The full name as the article gives it.", required=True),
        Field(
            "kind",
            Choice(
                ParticipantKind,
                meanings=(
                    ("person", "a person"),
                    ("organization", "an organisation, ministry, agency or body"),
                    ("country", "a country or its government as a whole"),
                ),
                synonyms=(
                    ("individual", "person"),
                    ("official", "person"),
                    ("people", "person"),
                    ("organisation", "organization"),
                    ("org", "organization"),
                    ("agency", "organization"),
                    ("ministry", "organization"),
                    ("company", "organization"),
                    ("institution", "organization"),
                    ("nation", "country"),
                    ("state", "country"),
                    ("government", "country"),
                ),
            ),
            "What the participant is.",
            required=True,
        ),
        Field("side", Ref(ItemKind.SIDE), "The id of the side the participant belongs to."),
        Field(
            "roles",
            ListOf(Text()),
            "Titles and roles exactly as the article gives them.",
        ),
        Field(
            "org",
            Ref(ItemKind.PARTICIPANT, (ParticipantKind.ORGANIZATION,)),
            "The id of the organization participant this one belongs to.",
        ),
        Field(
            "aliases",
            ListOf(Text()),
            'Other names the article uses for the participant ("Blinken", "Washington").',
        ),
        _evidence(required=True),
    ),
    item_kind=ItemKind.PARTICIPANT,
)

EVENT = Record(
    name="event",
    description="Something that happened, is happening or is to come.",
    fields=(
        Field("id", Id(), "The event's id.", required=True),
        Field("title", Text(), "A short title, in the annotator's words.", required=True),
        Field("when", RecordOf(WHEN), "When the event happens.", required=True),
        Field(
            "status",
            Choice(
                EventStatus,
                meanings=(
                    ("occurred", "it happened before the dateline"),
                    ("ongoing", "it is under way at the dateline"),
                    ("planned", "it is arranged to happen"),
                    ("expected", "the article expects it to happen"),
                    ("possible", "the article says it may happen"),
                ),
                synonyms=(
                    ("happened", "occurred"),
                    ("past", "occurred"),
                    ("done", "occurred"),
                    ("completed", "occurred"),
                    ("current", "ongoing"),
                    ("in-progress", "ongoing"),
                    ("scheduled", "planned"),
                    ("arranged", "planned"),
                    ("upcoming", "planned"),
                    ("anticipated", "expected"),
                    ("forecast", "expected"),
                    ("maybe", "possible"),
                    ("potential", "possible"),
                ),
            ),
            "Where the event stands relative to the dateline.",
            required=True,
        ),
        Field("certainty", _CERTAINTY, "The article's own hedging about it.", required=True),
        Field(
            "participants",
            ListOf(Ref(ItemKind.PARTICIPANT), unique=True),
            "The ids of the participants taking part.",
        ),
        Field(
            "topics",
            ListOf(Ref(ItemKind.TOPIC), unique=True),
            "The ids of the topics it concerns.",
        ),
        Field("place", Text(), "Where it happens."),
        _evidence(required=True),
    ),
    item_kind=ItemKind.EVENT,
)

TOPIC = Record(
    name="topic",
    description="An agenda topic. Topics form a tree through `parent`; cycles are errors.",
    fields=(
        Field("id", Id(), "The topic's id.", required=True),
        Field("title", Text(), "A short title.", required=True),
        Field("certainty", _CERTAINTY, "The article's own hedging about it.", required=True),
        Field("parent", Ref(ItemKind.TOPIC), "The id of the broader topic this one belongs to."),
        Field("aliases", ListOf(Text()), "Other words the article uses for the topic."),
        _evidence(required=True),
    ),
    item_kind=ItemKind.TOPIC,
)

BRIEFING = Record(
    name="briefing",
    description=(
        "The top level of a briefing file. Ids are one namespace across sides, participants, "
        "events and topics: each is unique and every reference must name an item of the right "
        "kind."
    ),
    fields=(
        Field(
            "briefing",
            Integer(const=FORMAT_VERSION),
            f"The format version, the integer {FORMAT_VERSION}.",
            required=True,
        ),
        Field("document", RecordOf(DOCUMENT), "The article and its metadata.", required=True),
        Field("sides", ListOf(RecordOf(SIDE)), "The parties the participants belong to."),
        Field(
            "participants",
            ListOf(RecordOf(PARTICIPANT)),
            "People, organisations and countries.",
        ),
        Field("events", ListOf(RecordOf(EVENT)), "Events past, present and to come."),
        Field("topics", ListOf(RecordOf(TOPIC)), "Agenda topics, a tree."),
    ),
)

RECORDS: tuple[Record, ...] = (BRIEFING, DOCUMENT, SIDE, PARTICIPANT, EVENT, WHEN, TOPIC, QUOTE)
"""Every record, in the order the reference documents them."""


def indefinite(noun: str) -> str:
    """`noun` with "a" or "an" before it, for messages and docs ("an event", "a topic")."""
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"
