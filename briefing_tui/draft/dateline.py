"""The dateline of an article: where it was filed and, when it says so, on which day.

Reads the forms news use at the top of a story: "BRUSSELS, June 14, 2024 --", "date 2021-03-05
TOKYO --", "SEOUL, 3 March 2024 (Yonhap) —", "WASHINGTON (AP) --", "Paris -- ".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing_tui.draft.calendar import MONTHS

_MONTH = "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True))
_DASH = r"(?:--|—|–|-|:)"
_PLACE = r"(?P<place>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?)"
_AGENCY = r"(?:\s*\((?P<agency>[^)\n]{1,40})\))?"
_FORMS = (
    re.compile(
        rf"\A\s*(?:date\s+)?(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\s+{_PLACE}{_AGENCY}\s*{_DASH}\s",
        re.I,
    ),
    re.compile(
        rf"\A\s*{_PLACE},\s*(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})|"
        rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}),?\s+(?P<year2>\d{{4}})|"
        rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})){_AGENCY}\s*{_DASH}\s"
    ),
    re.compile(
        rf"\A\s*{_PLACE},\s*(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+"
        rf"(?P<month2>{_MONTH})){_AGENCY}\s*{_DASH}\s"
    ),
    re.compile(rf"\A\s*{_PLACE}{_AGENCY}\s*(?:--|—|–|-)\s"),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the dateline says: the day (or None), the place (or None), and its span."""

    published: dt.date | None
    place: str | None
    start: int
    end: int
    source: str | None = None
    month_day: tuple[int, int] | None = None
    """A dateline's month and day when it gives no year ("SEOUL, March 3 (Yonhap) -")."""


def parse(text: str) -> Dateline:
    """The dateline at the top of `text`; a Dateline with nothing in it when there is none."""
    head = text[:400]
    for form in _FORMS:
        match = form.match(head)
        if match is None:
            continue
        place = _place(match["place"])
        if place is None:
            continue
        published = _date(match)
        groups = match.groupdict()
        month_day = None
        if published is None and (groups.get("month") or groups.get("month2")):
            month = MONTHS[groups.get("month") or groups["month2"]]
            month_day = (month, int(groups.get("day") or groups["day2"]))
        start = len(head) - len(head.lstrip())
        return Dateline(published, place, start, match.end(), groups.get("agency"), month_day)
    return Dateline(None, None, 0, 0)


def _place(raw: str) -> str | None:
    words = raw.strip().rstrip(",")
    if not words or len(words) > 60:
        return None
    first = words.split(",")[0]
    letters = [char for char in first if char.isalpha()]
    if letters and all(char.isupper() for char in letters):
        # "NEW YORK" -> "New York", "FRANKFURT, Germany" -> "Frankfurt, Germany"; "U.S." stays.
        words = " ".join(
            part if "." in part or not part.isupper() else _title(part) for part in words.split(" ")
        )
    elif words.split()[0].lower() in {"the", "a", "an", "in", "on", "at", "by"}:
        return None
    return words


def _title(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            return dt.date.fromisoformat(groups["iso"])
        if groups.get("year"):
            return dt.date(int(groups["year"]), MONTHS[groups["month"]], int(groups["day"]))
        if groups.get("year2"):
            return dt.date(int(groups["year2"]), MONTHS[groups["month2"]], int(groups["day2"]))
    except ValueError:
        return None
    return None
