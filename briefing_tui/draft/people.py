"""People and their roles as the article writes them.

A person is a block of two to four name-like capitalised words ("Antony Blinken", "Shin
Won-sik", "José Ángel Pérez") that a title precedes in the same run ("U.S. Secretary of State
Antony Blinken"), that an appositive role follows ("Kishi, the defense minister,"), that speaks
("said Ana Pérez"), or that an honorific names ("Mr. Tanaka"). A title alone never makes a
person: "the minister said" adds nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.draft.countries import by_word
from briefing_tui.draft.lexicon import (
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
)
from briefing_tui.draft.tokens import Token

_LOWER_HEADS = frozenset(word.lower().rstrip(".") for word in TITLE_HEADS) - {"mr", "mrs", "ms"}
_LOWER_HEADS |= frozenset(
    str.split(
        "politician activist candidate official economist analyst lawyer businessman "
        "businesswoman billionaire tycoon entrepreneur investor journalist author scientist "
        "researcher historian member"
    )
)
_APPOSITIVE_HEADS = _LOWER_HEADS | {"man", "woman", "person"}
"""Appositives may name a person by what they are ("Aliko Dangote, Africa's richest man,")."""
_LOWER_ROLE = frozenset(word.lower() for word in ROLE_WORDS) | _LOWER_HEADS
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?P<role>(?:[\w.'’-]+\s+){0,7}?[\w.'’-]+)"
    r"\s*(?=,|\.\s|\.$|\s+(?:said|says|told|who|and)\b)"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:his|her|their|its|the|a|an)\s+(?P<role>(?:[\w'’-]+\s+){0,3}?(?:counterpart|successor|"
    r"predecessor|rival|ally|deputy|envoy|minister|secretary|president|leader|spokesman|"
    r"spokeswoman|spokesperson|chief|head|adviser|advisor|negotiator|ambassador))\s*,\s*$"
)
"""A role written before a name between commas ("his Australian counterpart, Richard Marles,")."""
_OF_ORG = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})"
)


@dataclass(slots=True)
class Person:
    """A person found in the article, before ids are given."""

    name: str
    tokens: tuple[str, ...]
    start: int
    end: int
    evidence: tuple[int, int]
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    org_name: str | None = None
    checks: list[str] = field(default_factory=list)


_MODIFIERS = frozenset(
    str.split(
        "opposition former interim outgoing incoming ruling veteran longtime majority minority "
        "party union team company group"
    )
)
"""Lower-case words of a role written before a name ("South Korean opposition leader")."""

SUFFIXES = frozenset(str.split("II III IV V Jr. Sr. Jr Sr"))
"""What may close a name ("Abdullah II", "Martin Luther King Jr.")."""


def name_like(token: Token) -> bool:
    """Whether a capitalised word may be part of a person's name."""
    word = token.text
    if word in SUFFIXES:
        return True
    if not token.cap or word in NOT_NAMES or word in ROLE_WORDS or word in TITLE_HEADS:
        return False
    if word in ORG_HEADS or word in by_word() or word.rstrip(".") in by_word():
        return False
    letters = [char for char in word if char.isalpha()]
    return not (len(letters) > 1 and all(char.isupper() for char in letters))


def find(text: str, runs: list[list[Token]], tokens: list[Token]) -> list[Person]:
    """Every person the runs name, once each (the first mention with a role wins)."""
    people: dict[str, Person] = {}
    for run in runs:
        for person in _in_run(text, run):
            _merge(people, person)
    for person in _speakers(text, tokens):
        _merge(people, person)
    for person in people.values():
        _appositive(text, person)
    # "Mr. Tanaka" of a text that names Aiko Tanaka is her, not a second person.
    # "Von der Leyen said" of a text that names Ursula von der Leyen is her too.
    full = [person for person in people.values() if len(person.tokens) > 1]
    return [person for person in people.values() if not _part_of_another(person, full)]


def _part_of_another(person: Person, full: list[Person]) -> bool:
    if len(person.tokens) == 1:
        return any(person.tokens[0] in other.tokens for other in full)
    name = person.name.casefold()
    return any(
        other is not person
        and len(other.name) > len(person.name)
        and other.name.casefold().endswith(" " + name)
        for other in full
    )


