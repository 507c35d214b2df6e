"""A synthetic library: N briefings of one long story (`briefing-tui sample --library N DIR`).

The briefings share a cast: people, countries, topics and events are drawn from pools with fixed
ids, so the same person or event turns up in many files, as in a real stream of news. Neighbouring
briefings (by dateline) draw from overlapping windows of the event pool, so most events have
several sources, and about one telling in 25 shifts a shared event's day by a few days, so the
library has dates that disagree. Each briefing's roles for a person are picked from that person's
roles, so articles differ in how they describe the same entity.

Deterministic (one `random.Random` per file from the seed and its number) and valid: every
evidence quote is a whole sentence of the generated article, and every sentence is unique in it.
Every third article is written inline, the others as a `text_file` beside the briefing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

START = dt.date(2023, 1, 2)
"""The first dateline; the library's datelines spread over about two years from it."""
SPAN_DAYS = 730

# fmt: off
_FIRST = ("Ada", "Alan", "Amir", "Anna", "Ben", "Clara", "Dana", "Elena", "Emil", "Farah", "Felix",
          "Grace", "Hana", "Hugo", "Ines", "Ivan", "Julia", "Karim", "Lena", "Leo", "Maya", "Marco",
          "Nadia", "Nora", "Omar", "Petra", "Rosa", "Sami", "Sofia", "Theo", "Vera", "Yara")
_LAST = ("Abbott", "Alvarez", "Brandt", "Castillo", "Chen", "Dalton", "Duarte", "Eklund",
         "Ferreira", "Fischer", "Haddad", "Hartmann", "Iqbal", "Jansen", "Kaplan", "Keller",
         "Lambert", "Larsen", "Moreau", "Nakamura", "Novak", "Okafor", "Ortega", "Petrov",
         "Quinn", "Rahman", "Rossi", "Sato", "Tanaka", "Ulrich", "Vogel", "Zeller")
_COUNTRIES = ("Arland", "Belmora", "Calder", "Dunmere", "Estvale", "Farrow", "Glenmark",
              "Halvern", "Islay", "Jorvale", "Kestria", "Lorn")
_CITIES = ("Alderton", "Bramley", "Castlebury", "Dovering", "Fairhaven", "Glasswater",
           "Kingsford", "Lakemoor", "Millbrook", "Oakhurst", "Redwater", "Thornbury")
_RANKS = ("Minister", "Deputy Minister", "Special Envoy", "Chief Negotiator", "Senior Adviser",
          "Spokesperson", "Commissioner")
_DOMAINS = ("Trade", "Energy", "Fisheries", "Water", "Security", "Finance", "Transport",
            "Health")
_ADJECTIVES = ("Joint", "Bilateral", "Regional", "Emergency", "Preparatory", "Formal", "Technical",
               "Ministerial", "Border", "Coastal", "Annual", "Special")
_SUBJECTS = ("Grain", "Fuel", "Fishing", "Water", "Rail", "Tariff", "Port", "Canal", "Visa",
             "Power Grid", "Steel", "Timber")
_KINDS = ("Talks", "Summit", "Review", "Dialogue", "Round", "Consultations", "Working Group",
          "Inspection", "Conference")
_ASPECTS = ("quotas", "subsidies", "standards", "inspections", "tariffs", "investment",
            "licensing", "monitoring", "compensation", "market access")
# fmt: on


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _q(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text)


def _nth(lists: tuple[tuple[str, ...], ...], index: int) -> list[str]:
    """The `index`-th combination of one word of each list (mixed radix), cycling past the end."""
    parts = []
    for words in reversed(lists):
        index, digit = divmod(index, len(words))
        parts.append(words[digit])
    return list(reversed(parts))


@dataclass(frozen=True, slots=True)
class _Person:
    id: str
    name: str
    country: int
    roles: tuple[str, ...]
    alias: str | None


@dataclass(frozen=True, slots=True)
class _PoolEvent:
    id: str
    title: str
    day: dt.date


