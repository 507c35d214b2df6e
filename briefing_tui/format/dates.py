"""A subset of EDTF dates, with a qualifier, resolved to the range of days they can mean.

`date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each optionally followed by `~` (approximate), `?`
(uncertain) or `%` (both), or an interval `A/B` of two such values where either end may be `..`
(open). The qualifiers say how sure the article is; they do not widen the range. `mod` narrows or
opens the range the way the article words it ("mid-March", "before April", "as early as").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefing_tui.format.model import DateMod, When

__all__ = ["DateError", "resolve", "whole_months"]

DayRange = tuple[dt.date | None, dt.date | None]

_VALUE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?[~?%]?")
_OPEN = ".."
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names by number (not the locale's, as `calendar` would give)."""


class DateError(ValueError):
    """A `when.date` or `when.mod` that is malformed or names no real day.

    `str()` of it is the message for the user.
    """


def resolve(date: str | None, mod: DateMod | str | None = None) -> DayRange:
    """The (earliest, latest) days `date` qualified by `mod` can fall on; None at an open end.

    No `date` means undated: `(None, None)`, and `mod` is then ignored. Raises `DateError` for a
    malformed or impossible value, a reversed interval, or a `mod` that cannot apply to the range.
    """
    if date is None:
        return (None, None)
    return _resolve(date, _mod(mod))


def _mod(mod: DateMod | str | None) -> DateMod | None:
    if mod is None or isinstance(mod, DateMod):
        return mod
    try:
        return DateMod(mod)
    except ValueError:
        choices = ", ".join(member.value for member in DateMod)
        raise DateError(f'unknown date mod "{mod}" (one of {choices})') from None


@lru_cache(maxsize=8192)
def _resolve(date: str, mod: DateMod | None) -> DayRange:
    earliest, latest = _parse(date)
    if mod is None or mod is DateMod.APPROX:
        return (earliest, latest)
    if mod in (DateMod.START, DateMod.MID, DateMod.END):
        if earliest is None or latest is None:
            raise DateError(f'"{mod}" needs a closed date range, but "{date}" is open-ended')
        return _third(earliest, latest, mod)
    try:
        if mod is DateMod.BEFORE:
            return (None, _need(earliest, mod, date) - dt.timedelta(days=1))
        if mod is DateMod.AFTER:
            return (_need(latest, mod, date) + dt.timedelta(days=1), None)
    except OverflowError:
        raise DateError(f'"{mod}" {date} falls outside the supported years 1-9999') from None
    if mod is DateMod.ON_OR_BEFORE:
        return (None, _need(latest, mod, date))
    return (_need(earliest, mod, date), None)


def _need(day: dt.date | None, mod: DateMod, date: str) -> dt.date:
    if day is None:
        side = "start" if mod in (DateMod.BEFORE, DateMod.ON_OR_AFTER) else "end"
        raise DateError(f'"{mod}" needs a known {side}, but "{date}" has an open {side}')
    return day


@lru_cache(maxsize=8192)
def _parse(date: str) -> DayRange:
    if "/" not in date:
        if date == _OPEN:
            raise DateError(
                '".." (an open end) is only allowed in an interval such as "2022-04/.."'
            )
        return _value(date)
    start_text, _, end_text = date.partition("/")
    if "/" in end_text:
        raise DateError(f'"{date}" has more than one "/"; an interval is START/END')
    if start_text == _OPEN and end_text == _OPEN:
        raise DateError(f'"{date}" is open at both ends; give at least one date')
    earliest = None if start_text == _OPEN else _value(start_text)[0]
    latest = None if end_text == _OPEN else _value(end_text)[1]
    if earliest is not None and latest is not None and earliest > latest:
        raise DateError(f'"{date}" ends before it starts')
    return (earliest, latest)


def _value(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day of one `YYYY[-MM[-DD]]` value."""
    match = _VALUE.fullmatch(text)
    if match is None:
        raise DateError(
            f'"{text}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by'
            ' ~ (approximate), ? (uncertain) or % (both), or an interval START/END with ".."'
            " for an open end"
        )
    year = int(match["year"])
    if year < dt.MINYEAR:
        raise DateError(f'"{text}": year 0000 does not exist (years run from 0001)')
    if match["month"] is None:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31))
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise DateError(f'"{text}": month {match["month"]} does not exist (01-12)')
    days_in_month = _days_in_month(year, month)
    if match["day"] is None:
        return (dt.date(year, month, 1), dt.date(year, month, days_in_month))
    day = int(match["day"])
    if not 1 <= day <= days_in_month:
        raise DateError(
            f'"{text}" is not a real day: {MONTH_NAMES[month]} {year} has {days_in_month} days'
        )
    return (dt.date(year, month, day), dt.date(year, month, day))


def _third(earliest: dt.date, latest: dt.date, mod: DateMod) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of a closed range, the way people mean "early/mid/late".

    A single month splits into days 1-10, 11-20 and 21 to its end; a run of whole months whose
    count divides by three (a year, a quarter, a fiscal year) splits by months; any other range
    splits by days, a single day staying itself.
    """
    if earliest == latest:
        return (earliest, latest)
    months = whole_months(earliest, latest)
    if months == 1:
        bounds = (
            (earliest, earliest.replace(day=10)),
            (earliest.replace(day=11), earliest.replace(day=20)),
            (earliest.replace(day=21), latest),
        )
    elif months and months % 3 == 0:
        step = months // 3
        first_end = _add_months(earliest, step) - dt.timedelta(days=1)
        second_end = _add_months(earliest, 2 * step) - dt.timedelta(days=1)
        bounds = (
            (earliest, first_end),
            (first_end + dt.timedelta(days=1), second_end),
            (second_end + dt.timedelta(days=1), latest),
        )
    else:
        days = (latest - earliest).days + 1
        if days < 3:
            bounds = ((earliest, earliest), (earliest, latest), (latest, latest))
        else:
            third = dt.timedelta(days=days // 3)
            bounds = (
                (earliest, earliest + third - dt.timedelta(days=1)),
                (earliest + third, latest - third),
                (latest - third + dt.timedelta(days=1), latest),
            )
    return bounds[(DateMod.START, DateMod.MID, DateMod.END).index(mod)]


def whole_months(earliest: dt.date, latest: dt.date) -> int:
    """How many whole calendar months the range covers exactly, or 0 when it is not whole months."""
    if earliest.day != 1 or latest.day != _days_in_month(latest.year, latest.month):
        return 0
    return (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1


def _days_in_month(year: int, month: int) -> int:
    """The length of a month (what `calendar.monthrange` gives, without importing `calendar`)."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return day.replace(year=day.year + index // 12, month=index % 12 + 1)


def date_range(when: When) -> str:
    """The day range in a few characters, for the reader's lists and the exports: `2021-03`,
    `2021-03-11..20`, `≤2021-03-05`, `undated`."""
    first, last = when.earliest, when.latest
    if first is None and last is None:
        return "undated"
    if first is None:
        assert last is not None
        return f"≤{last.isoformat()}"
    if last is None:
        return f"≥{first.isoformat()}"
    if first == last:
        return first.isoformat()
    months = whole_months(first, last)
    if months == 1:
        return f"{first.year:04d}-{first.month:02d}"
    if months == 12 and first.month == 1:
        return f"{first.year:04d}"
    if months:
        return f"{first.year:04d}-{first.month:02d}..{last.year:04d}-{last.month:02d}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.isoformat()}..{last.day:02d}"
    if first.year == last.year:
        return f"{first.isoformat()}..{last.month:02d}-{last.day:02d}"
    return f"{first.isoformat()}..{last.isoformat()}"
