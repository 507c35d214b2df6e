"""What a time expression means: a value of the EDTF subset with its first and last day.

The tagger's handlers build these; `first`/`last` let a qualifier compute from the range ("by
a year from the end of March" starts the day after March ends).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_tui.draft import calendar as cal
from briefing_tui.draft.sentences import Tense


@dataclass(frozen=True, slots=True)
class Value:
    date: str
    first: dt.date
    last: dt.date
    mod: str | None = None
    check: str | None = None


def months(first: tuple[int, int], last: tuple[int, int], mod: str | None = None) -> Value:
    start = dt.date(first[0], first[1], 1)
    end = cal.month_range(*last)[1]
    return Value(cal.interval(cal.month(*first), cal.month(*last)), start, end, mod)


def days(first: dt.date, last: dt.date, mod: str | None = None) -> Value:
    return Value(cal.interval(cal.day(first), cal.day(last)), first, last, mod)


def year(year: int, mod: str | None = None) -> Value:
    return Value(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), mod)


def in_year(month: int, day: int | None, year: str | None, anchor: dt.date, t: Tense) -> Value:
    if year:
        chosen = int(year)
    else:
        first, last = cal.month_range(anchor.year, month)
        if day is not None:
            first = last = dt.date(anchor.year, month, min(day, last.day))
        chosen = anchor.year + cal.year_of(first, last, anchor, t)
    if day is None:
        return months((chosen, month), (chosen, month))
    single = dt.date(chosen, month, min(day, cal.last_day(chosen, month)))
    return days(single, single)


def first_of(value: str) -> dt.date:
    parts = [int(part) for part in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_of(value: str) -> dt.date:
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    month = parts[1] if len(parts) > 1 else 12
    return cal.month_range(parts[0], month)[1]
