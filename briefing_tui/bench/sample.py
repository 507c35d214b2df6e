"""Synthetic briefings: a generated article and its complete annotation, for trying the reader at
any size and as the benchmark's input (`briefing-tui sample --events N FILE`).

Everything comes from one `random.Random(seed)` and fixed word lists, so the same arguments give
byte-identical files. Every evidence quote holds an item that occurs once in the article (a
unique name or title) next to words of its own sentence template, so each quote selects exactly
one place; a few quotes are a stock phrase repeated all over the article, and carry a prefix or
suffix that settles which one is meant. The YAML is built as text, every string double-quoted: far
faster than `yaml.dump`, and no scalar can be read back as anything but a string.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.format.dates import MONTH_NAMES
from briefing_tui.format.dates import resolve as resolve_dates

__all__ = ["article_path", "sample_counts", "write_sample"]

PUBLISHED = dt.date(2023, 9, 15)
"""The sample's dateline: events before it have happened, events after it are to come."""

MONTHS = MONTH_NAMES[1:]

# fmt: off
COUNTRIES = (
    "Arland", "Belmora", "Calder", "Dunmere", "Estvale", "Farrow", "Glenmark", "Halvern",
    "Islay", "Jorvale", "Kestria", "Lorn", "Marrow", "Norvale", "Ostmark", "Pellam",
    "Quarry", "Ravenna", "Solmere", "Tarn", "Ulster", "Varrow", "Westmark", "Yarrow",
)
COUNTRY_PREFIXES = ("", "North ", "South ", "New ", "Upper ", "Lower ", "East ", "West ")

CITIES = (
    "Alderton", "Bramley", "Castlebury", "Dovering", "Elmstead", "Fairhaven", "Glasswater",
    "Harrowgate", "Ironbridge", "Juniper Bay", "Kingsford", "Lakemoor", "Millbrook", "Northcliff",
    "Oakhurst", "Port Seaton", "Queensbury", "Redwater", "Stonehill", "Thornbury", "Umberfield",
    "Valemont", "Westbrook", "Yewfield",
)

FIRST_NAMES = (
    "Ada", "Alan", "Alice", "Amir", "Anna", "Ben", "Bianca", "Carl", "Clara", "Dana", "David",
    "Edith", "Elena", "Emil", "Erik", "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan",
    "Jack", "Jonas", "Julia", "Karim", "Kate", "Lena", "Leo", "Lucia", "Maya", "Marco", "Marta",
    "Nadia", "Nils", "Nora", "Omar", "Olga", "Oscar", "Paula", "Pedro", "Petra", "Rosa", "Ruth",
    "Sami", "Sara", "Simon", "Sofia", "Tariq", "Tess", "Theo", "Una", "Victor", "Vera", "Walter",
    "Wanda", "Yusuf", "Yara", "Zoe", "Zane",
)

LAST_NAMES = (
    "Abbott", "Alvarez", "Baker", "Bergstrom", "Brandt", "Castillo", "Chen", "Cole", "Dalton",
    "Dimitrov", "Duarte", "Eklund", "Ferreira", "Fischer", "Garner", "Gomez", "Haddad", "Hale",
    "Hartmann", "Ibsen", "Iqbal", "Jansen", "Jovanovic", "Kaplan", "Keller", "Kowalski", "Lambert",
    "Larsen", "Lindqvist", "Maddox", "Moreau", "Mueller", "Nakamura", "Novak", "Nyberg", "Okafor",
    "Olsen", "Ortega", "Park", "Petrov", "Quinn", "Rahman", "Reyes", "Rossi", "Sato", "Schmidt",
    "Sorensen", "Stone", "Tanaka", "Torres", "Ulrich", "Vance", "Varga", "Vogel", "Walsh",
    "Weber", "Yilmaz", "Young", "Zeller", "Zimmer",
)

INITIALS = tuple("ABCDEFGHJKLMNPRSTVW")

RANKS = (
    "Minister", "Deputy Minister", "State Secretary", "Director General", "Special Envoy",
    "Chief Negotiator", "Senior Adviser", "Spokesperson", "Undersecretary", "Commissioner",
)

DOMAINS = (
    "Agriculture", "Aviation", "Budget", "Climate", "Culture", "Customs", "Defense", "Education",
    "Energy", "Finance", "Fisheries", "Forestry", "Health", "Housing", "Industry", "Justice",
    "Labor", "Maritime Affairs", "Migration", "Mining", "Pensions", "Railways", "Research",
    "Security", "Shipping", "Space", "Telecoms", "Tourism", "Trade", "Water",
)

