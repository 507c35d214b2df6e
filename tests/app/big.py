"""A large synthetic `Briefing` built directly in memory, for scale tests of the app.

No YAML and no loader: the model objects are made with their evidence spans known, so a 50,000
event briefing is ready in about a second. (The project's `sample` command makes real files.)
"""

from __future__ import annotations

import datetime as dt
import random

from briefing_tui.format.links import build_links
from briefing_tui.format.model import (
    Briefing,
    Certainty,
    Document,
    Event,
    EventStatus,
    Participant,
    ParticipantKind,
    Quote,
    Side,
    Span,
    Topic,
    When,
)


class _Article:
    """Appends sentences and remembers where each one is."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.in_paragraph = 0

    def sentence(self, text: str) -> Quote:
        if self.in_paragraph:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.in_paragraph += 1
        if self.in_paragraph >= 6:
            self.parts.append("\n\n")
            self.length += 2
            self.in_paragraph = 0
        return Quote(text, Span(start, start + len(text)))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def big_briefing(
    events: int = 50_000, participants: int = 2_000, topics: int = 500, seed: int = 7
) -> Briefing:
    """A valid, cross-linked briefing of the given size with a generated article."""
    rng = random.Random(seed)
    article = _Article()
    sides = (
        Side("north", "Northland", (article.sentence("Northland leads the northern side."),)),
        Side("south", "Southland", (article.sentence("Southland leads the southern side."),)),
    )
    people: list[Participant] = []
    for index in range(participants):
        name = f"Alder Vance{index}"
        quote = article.sentence(f"{name} took part for the delegation number {index}.")
        people.append(
            Participant(
                id=f"p{index}",
                name=name,
                kind=ParticipantKind.PERSON,
                evidence=(quote,),
                side=("north", "south", None)[index % 3],
                roles=(f"Envoy {index}",),
                aliases=(f"Vance{index}",),
            )
        )
    topic_items: list[Topic] = []
    for index in range(topics):
        parent = None if index < 10 else f"t{rng.randrange(0, index if index < 60 else 60)}"
        quote = article.sentence(f"The agenda covered matter{index} at some length.")
        topic_items.append(
            Topic(
                id=f"t{index}",
                title=f"Matter {index} of the agenda",
                certainty=Certainty.LIKELY,
                evidence=(quote,),
                parent=parent,
                aliases=(f"matter{index}",),
            )
        )
    statuses = list(EventStatus)
    base = dt.date(2021, 3, 5)
    event_items: list[Event] = []
    for index in range(events):
        offset = rng.randrange(-400, 400)
        day = base + dt.timedelta(days=offset)
        kind = index % 5
        if kind == 0:
            when = When(f"on day {index}", day.isoformat(), None, day, day)
        elif kind == 1:
            first = day.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            when = When("that month", f"{first:%Y-%m}", None, first, last)
        elif kind == 2:
            when = When("by then", f"../{day.isoformat()}", None, None, day)
        elif kind == 3:
            when = When("from then on", f"{day.isoformat()}/..", None, day, None)
        else:
            when = When("at some point")
        members = tuple(f"p{rng.randrange(participants)}" for _ in range(rng.randint(2, 6)))
        subjects = tuple(f"t{rng.randrange(topics)}" for _ in range(rng.randint(1, 4)))
        quote = article.sentence(
            f"In development {index} the parties moved forward on item {index * 7 + 3}."
        )
        event_items.append(
            Event(
                id=f"e{index}",
                title=f"Development {index} in the talks",
                when=when,
                status=statuses[index % len(statuses)],
                certainty=Certainty.STATED,
                evidence=(quote,),
                participants=tuple(dict.fromkeys(members)),
                topics=tuple(dict.fromkeys(subjects)),
            )
        )
    text = article.text
    document = Document(
        title=f"A synthetic briefing of {events} events",
        published=base,
        place="Nowhere",
        text=text,
    )
    links = build_links(sides, people, event_items, topic_items)
    items = {item.id: item for group in (sides, people, event_items, topic_items) for item in group}
    return Briefing(
        document, sides, tuple(people), tuple(event_items), tuple(topic_items), links, items=items
    )
