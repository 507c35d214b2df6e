"""The topics and events of a synthetic briefing, their dates, and the article's sentences."""

from __future__ import annotations

import datetime as dt
import random

from briefing_tui.bench.sample_text import (
    PlannedParticipant,
    PlannedTopic,
    Sample,
    distinct_combinations,
    join_words,
    q,
)
from briefing_tui.bench.sample_words import (
    AFTERWORD,
    CITIES,
    EVENT_ADJECTIVES,
    EVENT_KINDS,
    EVENT_SUBJECTS,
    MONTHS,
    NUMERALS,
    PUBLISHED,
    STATUSES,
    TOPIC_AREAS,
    TOPIC_ASPECTS,
    TOPIC_HEDGES,
    TOPIC_QUALIFIERS,
    UNDATED,
    VERBS,
)
from briefing_tui.format.dates import resolve as resolve_dates


def topics_of(sample: Sample, count: int) -> list[PlannedTopic]:
    """A tree three deep: areas, aspects of an area, qualified aspects."""
    rng = sample.rng
    roots = max(1, min(len(TOPIC_AREAS), round(count / 7)))
    children = min(count - roots, max(1, round((count - roots) / 3)), roots * len(TOPIC_ASPECTS))
    grandchildren = count - roots - children
    if grandchildren > children * len(TOPIC_QUALIFIERS):
        limit = len(TOPIC_AREAS) * (1 + len(TOPIC_ASPECTS) * (1 + len(TOPIC_QUALIFIERS)))
        raise ValueError(f"at most about {limit:,} topics can be generated")
    certainties = ("stated", "expected", "likely", "possible")
    tree: list[PlannedTopic] = []
    for area in rng.sample(TOPIC_AREAS, roots):
        phrase = area.lower()
        tree.append(PlannedTopic(sample.new_id(area), area, phrase, None, rng.choice(certainties)))
    aspects = {root.id: rng.sample(TOPIC_ASPECTS, len(TOPIC_ASPECTS)) for root in tree}
    middle: list[PlannedTopic] = []
    for index in range(children):
        root = tree[index % roots]
        phrase = f"{root.phrase} {aspects[root.id][index // roots]}"
        title = phrase[0].upper() + phrase[1:]
        middle.append(
            PlannedTopic(sample.new_id(title), title, phrase, root.id, rng.choice(certainties))
        )
    qualifiers = {topic.id: rng.sample(TOPIC_QUALIFIERS, len(TOPIC_QUALIFIERS)) for topic in middle}
    leaves: list[PlannedTopic] = []
    for index in range(grandchildren):
        parent = middle[index % children]
        title = f"{qualifiers[parent.id][index // children]} {parent.phrase}"
        phrase = title[0].lower() + title[1:]
        leaves.append(
            PlannedTopic(sample.new_id(title), title, phrase, parent.id, rng.choice(certainties))
        )
    return tree + middle + leaves


def write_topics(sample: Sample, tree: list[PlannedTopic]) -> None:
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


def write_events(
    sample: Sample, count: int, people: list[PlannedParticipant], tree: list[PlannedTopic]
) -> None:
    rng = sample.rng
    yaml = sample.yaml
    yaml.append("events:")
    patterns = [
        (EVENT_ADJECTIVES, EVENT_SUBJECTS, EVENT_KINDS),
        (EVENT_ADJECTIVES, EVENT_SUBJECTS, EVENT_KINDS, NUMERALS),
    ]
    titles = distinct_combinations(rng, count, patterns, "events")
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
        quote = f"{join_words(named)} {VERBS[status, certainty]} the {title}"
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
