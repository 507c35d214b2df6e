"""Participants and sides: people, organisations and countries joined into one list.

Gives ids, finds each participant's mentions (name and aliases: a surname used alone later, a
capital standing for its government), links people to their organisations, and proposes sides
from each participant's country ("South Korean Defense Minister" -> South Korea's side; the
people listed before "on the American side").
"""

from __future__ import annotations

import re

from briefing_tui.draft import bodies, people
from briefing_tui.draft.countries import by_word
from briefing_tui.draft.lexicon import NAME_PARTICLES
from briefing_tui.draft.records import Entity, SideRecord, slug, unique_id
from briefing_tui.draft.sentences import Sentence
from briefing_tui.draft.tokens import runs, tokenize

_SIDE = re.compile(r"\bon the (?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?) side\b")


def find(
    text: str, sentences: list[Sentence], skip: tuple[int, int], taken: set[str]
) -> tuple[list[Entity], list[SideRecord]]:
    """Every participant of the article and the sides proposed for them."""
    tokens = tokenize(text)
    capital_runs = runs(text, tokens)
    found_people = people.find(text, capital_runs, tokens)
    starts: dict[str, list[int]] = {}
    for token in tokens:
        starts.setdefault(token.text, []).append(token.start)
    spans = [(person.start, person.end) for person in found_people]
    orgs = bodies.organisations(text, capital_runs, spans, skip)
    nations = bodies.countries_in(text, skip)
    entities: list[Entity] = []
    for nation in nations:
        entity = Entity(slug(nation.name), nation.name, "country", [nation.evidence])
        entity.aliases, entity.mentions, entity.country = (
            nation.aliases,
            nation.mentions,
            nation.name,
        )
        entities.append(entity)
    org_names = {body.name for body in orgs}
    for body in orgs:
        if any(low <= body.evidence[0] < high for low, high in spans):
            continue
        entity = Entity(slug(body.name), body.name, "organization", [body.evidence])
        entity.aliases, entity.mentions, entity.country = body.aliases, body.mentions, body.country
        entities.append(entity)
    for person in found_people:
        entity = Entity(slug(person.name), person.name, "person", [person.evidence])
        entity.roles, entity.country, entity.checks = person.roles, person.country, person.checks
        if not entity.roles:
            entity.checks.append("no role found in the article")
        entity.mentions = [(person.start, person.end)]
        entity.org = person.org_name or _org_of_role(person.roles, org_names)
        if entity.org and entity.org not in org_names:
            entity.checks.append(f"belongs to {entity.org}, which is not listed")
            entity.org = None
        entity.aliases = _surname_aliases(text, starts, person, found_people)
        entities.append(entity)
    for entity in entities:
        entity.id = unique_id(entity.id, taken)
        for name in entity.aliases if entity.kind == "person" else []:
            entity.mentions.extend(_occurrences(text, name))
    by_name = {entity.name: entity for entity in entities}
    for entity in entities:
        if entity.org is not None:
            entity.org = by_name[entity.org].id
    sides = _sides(text, sentences, entities, taken)
    return entities, sides


def _org_of_role(roles: list[str], org_names: set[str]) -> str | None:
    """ "Defense Minister" belongs to the "Defense Ministry" when the article names it."""
    for role in roles:
        match = re.search(r"((?:[A-Z][\w-]* )+)Minister\b", role)
        if match:
            words = match.group(1).split()
            while words and words[0] in by_word():
                words = words[1:]
            candidate = " ".join([*words, "Ministry"])
            if candidate in org_names:
                return candidate
    return None


def _surname_aliases(
    text: str, starts: dict[str, list[int]], person: people.Person, everyone: list[people.Person]
) -> list[str]:
    """A name word used alone elsewhere ("Blinken", or "Shin" of "Shin Won-sik")."""
    if len(person.tokens) < 2:
        return []
    inside = [(other.start, other.end) for other in everyone]
    words = person.name.split()
    particle = next((i for i, word in enumerate(words) if i and word in NAME_PARTICLES), None)
    if particle is not None:  # "von der Leyen", written "Von der Leyen" at a sentence's start
        tail = re.compile(rf"(?<![\w-]){re.escape(' '.join(words[particle:]))}(?![\w-])", re.I)
        for match in tail.finditer(text):
            if not any(low <= match.start() < high for low, high in inside):
                return [match.group()]
    named = [token for token in person.tokens if token not in people.SUFFIXES] or [person.tokens[0]]
    for candidate in (named[-1], named[0]):
        owners = [other for other in everyone if candidate in other.tokens]
        if len(owners) > 1:
            continue
        for start in starts.get(candidate, ()):
            if not any(low <= start < high for low, high in inside):
                return [candidate]
    return []


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return [match.span() for match in pattern.finditer(text)]


def _sides(
    text: str, sentences: list[Sentence], entities: list[Entity], taken: set[str]
) -> list[SideRecord]:
    sides: dict[str, SideRecord] = {}
    countries = {entity.name: entity for entity in entities if entity.kind == "country"}

    def side_of(country: str) -> SideRecord:
        side = sides.get(country)
        if side is None:
            side = sides[country] = SideRecord(unique_id(f"{slug(country)}-side", taken), country)
        return side

    for sentence in sentences:
        low = sentence.start
        for match in _SIDE.finditer(sentence.text):
            entry = by_word().get(match["who"])
            if entry is None:
                continue
            side = side_of(entry[0].name)
            start = sentence.start + match.start()
            side.evidence.append((start, sentence.start + match.end()))
            for entity in entities:
                if entity.kind != "country" and any(low <= a < start for a, _ in entity.mentions):
                    entity.country = entity.country or entry[0].name
                    entity.side = side.id
            low = sentence.start + match.end()
    by_id = {entity.id: entity for entity in entities}
    for entity in entities:
        if entity.side is None and entity.org in by_id and by_id[entity.org].side:
            entity.side = by_id[entity.org].side
    for entity in entities:
        if entity.side is None and entity.kind != "country" and entity.country in countries:
            entity.side = side_of(entity.country).id
    for name, side in sides.items():
        if name in countries:
            countries[name].side = side.id
    return list(sides.values())
