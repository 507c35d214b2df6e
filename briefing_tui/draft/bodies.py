"""Organisations and countries named in an article.

Organisations: capitalised phrases that end in a body's word ("the Defense Ministry", "Liberal
Democratic Party", "Ministry of Foreign Affairs"), acronyms ("OECD"), bodies named by a building
("the Pentagon"), and a country's lower-case bodies ("Chinese coast guard", "U.S. military").
Countries: by name, by capital where the capital stands for the government ("Washington and
Tokyo have begun"; not "in Tokyo"), and by demonym ("a Japanese official").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.draft.countries import Country, by_word, countries
from briefing_tui.draft.lexicon import (
    COMMON_ORG_NOUNS,
    NOT_NAMES,
    ORG_HEADS,
    STANDALONE_ORGS,
    TITLE_HEADS,
)
from briefing_tui.draft.tokens import Token

_GEO_AFTER = frozenset(
    str.split(
        "Sea Seas Islands Island Ocean Strait Peninsula River Gulf Bay Airlines Times Post Daily "
        "Herald Institute University Cup Open"
    )
)
_COMPASS = frozenset(str.split("South North East West Southeast Northeast Central"))
_LOCATIVE = frozenset(
    str.split(
        "in at to from into near visit visited visits visiting toward towards outside around "
        "across "
        "via through arrived arrive left leave reached based flew fly"
    )
)
_NOT_ACRONYMS = frozenset(
    str.split("AM PM GMT UTC EDT EST BST CET JST KST TV OK II III IV CEO CFO COO USS HMS")
)


@dataclass(slots=True)
class Body:
    """An organisation or a country found in the article."""

    name: str
    kind: str
    evidence: tuple[int, int]
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    country: str | None = None


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.-]){pattern}(?![\w-]|\.\w)")


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern[str]:
    """Every name, capital and demonym in one pattern, longest first ("North Korea", "Korea")."""
    words = sorted(by_word(), key=len, reverse=True)
    return _words("(?:" + "|".join(re.escape(word) for word in words) + ")")


def countries_in(text: str, skip: tuple[int, int]) -> list[Body]:
    """The countries the article names, refers to by capital or qualifies by demonym."""
    found: dict[str, Body] = {}
    for match in _country_words().finditer(text):
        word = match.group()
        country, kind = by_word()[word]
        start, end = match.span()
        if start < skip[1] and end > skip[0]:
            continue
        if not _counts(text, start, end, kind):
            continue
        body = found.get(country.name)
        if body is None:
            body = found[country.name] = Body(country.name, "country", (start, end))
            body.country = country.name
        body.mentions.append((start, end))
        if kind != "demonym" and word != country.name and word not in body.aliases:
            body.aliases.append(word)
        if kind == "name" and body.evidence and _kind_at(text, body.evidence) == "demonym":
            body.evidence = (start, end)
    for body in found.values():
        body.mentions.sort()
        first_name = next(
            (span for span in body.mentions if _kind_at(text, span) != "demonym"), None
        )
        body.evidence = first_name or body.mentions[0]
    return sorted(found.values(), key=lambda body: body.mentions[0])


def _kind_at(text: str, span: tuple[int, int]) -> str:
    entry = by_word().get(text[span[0] : span[1]])
    return entry[1] if entry else "name"


def _counts(text: str, start: int, end: int, kind: str) -> bool:
    after = text[end : end + 20].split()
    before = text[max(0, start - 25) : start].split()
    next_word = after[0].strip(",.;:") if after else ""
    if text[end : end + 1] == " " and next_word in _GEO_AFTER:
        return False
    if before and before[-1] in _COMPASS and text[start - 1 : start] == " ":
        return False
    if kind == "capital":
        if text[end : end + 6] == "-based":
            return False
        return not (before and before[-1].lower().strip(",") in _LOCATIVE)
    if kind == "demonym" and next_word in ("side",):
        return True
    return True


def organisations(
    text: str, runs: list[list[Token]], people_spans: list[tuple[int, int]], skip: tuple[int, int]
) -> list[Body]:
    """The organisations the article names, first mention first."""
    found: dict[str, Body] = {}

    def add(name: str, span: tuple[int, int], country: str | None = None) -> Body:
        key = name.lower()
        body = found.get(key)
        if body is None:
            body = found[key] = Body(name, "organization", span, country=country)
        body.mentions.append(span)
        return body

    for run in runs:
        for name, span in _headed(text, run, people_spans):
            add(name, span)
        for token in run:
            if _acronym(token) and not (skip[0] <= token.start < skip[1]):
                add(token.text, (token.start, token.start + len(token.text)))
    for written, name in STANDALONE_ORGS.items():
        for match in _words(re.escape(written)).finditer(text):
            add(name, match.span())
    for match in _STAFF_OF.finditer(text):
        add(match["org"], match.span("org"))
    _country_bodies(text, add)
    _expansions(text, found)
    return sorted(found.values(), key=lambda body: body.mentions[0])


def _headed(
    text: str, run: list[Token], people_spans: list[tuple[int, int]]
) -> list[tuple[str, tuple[int, int]]]:
    found = []
    for index, token in enumerate(run):
        if token.text not in ORG_HEADS:
            continue
        first = index
        while (
            first > 0
            and run[first - 1].cap
            and not run[first - 1].possessive
            and run[first - 1].text not in TITLE_HEADS
            and run[first - 1].text not in NOT_NAMES
            and not any(low <= run[first - 1].start < high for low, high in people_spans)
        ):
            first -= 1
        last = index
        if not token.possessive:
            probe = index + 1
            while (
                probe + 1 < len(run)
                and run[probe].text in ("of", "for", "on")
                and run[probe + 1].cap
            ):
                last = probe + 1
                while last + 1 < len(run) and (run[last + 1].cap or run[last + 1].text == "and"):
                    if run[last + 1].text in TITLE_HEADS or any(
                        low <= run[last + 1].start < high for low, high in people_spans
                    ):
                        break  # "Central Bank of Nigeria Governor Olayemi Cardoso"
                    last += 1
                probe = last + 1
            while run[last].text == "and":
                last -= 1
        if first == index and last == index and token.text not in ("Pentagon", "Kremlin"):
            continue
        start = run[first].start
        end = run[last].start + len(run[last].text)
        found.append((text[start:end], (start, end)))
    return found


_STAFF_OF = re.compile(
    r"\b(?:analysts?|economists?|officials?|executives?|spokes(?:man|woman|person)|researchers?|"
    r"strategists?|employees|workers|staff|lawyers?|engineers?|a unit|a subsidiary) "
    r"(?:at|of|from|for) (?:the )?(?P<org>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|&))*"
    r"(?<![.,]))"
)


def _acronym(token: Token) -> bool:
    word = token.text
    letters = [char for char in word if char.isalpha()]
    return (
        2 <= len(word) <= 6
        and len(letters) >= 2
        and all(char.isupper() for char in letters)
        and "." not in word
        and word not in _NOT_ACRONYMS
        and word not in by_word()
        and word not in NOT_NAMES
    )


def _country_bodies(text: str, add: object) -> None:
    nouns = "|".join(re.escape(noun) for noun in COMMON_ORG_NOUNS)
    owners = "|".join(
        re.escape(word) for word in sorted(by_word(), key=len, reverse=True) if word[:1].isupper()
    )
    pattern = re.compile(rf"(?<![\w.-])(?P<owner>{owners})(?P<pos>['’]s)?\s+(?P<noun>{nouns})\b")
    canonical: dict[tuple[str, str], object] = {}
    for match in pattern.finditer(text):
        if match["noun"] == "military" and not _heads_a_phrase(text, match.end()):
            continue  # "China's military expansion": an adjective, not the body
        country: Country = by_word()[match["owner"]][0]
        key = (country.name, match["noun"])
        span = match.span()
        if key in canonical:
            body = canonical[key]
            body.mentions.append(span)  # type: ignore[attr-defined]
            if match.group() not in body.aliases and match.group() != body.name:  # type: ignore[attr-defined]
                body.aliases.append(match.group())  # type: ignore[attr-defined]
            continue
        canonical[key] = add(match.group(), span, country.name)  # type: ignore[operator]


_FUNCTION_WORDS = frozenset(
    str.split(
        "in on at of to for and or said says has have had is are was were will would could may "
        "might which that who"
    )
)


def _heads_a_phrase(text: str, end: int) -> bool:
    following = text[end : end + 30]
    if not following.startswith(" "):
        return True
    word = following.split()[0] if following.split() else ""
    return word in _FUNCTION_WORDS or word.endswith("ed") or not word.isalpha()


def _expansions(text: str, found: dict[str, Body]) -> None:
    """ "International Monetary Fund" and "IMF": one body, two names."""
    for key, body in list(found.items()):
        if body.name.isupper() and key in found:
            for other in list(found.values()):
                initials = "".join(w[0] for w in other.name.split() if w[:1].isupper())
                if other is not body and initials == body.name:
                    other.aliases.append(body.name)
                    other.mentions.extend(body.mentions)
                    del found[key]
                    break
    for key, body in list(found.items()):
        match = re.search(rf"\(({re.escape(body.name)})\)", text)
        if match is None or not body.name.isupper():
            continue
        for other in list(found.values()):
            if other is not body and text[: match.start()].rstrip().endswith(other.name):
                other.aliases.append(body.name)
                other.mentions.extend(body.mentions)
                del found[key]
                break


def all_countries() -> tuple[Country, ...]:
    """Every country the drafter knows."""
    return countries()