def _merge(people: dict[str, Person], person: Person) -> None:
    known = people.get(person.name)
    if known is None:
        people[person.name] = person
        return
    for role in person.roles:
        if role not in known.roles:
            known.roles.append(role)
    known.country = known.country or person.country
    known.org_name = known.org_name or person.org_name


def _blocks(run: list[Token]) -> list[tuple[int, int]]:
    """Index ranges `[i, j)` of the name-like blocks of a run ("von der" may sit inside)."""
    blocks: list[tuple[int, int]] = []
    index = 0
    while index < len(run):
        if not name_like(run[index]):
            index += 1
            continue
        end = index + 1
        while end < len(run):
            if name_like(run[end]) and not run[end - 1].possessive:
                end += 1
            elif run[end].text in NAME_PARTICLES:
                # "von der Leyen": particles, then a name word.
                probe = end
                while probe < len(run) and run[probe].text in NAME_PARTICLES and probe - end < 3:
                    probe += 1
                if probe < len(run) and name_like(run[probe]):
                    end = probe + 1
                else:
                    break
            else:
                break
        blocks.append((index, end))
        index = end
    return blocks


def _in_run(text: str, run: list[Token]) -> list[Person]:
    found: list[Person] = []
    left = 0
    for first, last in _blocks(run):
        size = sum(1 for token in run[first:last] if token.text not in NAME_PARTICLES)
        role_tokens = run[left:first]
        # The role starts after an owner's possessive ("the Foreign Ministry's Deputy...").
        owner: list[Token] = []
        for index in range(len(role_tokens) - 1, -1, -1):
            if role_tokens[index].possessive:
                owner = role_tokens[: index + 1]
                role_tokens = role_tokens[index + 1 :]
                break
        while role_tokens and not role_tokens[0].cap:
            role_tokens = role_tokens[1:]
        has_title = any(token.text in TITLE_HEADS for token in role_tokens)
        honorific = bool(role_tokens) and role_tokens[-1].text in HONORIFICS
        if size > 4 or (run[first:last][-1].possessive and size < 2):
            left = last
            continue
        if (size >= 2 and has_title) or (size == 1 and has_title and not honorific):
            name_tokens = run[first:last]
            start, end = name_tokens[0].start, name_tokens[-1].end
            person = Person(
                text[start:end],
                tuple(token.text for token in name_tokens if token.text not in NAME_PARTICLES),
                start,
                end,
                (role_tokens[0].start if role_tokens else start, end),
            )
            if size == 1:
                person.checks.append("only one name given; check it is the full name")
            roles_text = text[role_tokens[0].start : role_tokens[-1].end] if role_tokens else ""
            if roles_text and not honorific:
                person.roles.append(roles_text)
            person.country = _nationality(owner + role_tokens)
            if owner:
                person.org_name = _owner_org(text, owner)
                if person.org_name is None and person.country is None:
                    person.country = _nationality(owner)
            found.append(person)
            left = last
        elif size >= 2:
            left = last
    return found


def _nationality(tokens: list[Token]) -> str | None:
    """The country a role starts with ("South Korean Defense Minister" -> South Korea)."""
    words = [token.text for token in tokens]
    for size in (3, 2, 1):
        for index in range(min(len(words) - size + 1, 2)):
            if index and words[0] not in ("the", "The"):
                break
            candidate = " ".join(words[index : index + size])
            entry = by_word().get(candidate) or by_word().get(candidate.rstrip("."))
            if entry is not None:
                return entry[0].name
    return None


def _owner_org(text: str, owner: list[Token]) -> str | None:
    words = [token for token in owner if token.cap]
    if words and words[-1].text in ORG_HEADS:
        start = next(
            (token.start for token in words if token.text not in by_word()), words[-1].start
        )
        return re.sub(r"['’]s?$", "", text[start : words[-1].end])
    return None


