"""The article's leading dateline ("TOKYO --", " date 2021-03-05 TOKYO --"), found to be drawn as
a dateline rather than as a stray start of the first sentence (no Textual import).

The text is kept verbatim: only its look changes.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"""\A\s*
    (?:date(?:line)?\s*:?\s*)?                 # a scraped field name
    (?:\d{4}-\d{2}-\d{2}\s+)?                   # an ISO date
    (?:[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}\s*)?   # PLACE, State
    (?:\((?:[A-Z][\w .&-]{0,30})\)\s*)?         # (Agency)
    (?:--|—|–|-)\s""",
    re.VERBOSE,
)

_MAX_LENGTH = 80
"""A dateline is short; anything longer is the article's own words."""


def leading_dateline(text: str) -> tuple[int, int] | None:
    """`(start, end)` of a dateline opening `text`, without the spaces around it; None when the
    text does not open with one (it needs a date or an all-caps place before a dash)."""
    match = _DATELINE.match(text[: _MAX_LENGTH + 2])
    if match is None:
        return None
    found = match.group(0)
    body = found.strip()
    has_date = re.search(r"\d{4}-\d{2}-\d{2}", body) is not None
    has_place = re.search(r"\b[A-Z]{3,}\b", body) is not None
    if not (has_date or has_place) or len(body) > _MAX_LENGTH:
        return None
    start = len(found) - len(found.lstrip())
    return start, start + len(body)
