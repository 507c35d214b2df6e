"""The sides and participants of a synthetic briefing, and the article's sentences about them."""

from __future__ import annotations

import random

from briefing_tui.bench.sample_text import PlannedParticipant, Sample, distinct_combinations, q
from briefing_tui.bench.sample_words import (
    COUNTRIES,
    COUNTRY_PREFIXES,
    DOMAINS,
    FIRST_NAMES,
    INITIALS,
    LAST_NAMES,
    ORG_KINDS,
    RANKS,
)


def sides_of(sample: Sample, participants: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(side id, lead country) pairs and the names of every country taking part."""
    rng = sample.rng
    country_count = min(-(-participants // 6), 48)
    side_count = min(max(2, participants // 10), 6, country_count)
    country_names = distinct_combinations(
        rng, country_count, [(COUNTRY_PREFIXES, COUNTRIES)], "countries"
    )
    names = ["".join(parts) for parts in country_names]
    sides = [(sample.new_id(f"{name} bloc"), name) for name in names[:side_count]]
    return sides, names


def write_sides(sample: Sample, sides: list[tuple[str, str]]) -> None:
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


def participants_of(
    sample: Sample, count: int, sides: list[tuple[str, str]], countries: list[str]
) -> list[PlannedParticipant]:
    rng = sample.rng
    side_of = {country: side_id for side_id, country in sides}
    country_count = len(countries)
    org_count = max(1, round((count - country_count) / 4))
    person_count = count - country_count - org_count
    people: list[PlannedParticipant] = []
    for name in countries:
        side = side_of.get(name) or _maybe_side(rng, sides, 0.6)
        people.append(
            PlannedParticipant(sample.new_id(name), name, "country", side, (), None, (), name)
        )
    org_names = distinct_combinations(
        rng,
        org_count,
        [(countries, DOMAINS, ORG_KINDS)],
        "organizations (add countries with more participants)",
    )
    orgs: list[PlannedParticipant] = []
    for country, domain, kind in org_names:
        if kind == "Ministry":
            name = f"Ministry of {domain} of {country}"
        else:
            name = f"{country} {domain} {kind}"
        acronym = "".join(word[0] for word in name.split() if word[0].isupper())
        side = side_of.get(country) or _maybe_side(rng, sides, 0.5)
        orgs.append(
            PlannedParticipant(
                sample.new_id(name), name, "organization", side, (), None, (acronym,), acronym
            )
        )
    people += orgs
    patterns = [(FIRST_NAMES, LAST_NAMES), (FIRST_NAMES, INITIALS, LAST_NAMES)]
    names = distinct_combinations(rng, person_count, patterns, "people")
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
            PlannedParticipant(
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


def write_participants(
    sample: Sample, people: list[PlannedParticipant], sides: list[tuple[str, str]]
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
