"""Scoring a draft against a gold list: the numbers the README's score table reports.

A gold list names the people (with their roles), the countries and organisations (each with the
names the article uses), and the dated events (a quote of the article and the date it means).
`gold_of(briefing)` makes one from a reviewed briefing (the seed); the test articles carry their
own lists. A gold event counts as found when a drafted event whose evidence overlaps the gold
quote has the same `date`.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.format.model import Briefing, ParticipantKind


@dataclass(frozen=True, slots=True)
class Gold:
    """What a reviewer expects of a draft."""

    people: tuple[tuple[frozenset[str], frozenset[str]], ...]
    """(names, roles) per person; names in lower case."""
    bodies: tuple[frozenset[str], ...]
    """The names of each country and organisation, lower case."""
    events: tuple[tuple[tuple[int, int], str], ...]
    """(span of the article, date) per dated event."""


@dataclass(frozen=True, slots=True)
class Score:
    """Recall and precision of a draft, each as (found, of)."""

    people_recall: tuple[int, int]
    people_precision: tuple[int, int]
    bodies_recall: tuple[int, int]
    events_recall: tuple[int, int]

    def ratio(self, name: str) -> float:
        """found / of for one of the fields (1.0 when there is nothing to find)."""
        found, total = getattr(self, name)
        return found / total if total else 1.0


def _names(*names: str) -> frozenset[str]:
    return frozenset(" ".join(name.lower().split()) for name in names)


def gold_of(briefing: Briefing) -> Gold:
    """The gold list of a reviewed briefing."""
    people = tuple(
        (_names(p.name, *p.aliases), _names(*p.roles))
        for p in briefing.participants
        if p.kind is ParticipantKind.PERSON
    )
    bodies = tuple(
        _names(p.name, *p.aliases)
        for p in briefing.participants
        if p.kind is not ParticipantKind.PERSON
    )
    events = tuple(
        ((quote.span.start, quote.span.end), event.when.date)
        for event in briefing.events
        if event.when.date is not None
        for quote in event.evidence[:1]
    )
    return Gold(people, bodies, events)


def gold_from_lists(text: str, data: dict[str, list]) -> Gold:  # type: ignore[type-arg]
    """A gold list written by hand: `people: [{name, roles, aliases}]`, `bodies: [[names]]`,
    `events: [{quote, date}]` (each quote found once in the article)."""
    people = tuple(
        (_names(item["name"], *item.get("aliases", [])), _names(*item.get("roles", [])))
        for item in data.get("people", [])
    )
    bodies = tuple(_names(*names) for names in data.get("bodies", []))
    events = []
    for item in data.get("events", []):
        start = text.find(item["quote"])
        if start < 0 or text.find(item["quote"], start + 1) >= 0:
            raise ValueError(f"gold quote not found exactly once: {item['quote']!r}")
        events.append(((start, start + len(item["quote"])), item["date"]))
    return Gold(people, bodies, tuple(events))


def score(draft: Briefing, gold: Gold) -> Score:
    """How much of the gold list the draft has, and how many of its people are real."""
    drafted = [
        (_names(p.name, *p.aliases), _names(*p.roles))
        for p in draft.participants
        if p.kind is ParticipantKind.PERSON
    ]
    found = sum(
        1
        for names, roles in gold.people
        if any(names & d_names and (not roles or roles & d_roles) for d_names, d_roles in drafted)
    )
    real = sum(1 for d_names, _ in drafted if any(d_names & names for names, _ in gold.people))
    drafted_bodies = [
        _names(p.name, *p.aliases)
        for p in draft.participants
        if p.kind is not ParticipantKind.PERSON
    ]
    bodies = sum(1 for names in gold.bodies if any(names & d for d in drafted_bodies))
    events = 0
    for (start, end), date in gold.events:
        for event in draft.events:
            if event.when.date != date:
                continue
            if any(q.span.start < end and q.span.end > start for q in event.evidence):
                events += 1
                break
    return Score(
        (found, len(gold.people)),
        (real, len(drafted)),
        (bodies, len(gold.bodies)),
        (events, len(gold.events)),
    )
