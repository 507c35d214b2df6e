"""Sentences of an article with their offsets, and what their verbs say about time.

Offsets index the article text exactly as given, so every span found inside a sentence is a span
of the article that a quote can anchor to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n|\n(?=\s*[A-Z\"“])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Capt|Adm|Maj|Sgt|St|Jr|Sr|Co|Corp|Inc|Ltd|"
    r"No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|U\.S|U\.K|U\.N|E\.U)"
    r"|\b[A-Z])[.]$"
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[\w.]|[^\W\d_]|\d[\d,.:]*\d|\d")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: `[start, end)` in the article, and its text."""

    start: int
    end: int
    text: str
    index: int


def split(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of `text[start:]`, trimmed of surrounding whitespace, in order."""
    found: list[Sentence] = []
    begin = start
    for match in _END.finditer(text, start):
        candidate = text[begin : match.start() + 1]
        if match.group().startswith(".") and _ABBREVIATION.search(candidate):
            # "U.S. officials", "Mr. Kim", "J. Smith": an abbreviation, not a sentence's end.
            continue
        stop = match.start() + (0 if match.group()[0].isspace() else len(match.group().rstrip()))
        _add(found, text, begin, stop)
        begin = match.end()
    _add(found, text, begin, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, text[start:end], len(found)))


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The words of `text` as (start, end, word), offsets shifted by `offset`."""
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


class Tense(StrEnum):
    """What a clause's verbs say about when it happens."""

    PAST = "past"
    PERFECT = "perfect"
    PRESENT = "present"
    FUTURE = "future"


_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going to|plans? to|planned to|planning to|preparing to|prepares? to|"
    r"intends? to|aims? to|is to|are to|set to|scheduled to|due to|expected to|likely to|"
    r"would|could|should|must|ought to|may|might|hopes? to|seeks? to|upcoming|next|later|"
    r"need to|needs to|"
    r"to be held|to visit|to meet|to hold)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|just\s+|not\s+|yet\s+|also\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|un|wn|ght|ne|de|ft|pt|lt|nt)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|did|said|told|held|met|took|made|gave|went|came|began|agreed|announced|"
    r"signed|called|left|sent|spoke|wrote|brought|found|saw|won|lost|struck|hit|fell|rose|ran|"
    r"led|paid|sold|bought|set|cut|put|kept|thought|became|chose|flew|drew|grew|knew|"
    r"[a-z]{2,}ed)\b",
    re.IGNORECASE,
)


def tense(clause: str) -> Tense:
    """The tense a clause's verbs point to; future and modal words win over past forms.

    "officials said they will meet" is future for the meeting: the caller passes the clause
    around the time expression, so a reported future is found as future.
    """
    if _FUTURE.search(clause):
        return Tense.FUTURE
    if _PERFECT.search(clause):
        return Tense.PERFECT
    if _PAST.search(clause):
        return Tense.PAST
    return Tense.PRESENT


_REPORTING = re.compile(
    r"^(?:said|says|told|tells|saw|sees|thinks?|thought|believes?|believed|expects?|expected|"
    r"hopes?|hoped|added|noted|warned|argued|wrote|asked|stated)$",
    re.I,
)


_MODAL_BEFORE = re.compile(
    r"\b(?:to|will|would|could|may|might|can|should|must|shall)\s+(?:\w+ly\s+)?$", re.I
)
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|newly|recently|already)\s+$",
    re.I,
)


def _adjective(clause: str, match: re.Match[str]) -> bool:
    """ "a revised budget", "the United States": a past form that is no verb here."""
    word = match.group()
    if word[:1].isupper() and match.start() > 0:
        return True
    return bool(_DETERMINER.search(clause[max(0, match.start() - 12) : match.start()]))


def nearest_tense(clause: str, at: int) -> Tense | None:
    """The tense of the verb that governs position `at` of `clause`: the nearest verb before it
    that does not just report ("said", "saw"), else the first after it; None without a verb.

    "He told Reuters he saw chances of a cut in the summer" has no governing verb for "in the
    summer" (both verbs report), so the caller falls back to the nearest reading.
    """
    found: list[tuple[int, Tense, str]] = []
    perfect: list[tuple[int, int]] = []
    for pattern, kind in ((_FUTURE, Tense.FUTURE), (_PERFECT, Tense.PERFECT), (_PAST, Tense.PAST)):
        for match in pattern.finditer(clause):
            if kind is Tense.PAST and (
                _adjective(clause, match) or any(a <= match.start() < b for a, b in perfect)
            ):
                continue
            reading = kind
            if kind is Tense.PAST and _MODAL_BEFORE.search(clause, 0, match.start()):
                reading = Tense.FUTURE  # "could cut", "to set": not a past form here
            found.append((match.start(), reading, match.group()))
            if kind is Tense.PERFECT:
                perfect.append(match.span())
    found.sort()
    before = [item for item in found if item[0] < at and not _REPORTING.match(item[2])]
    if before:
        return before[-1][1]
    after = [item for item in found if item[0] >= at and not _REPORTING.match(item[2])]
    return after[0][1] if after else None


CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s--\s|\s\(|\)\s|\bwhile\b|\bbut\b|\bwhereas\b")


def clause_around(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The article span of the clause of `sentence` that holds `[start, end)`."""
    low, high = sentence.start, sentence.end
    for match in CLAUSE_BREAK.finditer(sentence.text):
        at = sentence.start + match.start()
        if at < start:
            low = sentence.start + match.end()
        elif at >= end:
            high = at
            break
    return low, high