ORG_KINDS = ("Ministry", "Agency", "Council", "Authority", "Institute", "Commission", "Office")

EVENT_ADJECTIVES = (
    "Annual", "Bilateral", "Border", "Central", "Coastal", "Emergency", "Expanded", "Extended",
    "Final", "Formal", "Grand", "Harbor", "Informal", "Inland", "Interim", "Island", "Joint",
    "Lakeside", "Ministerial", "Mountain", "Northern", "Open", "Preparatory", "Quarterly",
    "Regional", "River", "Senior", "Southern", "Special", "Standing", "Technical", "Eastern",
    "Western", "Winter", "Spring", "Summer", "Autumn", "Closed", "Trilateral", "Upland",
)

EVENT_SUBJECTS = (
    "Grain", "Fuel", "Fishing", "Water", "Rail", "Shipping", "Tariff", "Currency", "Vaccine",
    "Forest", "Steel", "Textile", "Cyber", "Satellite", "Pension", "Housing", "Dairy", "Timber",
    "Copper", "Salt", "Wool", "Coffee", "Cotton", "Power Grid", "Port", "Road", "Bridge",
    "Canal", "Refugee", "Visa", "Patent", "Tax", "Fertilizer", "Rice", "Sugar", "Wheat",
)

EVENT_KINDS = (
    "Talks", "Summit", "Forum", "Review", "Conference", "Dialogue", "Meeting", "Round", "Session",
    "Consultations", "Exchange", "Working Group", "Hearing", "Negotiations", "Visit",
    "Inspection", "Briefing", "Assembly", "Symposium", "Roundtable", "Workshop", "Convention",
    "Panel", "Mission", "Audit",
)

NUMERALS = (
    "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
)

TOPIC_AREAS = (
    "Trade", "Security", "Energy", "Climate", "Health", "Migration", "Fisheries", "Finance",
    "Transport", "Agriculture", "Technology", "Water", "Labor", "Education", "Housing", "Space",
    "Tourism", "Mining", "Culture", "Justice", "Defense", "Research", "Shipping", "Aviation",
    "Forestry", "Industry", "Telecoms", "Pensions", "Customs", "Railways",
)

TOPIC_ASPECTS = (
    "quotas", "subsidies", "standards", "sanctions", "inspections", "tariffs", "investment",
    "safety rules", "supply chains", "price caps", "export controls", "licensing", "debt relief",
    "emergency stocks", "joint patrols", "data sharing", "funding", "reform", "oversight",
    "transparency", "training", "research grants", "procurement", "infrastructure",
    "cooperation", "disputes", "insurance", "certification", "monitoring", "capacity",
    "coordination", "compensation", "border checks", "reporting", "market access", "regulation",
    "staffing", "planning", "recovery plans", "risk sharing",
)

TOPIC_QUALIFIERS = (
    "Regional", "Long-term", "Cross-border", "Emergency", "National", "Local", "Joint",
    "Coastal", "Rural", "Urban", "Interim", "Seasonal", "Voluntary", "Binding", "Phased",
    "Targeted", "Shared", "Independent", "Digital", "Public", "Private", "Bilateral",
    "Multilateral", "Temporary", "Permanent", "Youth", "Northern", "Southern", "Green",
    "Small-scale", "Large-scale", "Annual", "Quarterly", "Mandatory", "Flexible", "Common",
    "Open", "Reciprocal", "Transitional", "Preventive",
)
# fmt: on

TOPIC_HEDGES = {
    "stated": "is on the table",
    "expected": "is expected to come up",
    "likely": "will likely come up",
    "possible": "could also come up",
}

VERBS = {
    ("occurred", "stated"): "held",
    ("occurred", "likely"): "reportedly held",
    ("ongoing", "stated"): "have been holding",
    ("ongoing", "likely"): "appear to be holding",
    ("planned", "stated"): "plan to hold",
    ("planned", "expected"): "are set to hold",
    ("expected", "expected"): "are expected to hold",
    ("expected", "likely"): "will likely hold",
    ("possible", "possible"): "could hold",
    ("possible", "likely"): "may well hold",
}

STATUSES = (
    ("occurred", 35, ("stated", "stated", "stated", "likely")),
    ("ongoing", 10, ("stated", "likely")),
    ("planned", 25, ("stated", "expected")),
    ("expected", 20, ("expected", "likely")),
    ("possible", 10, ("possible", "likely")),
)

