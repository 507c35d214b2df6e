"""The article's own hedging, and what an event's tense and date make of its status."""

from __future__ import annotations

import re

_POSSIBLE = re.compile(
    r"\b(?:may|[Mm]ight|[Cc]ould|[Pp]ossibly|[Pp]ossible|[Pp]otential|[Pp]otentially|[Ww]ould|"
    r"[Cc]onsider(?:s|ing)?)\b"
)  # case-sensitive: "May" is the month
_LIKELY = re.compile(r"\b(?:likely|probably|probable)\b", re.I)
_EXPECTED = re.compile(r"\b(?:expected|expects?|anticipated?|set to|poised to)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|preparing|prepares?|scheduled|intends?|aims?|"
    r"agreed to|is to|are to|to be held|need to|needs to|upcoming)\b",
    re.I,
)
_ONGOING = re.compile(r"\b(?:have|has)\s+(?:begun|started|launched|been|continued)\b", re.I)


def certainty(clause: str) -> str:
    """stated, expected, likely or possible, by the words of the clause."""
    if _LIKELY.search(clause):
        return "likely"
    if _EXPECTED.search(clause):
        return "expected"
    if _POSSIBLE.search(clause):
        return "possible"
    return "stated"


def status(clause: str, hedge: str, before_dateline: bool, after_dateline: bool) -> str:
    """occurred, ongoing, planned, expected or possible."""
    if _ONGOING.search(clause):
        return "ongoing"
    if before_dateline and not after_dateline:
        return "occurred"
    if hedge == "possible":
        return "possible"
    if hedge in ("expected", "likely"):
        return "expected"
    if after_dateline and not before_dateline:
        return "planned"
    if after_dateline or _PLANNED.search(clause):
        return "planned" if _PLANNED.search(clause) else "ongoing"
    return "occurred"