class _Pools:
    """The shared cast of a library of `count` briefings."""

    def __init__(self, count: int, seed: int) -> None:
        rng = random.Random(f"library-pools:{seed}")
        people = min(max(12, count // 4 + 8), len(_FIRST) * len(_LAST))
        order = rng.sample(range(len(_FIRST) * len(_LAST)), people)
        self.people = []
        names = [_nth((_FIRST, _LAST), index) for index in order]
        last_names = [last for _, last in names]
        for first, last in names:
            name = f"{first} {last}"
            ranks = rng.sample(_RANKS, 2)
            domain = rng.choice(_DOMAINS)
            roles = (f"{ranks[0]} for {domain}", f"{ranks[1]} for {domain}")
            self.people.append(
                _Person(
                    _slug(name),
                    name,
                    rng.randrange(len(_COUNTRIES)),
                    roles,
                    last if last_names.count(last) == 1 else None,
                )
            )
        total = len(_ADJECTIVES) * len(_SUBJECTS) * len(_KINDS)
        events = max(10, count // 2 + 6)
        self.events = []
        for number in range(events):
            parts = _nth((_ADJECTIVES, _SUBJECTS, _KINDS), (number * 7919) % total)
            title = " ".join(parts) + (f" {number // total + 1}" if number >= total else "")
            day = START + dt.timedelta(days=number * SPAN_DAYS // events + rng.randint(-20, 20))
            self.events.append(_PoolEvent(_slug(title), title, day))
        self.topics = [
            (f"{area.lower()} {aspect}", _slug(f"{area} {aspect}"))
            for area in _DOMAINS
            for aspect in _ASPECTS
        ][: max(8, min(count // 10 + 8, len(_DOMAINS) * len(_ASPECTS)))]


def _day_words(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def write_library(folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """Write `count` overlapping briefings into `folder` (created); returns their paths."""
    if count < 1:
        raise ValueError("--library must be at least 1")
    folder.mkdir(parents=True, exist_ok=True)
    pools = _Pools(count, seed)
    width = max(4, len(str(count)))
    written = []
    for number in range(count):
        name = f"briefing-{number + 1:0{width}d}"
        yaml_text, article, inline = _briefing(pools, number, count, seed, name)
        path = folder / f"{name}.yaml"
        if not inline:
            (folder / f"{name}.txt").write_text(article, "utf-8", newline="\n")
        path.write_text(yaml_text, "utf-8", newline="\n")
        written.append(path)
    return written


def _briefing(
    pools: _Pools, number: int, count: int, seed: int, name: str
) -> tuple[str, str, bool]:
    rng = random.Random(f"library:{seed}:{number}")
    dateline = START + dt.timedelta(days=number * SPAN_DAYS // max(count, 1))
    place = rng.choice(_CITIES)
    centre = number * len(pools.events) // max(count, 1)
    window = pools.events[max(0, centre - 4) : centre + 5]
    events = rng.sample(window, min(len(window), rng.randint(3, 5)))
    people = rng.sample(pools.people, min(len(pools.people), rng.randint(4, 7)))
    topics = rng.sample(pools.topics, min(len(pools.topics), rng.randint(2, 4)))
    countries = sorted({person.country for person in people})
    sentences: list[str] = []
    yaml = ["briefing: 1", "document:"]
    headline = f"{pools.events[centre % len(pools.events)].title} in focus in {place}"
    sentences.append(
        f"{place.upper()} -- Delegations met in {place} as the long season of talks went on."
    )
    yaml += [
        f"  title: {_q(headline)}",
        f"  published: {_q(dateline.isoformat())}",
        f"  place: {_q(place)}",
        f"  source: {_q(f'briefing-tui sample --library {count} --seed {seed}')}",
    ]
    inline = number % 3 == 2
    body: list[str] = []
    yaml.append("sides:")
    for country in countries:
        land = _COUNTRIES[country]
        sentence = f"The {land} delegation speaks for {land}."
        body.append(sentence)
        yaml += [f"  - id: {_q(_slug(land) + '-side')}", f"    name: {_q(land)}"]
        yaml.append(f"    evidence: [{_q(sentence)}]")
    yaml.append("participants:")
    for country in countries:
        land = _COUNTRIES[country]
        sentence = f"Also at the table is {land} as a country."
        body.append(sentence)
        yaml += [
            f"  - id: {_q(_slug(land))}",
            f"    name: {_q(land)}",
            "    kind: country",
            f"    side: {_q(_slug(land) + '-side')}",
            f"    evidence: [{_q(sentence)}]",
        ]
    for person in people:
        role = rng.choice(person.roles)
        sentence = f"Taking part for {_COUNTRIES[person.country]} is {role} {person.name}."
        body.append(sentence)
        yaml += [
            f"  - id: {_q(person.id)}",
            f"    name: {_q(person.name)}",
            "    kind: person",
            f"    side: {_q(_slug(_COUNTRIES[person.country]) + '-side')}",
            f"    roles: [{_q(role)}]",
        ]
        if person.alias is not None:
            yaml.append(f"    aliases: [{_q(person.alias)}]")
        yaml.append(f"    evidence: [{_q(sentence)}]")
    yaml.append("topics:")
    for phrase, topic_id in topics:
        sentence = f"The agenda lists {phrase} among its items."
        body.append(sentence)
        yaml += [
            f"  - id: {_q(topic_id)}",
            f"    title: {_q(phrase[0].upper() + phrase[1:])}",
            f"    certainty: {rng.choice(('stated', 'expected', 'likely'))}",
            f"    evidence: [{_q(sentence)}]",
        ]
    yaml.append("events:")
    for event in events:
        day = event.day
        if rng.random() < 0.04:
            day += dt.timedelta(days=rng.choice((-3, -2, 2, 3)))
        past = day <= dateline
        who = rng.sample(people, min(len(people), rng.randint(1, 3)))
        what = rng.sample(topics, rng.randint(1, min(2, len(topics))))
        if rng.random() < 0.5:  # a country takes part as a whole
            land = _COUNTRIES[rng.choice(countries)]
            who_ids = [_slug(land), *(person.id for person in who)]
            names = " and ".join([land, *(person.name for person in who)])
        else:
            who_ids = [person.id for person in who]
            names = " and ".join(person.name for person in who)
        verb = "held" if past else ("plans to hold" if len(who_ids) == 1 else "plan to hold")
        sentence = f"{names} {verb} the {event.title} on {_day_words(day)}."
        body.append(sentence)
        yaml += [
            f"  - id: {_q(event.id)}",
            f"    title: {_q(event.title)}",
            f"    when: {{text: {_q('on ' + _day_words(day))}, date: {_q(day.isoformat())}}}",
            f"    status: {'occurred' if past else 'planned'}",
            "    certainty: stated",
            f"    participants: [{', '.join(_q(item_id) for item_id in who_ids)}]",
            f"    topics: [{', '.join(_q(topic_id) for _, topic_id in what)}]",
            f"    evidence: [{_q(sentence)}]",
        ]
    for start in range(0, len(body), 4):
        sentences.append(" ".join(body[start : start + 4]))
    article = "\n\n".join(sentences) + "\n"
    if inline:
        yaml.insert(6, f"  text: {_q(article)}")
    else:
        yaml.insert(6, f"  text_file: {_q(name + '.txt')}")
    return "\n".join(yaml) + "\n", article, inline