UNDATED = ("at a date yet to be set", "at some point", "in due course")
AFTERWORD = "officials said little"
"""A stock phrase repeated all over the article: quoting it needs a prefix or a suffix."""

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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _join(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def _nth(lists: Sequence[Sequence[str]], index: int) -> tuple[str, ...]:
    """The `index`-th combination of one word from each list (mixed radix, last list fastest)."""
    parts = []
    for words in reversed(lists):
        index, digit = divmod(index, len(words))
        parts.append(words[digit])
    return tuple(reversed(parts))


def _combinations(
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
            return [_nth(lists, index) for index in rng.sample(range(total), count)]
    raise ValueError(f"at most {total:,} {what} can be generated")


@dataclass(frozen=True, slots=True)
class _Participant:
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
class _Topic:
    id: str
    title: str
    phrase: str
    """The words the article uses for the topic."""
    parent: str | None
    certainty: str


@dataclass(slots=True)
class _Sample:
    """What is generated, collected as YAML lines and article paragraphs."""

    rng: random.Random
    yaml: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def new_id(self, text: str) -> str:
        """A slug of `text`, made unique in the briefing's one namespace."""
        base = _slug(text) or "item"
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


def sample_counts(
    events: int, participants: int | None, topics: int | None
) -> tuple[int, int, int]:
    if events < 1:
        raise ValueError("--events must be at least 1")
    participants = max(8, events // 20) if participants is None else participants
    topics = max(6, events // 50) if topics is None else topics
    if participants < 3:
        raise ValueError("--participants must be at least 3 (a person, an organization, a country)")
    if topics < 1:
        raise ValueError("--topics must be at least 1")
    return events, participants, topics


def article_path(path: Path) -> Path:
    """Where the article of the briefing at `path` goes: beside it, with the suffix `.txt`."""
    article = path.with_suffix(".txt")
    return path.with_name(path.name + ".txt") if article == path else article


def write_sample(
    path: Path,
    *,
    events: int,
    participants: int | None = None,
    topics: int | None = None,
    seed: int = 0,
) -> None:
    """Write a valid synthetic briefing to `path` and its article to a sibling `.txt` file.

    Defaults: `max(8, events // 20)` participants and `max(6, events // 50)` topics. Raises
    `ValueError` for counts that cannot make a valid briefing, `OSError` when writing fails.
    """
    events, participants, topics = sample_counts(events, participants, topics)
    path = Path(path)
    article = article_path(path)
    sample = _Sample(random.Random(seed))
    yaml_text, article_text = _generate(sample, events, participants, topics, seed, article.name)
    _write(article, article_text)
    _write(path, yaml_text)


def _write(path: Path, text: str) -> None:
    """Writes `text` to a temporary file beside `path`, then renames it: never half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8", newline="\n")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _generate(
    sample: _Sample, events: int, participants: int, topics: int, seed: int, text_file: str
) -> tuple[str, str]:
    rng = sample.rng
    place = rng.choice(CITIES)
    sides, countries = _sides(sample, participants)
    people = _participants(sample, participants, sides, countries)
    tree = _topics(sample, topics)
    lead = [side[1] for side in sides]
    sample.paragraphs.append(
        f"{place.upper()}, {PUBLISHED.day} {MONTHS[PUBLISHED.month - 1]} {PUBLISHED.year} -- "
        f"Delegations led by {_join(lead)} met in {place} this week as a long season of talks"
        " went on."
    )
    yaml = sample.yaml
    yaml += [
        "# A synthetic briefing written by `briefing-tui sample`; the article is generated too.",
        "briefing: 1",
        "document:",
        f"  title: {q(f'Synthetic briefing: {events:,} events')}",
        f"  published: {q(PUBLISHED.isoformat())}",
        f"  place: {q(place)}",
        f"  source: {q(f'briefing-tui sample --events {events} --seed {seed}')}",
        "  summary: "
        + q(
            f"A generated briefing of {events:,} events among {participants:,} participants"
            f" on {topics:,} topics, for trying the reader at scale."
        ),
        f"  text_file: {q(text_file)}",
    ]
    _write_sides(sample, sides)
    _write_participants(sample, people, sides)
    _write_topics(sample, tree)
    _write_events(sample, events, people, tree)
    return "\n".join(yaml) + "\n", "\n\n".join(sample.paragraphs) + "\n"


def _sides(sample: _Sample, participants: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(side id, lead country) pairs and the names of every country taking part."""
    rng = sample.rng
    country_count = min(-(-participants // 6), 48)
    side_count = min(max(2, participants // 10), 6, country_count)
    combinations = _combinations(rng, country_count, [(COUNTRY_PREFIXES, COUNTRIES)], "countries")
    names = ["".join(parts) for parts in combinations]
    sides = [(sample.new_id(f"{name} bloc"), name) for name in names[:side_count]]
    return sides, names


def _write_sides(sample: _Sample, sides: list[tuple[str, str]]) -> None:
    sentences = []
    sample.yaml.append("sides:")
    for side_id, country in sides:
        sentence = f"The {country} bloc is led by {country}."
        sentences.append(sentence)
        sample.yaml += [
            f"  - id: {q(side_id)}",
            f"    name: {q(country + ' bloc')}",
            f"    evidence: [{q(sentence)}]",
        ]
    sample.paragraph(sentences, 6)


def _participants(
    sample: _Sample, count: int, sides: list[tuple[str, str]], countries: list[str]
) -> list[_Participant]:
    rng = sample.rng
    side_of = {country: side_id for side_id, country in sides}
    country_count = len(countries)
    org_count = max(1, round((count - country_count) / 4))
    person_count = count - country_count - org_count
    people: list[_Participant] = []
    for name in countries:
        side = side_of.get(name) or _maybe_side(rng, sides, 0.6)
        people.append(_Participant(sample.new_id(name), name, "country", side, (), None, (), name))
    org_names = _combinations(
        rng,
        org_count,
        [(countries, DOMAINS, ORG_KINDS)],
        "organizations (add countries with more participants)",
    )
    orgs: list[_Participant] = []
    for country, domain, kind in org_names:
        if kind == "Ministry":
            name = f"Ministry of {domain} of {country}"
        else:
            name = f"{country} {domain} {kind}"
        acronym = "".join(word[0] for word in name.split() if word[0].isupper())
        side = side_of.get(country) or _maybe_side(rng, sides, 0.5)
        orgs.append(
            _Participant(
                sample.new_id(name), name, "organization", side, (), None, (acronym,), acronym
            )
        )
    people += orgs
    patterns = [(FIRST_NAMES, LAST_NAMES), (FIRST_NAMES, INITIALS, LAST_NAMES)]
    names = _combinations(rng, person_count, patterns, "people")
    last_names: dict[str, int] = {}
    for parts in names:
        last_names[parts[-1]] = last_names.get(parts[-1], 0) + 1
    for parts in names:
        name = " ".join(part + "." if len(part) == 1 else part for part in parts)
        org = orgs[rng.randrange(len(orgs))] if rng.random() < 0.7 else None
        side = org.side if org is not None else _maybe_side(rng, sides, 0.8)
        roles = tuple(
            f"{rank} for {domain}"
            for rank, domain in zip(
                rng.sample(RANKS, rng.choice((1, 1, 1, 2))), rng.sample(DOMAINS, 2), strict=False
            )
        )
        aliases = (parts[-1],) if last_names[parts[-1]] == 1 else ()
        people.append(
            _Participant(
                sample.new_id(name),
                name,
                "person",
                side,
                roles,
                org.id if org is not None else None,
                aliases,
                aliases[0] if aliases else name,
            )
        )
    return people


def _maybe_side(rng: random.Random, sides: list[tuple[str, str]], chance: float) -> str | None:
    """A random side's id with probability `chance`, else None (unaffiliated)."""
    return sides[rng.randrange(len(sides))][0] if rng.random() < chance else None


def _write_participants(
    sample: _Sample, people: list[_Participant], sides: list[tuple[str, str]]
) -> None:
    country_of = dict(sides)
    yaml = sample.yaml
    yaml.append("participants:")
    sentences = []
    for person in people:
        if person.kind == "country":
            sentence = f"Also at the table is {person.name}, with a delegation of its own."
        elif person.kind == "organization":
            sentence = f"Also represented is the {person.name}, known as {person.aliases[0]}."
        else:
            where = country_of.get(person.side or "")
            opening = f"Taking part for {where}" if where else "Taking part in a personal capacity"
            sentence = quote = f"{opening} is {person.roles[0]} {person.name}."
            if len(person.roles) > 1:
                sentence += f" {person.name.split()[-1]} also serves as {person.roles[1]}."
        if person.kind != "person":
            quote = sentence
        sentences.append(sentence)
        yaml += [
            f"  - id: {q(person.id)}",
            f"    name: {q(person.name)}",
            f"    kind: {q(person.kind)}",
        ]
        if person.side is not None:
            yaml.append(f"    side: {q(person.side)}")
        if person.roles:
            yaml.append(f"    roles: [{', '.join(q(role) for role in person.roles)}]")
        if person.org is not None:
            yaml.append(f"    org: {q(person.org)}")
        if person.aliases:
            yaml.append(f"    aliases: [{', '.join(q(alias) for alias in person.aliases)}]")
        yaml.append(f"    evidence: [{q(quote)}]")
    sample.paragraph(sentences, 5)


def _topics(sample: _Sample, count: int) -> list[_Topic]:
    """A tree three deep: areas, aspects of an area, qualified aspects."""
    rng = sample.rng
    roots = max(1, min(len(TOPIC_AREAS), round(count / 7)))
    children = min(count - roots, max(1, round((count - roots) / 3)), roots * len(TOPIC_ASPECTS))
    grandchildren = count - roots - children
    if grandchildren > children * len(TOPIC_QUALIFIERS):
        limit = len(TOPIC_AREAS) * (1 + len(TOPIC_ASPECTS) * (1 + len(TOPIC_QUALIFIERS)))
        raise ValueError(f"at most about {limit:,} topics can be generated")
    certainties = ("stated", "expected", "likely", "possible")
    tree: list[_Topic] = []
    for area in rng.sample(TOPIC_AREAS, roots):
        phrase = area.lower()
        tree.append(_Topic(sample.new_id(area), area, phrase, None, rng.choice(certainties)))
    aspects = {root.id: rng.sample(TOPIC_ASPECTS, len(TOPIC_ASPECTS)) for root in tree}
    middle: list[_Topic] = []
    for index in range(children):
        root = tree[index % roots]
        phrase = f"{root.phrase} {aspects[root.id][index // roots]}"
        title = phrase[0].upper() + phrase[1:]
        middle.append(_Topic(sample.new_id(title), title, phrase, root.id, rng.choice(certainties)))
    qualifiers = {topic.id: rng.sample(TOPIC_QUALIFIERS, len(TOPIC_QUALIFIERS)) for topic in middle}
    leaves: list[_Topic] = []
    for index in range(grandchildren):
        parent = middle[index % children]
        title = f"{qualifiers[parent.id][index // children]} {parent.phrase}"
        phrase = title[0].lower() + title[1:]
        leaves.append(
            _Topic(sample.new_id(title), title, phrase, parent.id, rng.choice(certainties))
        )
    return tree + middle + leaves


def _write_topics(sample: _Sample, tree: list[_Topic]) -> None:
    yaml = sample.yaml
    yaml.append("topics:")
    sentences = []
    for topic in tree:
        quote = f"the agenda lists {topic.phrase}, which {TOPIC_HEDGES[topic.certainty]}"
        sentences.append(f"Among other items {quote}.")
        yaml += [
            f"  - id: {q(topic.id)}",
            f"    title: {q(topic.title)}",
            f"    certainty: {q(topic.certainty)}",
        ]
        if topic.parent is not None:
            yaml.append(f"    parent: {q(topic.parent)}")
            yaml.append(f"    aliases: [{q(topic.phrase)}]")
        yaml.append(f"    evidence: [{q(quote)}]")
    sample.paragraph(sentences, 5)


def _day_text(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _month_text(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _when(rng: random.Random, status: str, number: int) -> tuple[str, str | None, str | None]:
    """(the article's words, EDTF date or None, mod or None) for the `number`-th event.

    About one event in twenty is undated, at least one in every twenty-five. What has happened
    can have begun by the dateline; what is to come can still happen after it.
    """
    if rng.random() < 0.02 or number % 25 == 7:
        return rng.choice(UNDATED), None, None
    while True:
        text, date, mod = _dated(rng, status)
        earliest, latest = resolve_dates(date, mod)
        if status == "occurred" and (earliest is None or earliest <= PUBLISHED):
            return text, date, mod
        if status != "occurred" and (latest is None or latest >= PUBLISHED):
            return text, date, mod


def _dated(rng: random.Random, status: str) -> tuple[str, str, str | None]:
    future = status in ("planned", "expected", "possible")
    if status == "ongoing":
        start = PUBLISHED - dt.timedelta(days=rng.randint(20, 700))
        if rng.random() < 0.5:
            return f"since {_month_text(start)}", f"{start:%Y-%m}/..", None
        return f"since {_day_text(start)}", f"{start.isoformat()}/..", None
    offset = dt.timedelta(days=rng.randint(1, 900))
    day = PUBLISHED + offset if future else PUBLISHED - offset
    month, year = f"{day:%Y-%m}", str(day.year)
    choice = rng.randrange(14)
    if choice < 3:
        return f"on {_day_text(day)}", day.isoformat(), None
    if choice < 5:
        return f"in {_month_text(day)}", month, None
    if choice == 5:
        return f"around {_month_text(day)}", month + "~", None
    if choice == 6:
        return f"reportedly on {_day_text(day)}", day.isoformat() + "?", None
    if choice == 7:
        mod = rng.choice(("start", "mid", "end"))
        words = {"start": "early ", "mid": "mid-", "end": "late "}[mod]
        if rng.random() < 0.7:
            return f"in {words}{_month_text(day)}", month, mod
        return f"in {words}{year}", year, mod
    if choice == 8:
        return f"around {_day_text(day)}", day.isoformat(), "approx"
    if choice == 9:
        last = min(day.month + rng.randint(1, 3), 12)
        if last == day.month:
            return f"in {_month_text(day)}", month, None
        return (
            f"between {MONTHS[day.month - 1]} and {MONTHS[last - 1]} {year}",
            f"{month}/{day.year}-{last:02d}",
            None,
        )
    if choice == 10:
        if future:
            return f"as early as {_day_text(day)}", day.isoformat(), "on-or-after"
        return f"by {_month_text(day)}", month, "on-or-before"
    if choice == 11:
        if future:
            return f"after {_day_text(day)}", day.isoformat(), "after"
        return f"before {_day_text(day)}", day.isoformat(), "before"
    if choice == 12:
        if future:
            return f"from {_month_text(day)} onward", f"{month}/..", None
        return f"until {_month_text(day)}", f"../{month}", None
    return f"during {year}", year, None


def _write_events(
    sample: _Sample, count: int, people: list[_Participant], tree: list[_Topic]
) -> None:
    rng = sample.rng
    yaml = sample.yaml
    yaml.append("events:")
    patterns = [
        (EVENT_ADJECTIVES, EVENT_SUBJECTS, EVENT_KINDS),
        (EVENT_ADJECTIVES, EVENT_SUBJECTS, EVENT_KINDS, NUMERALS),
    ]
    titles = _combinations(rng, count, patterns, "events")
    statuses = [status for status, weight, _ in STATUSES for _ in range(weight)]
    certainty_of = {status: certainties for status, _, certainties in STATUSES}
    most = min(6, len(people))
    sentences: list[str] = []
    for number, parts in enumerate(titles):
        title = " ".join(parts)
        status = rng.choice(statuses)
        certainty = rng.choice(certainty_of[status])
        who = rng.sample(people, rng.randint(2, most))
        what = rng.sample(tree, rng.randint(1, min(4, len(tree))))
        text, date, mod = _when(rng, status, number)
        place = rng.choice(CITIES) if rng.random() < 0.85 else None
        named = [person.short for person in who[:3]] + (["others"] if len(who) > 3 else [])
        quote = f"{_join(named)} {VERBS[status, certainty]} the {title}"
        where = f" in {place}" if place else ""
        about = what[0].phrase + (" and more" if len(what) > 1 else "")
        joiner = ", taking up " if status == "occurred" else " to discuss "
        sentence = f"{quote}{where} {text}{joiner}{about}."
        evidence = [q(quote)]
        extra = rng.random()
        if extra < 0.08:
            sentence += f" After the {title}, {AFTERWORD}."
            evidence.append(f"{{exact: {q(AFTERWORD)}, prefix: {q(f'After the {title},')}}}")
        elif extra < 0.16:
            stock = AFTERWORD[0].upper() + AFTERWORD[1:]
            sentence += f" {stock} before the {title}."
            evidence.append(f"{{exact: {q(stock)}, suffix: {q(f'before the {title}.')}}}")
        sentences.append(sentence)
        yaml += [
            f"  - id: {q(sample.new_id(title))}",
            f"    title: {q(title)}",
            "    when: {text: "
            + q(text)
            + ("" if date is None else f", date: {q(date)}")
            + ("" if mod is None else f", mod: {q(mod)}")
            + "}",
            f"    status: {q(status)}",
            f"    certainty: {q(certainty)}",
            f"    participants: [{', '.join(q(person.id) for person in who)}]",
            f"    topics: [{', '.join(q(topic.id) for topic in what)}]",
        ]
        if place:
            yaml.append(f"    place: {q(place)}")
        yaml.append(f"    evidence: [{', '.join(evidence)}]")
    sample.paragraph(sentences, 4)