def _speakers(text: str, tokens: list[Token]) -> list[Person]:
    """Untitled people who speak: "said Ana Pérez", "Ana Pérez said", "according to Ana Pérez"."""
    found: list[Person] = []
    index = 0
    while index < len(tokens):
        if not name_like(tokens[index]):
            index += 1
            continue
        end = index + 1
        while (
            end < len(tokens)
            and text[tokens[end - 1].end : tokens[end].start] == " "
            and (
                name_like(tokens[end])
                or (tokens[end].text in NAME_PARTICLES and end + 1 < len(tokens))
            )
        ):
            end += 1
        block = tokens[index:end]
        size = sum(1 for token in block if token.text not in NAME_PARTICLES)
        before = tokens[index - 1].text if index else ""
        before2 = tokens[index - 2].text if index > 1 else ""
        after = tokens[end].text if end < len(tokens) else ""
        honorific = before in HONORIFICS
        lowered_title = before.lower() in _LOWER_HEADS and not tokens[index - 1].cap
        introduced = bool(_ROLE_AFTER.match(text, block[-1].end)) and _role_ok(
            _ROLE_AFTER.match(text, block[-1].end)["role"]  # type: ignore[index]
        )
        of_org = _OF_ORG.match(text, block[-1].end)
        if of_org is not None:
            words = of_org["org"].split()
            introduced = introduced or words[-1] in ORG_HEADS or words[0].isupper()
        role_before = _ROLE_BEFORE.search(text, max(0, block[0].start - 80), block[0].start)
        if role_before is not None and not text.startswith(",", block[-1].end):
            role_before = None
        speaks = (
            lowered_title
            or role_before is not None
            or introduced
            or (
                before in SPEECH_VERBS
                or after in SPEECH_VERBS
                or (before == "to" and before2 == "according")
            )
        )
        if 2 <= size <= 4 and (speaks or honorific) and not block[-1].possessive:
            start, stop = block[0].start, block[-1].end
            person = Person(
                text[start:stop], tuple(t.text for t in block), start, stop, (start, stop)
            )
            if role_before is not None:  # "his Australian counterpart, Richard Marles,"
                person.roles.append(role_before["role"])
                person.country = _nationality_words(role_before["role"].split())
            if lowered_title:
                first = index - 1
                while (
                    first > 0
                    and index - first < 5
                    and (
                        tokens[first - 1].text.lower() in _LOWER_ROLE
                        or tokens[first - 1].text.lower() in _MODIFIERS
                        or (tokens[first - 1].cap and tokens[first - 1].text not in NOT_NAMES)
                    )
                    and text[tokens[first - 1].end : tokens[first].start] == " "
                ):
                    first -= 1
                role = text[tokens[first].start : tokens[index - 1].end]
                person.roles.append(role)
                person.country = _nationality_words(role.split())
                person.evidence = (tokens[first].start, stop)
            found.append(person)
        elif size == 1 and honorific:
            start, stop = tokens[index - 1].start, block[-1].end
            person = Person(block[0].text, (block[0].text,), block[0].start, stop, (start, stop))
            person.checks.append("named only with an honorific; check the full name")
            found.append(person)
        index = end
    return found


def _appositive(text: str, person: Person) -> None:
    """Roles written after the name: "Kishi, the defense minister," and "X of the OECD"."""
    match = _ROLE_AFTER.match(text, person.end)
    if match is not None:
        role = match["role"]
        words = role.split()
        if _role_ok(role):
            if role not in person.roles:
                person.roles.append(role)
            if person.country is None:
                person.country = _nationality_words(words)
    org = _OF_ORG.match(text, person.end)
    if org is not None and person.org_name is None:
        words = org["org"].split()
        if words[-1] in ORG_HEADS or (words[0].isupper() and len(words[0]) >= 2):
            person.org_name = words[0] if words[0].isupper() else org["org"]


def _role_ok(role: str) -> bool:
    """Whether an appositive is a role ("the German defense minister"), not any phrase."""
    words = role.split()
    return (
        0 < len(words) <= 8
        and any(w.lower().rstrip(".,") in _APPOSITIVE_HEADS for w in words)
        and all(word.replace("-", "").replace("'", "").isalpha() for word in words)
    )


def _nationality_words(words: list[str]) -> str | None:
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            candidate = " ".join(words[index : index + size]).removesuffix("'s")
            entry = by_word().get(candidate)
            if entry is not None:
                return entry[0].name
    return None
