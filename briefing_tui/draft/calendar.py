"""Date arithmetic for the time-expression tagger, written out in the format's EDTF subset.

Every function returns what a `when` holds: `(date, mod)` with `date` in the subset the format
reads (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, intervals with `..` for an open end), so what the tagger
writes is checked by the same `briefing_tui.format.dates.resolve` the loader uses.
"""

from __future__ import annotations

import calendar
import datetime as dt

from briefing_tui.draft.sentences import Tense

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            (),
            ("January", "Jan."),
            ("February", "Feb."),
            ("March", "Mar."),
            ("April", "Apr."),
            ("May",),
            ("June", "Jun."),
            ("July", "Jul."),
            ("August", "Aug."),
            ("September", "Sept.", "Sep."),
            ("October", "Oct."),
            ("November", "Nov."),
            ("December", "Dec."),
        )
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
    "few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip


def number(word: str) -> int | None:
    """The value of a count written in words or digits ("two", "a", "12")."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def day(value: dt.date) -> str:
    """`YYYY-MM-DD`."""
    return value.isoformat()


def month(year: int, month_: int) -> str:
    """`YYYY-MM`."""
    return f"{year:04d}-{month_:02d}"


def last_day(year: int, month_: int) -> int:
    """The number of days of a month."""
    return calendar.monthrange(year, month_)[1]


def month_range(year: int, month_: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month_, 1), dt.date(year, month_, last_day(year, month_))


def add_months(year: int, month_: int, count: int) -> tuple[int, int]:
    """The month `count` months after (or before) the given one."""
    index = year * 12 + month_ - 1 + count
    return index // 12, index % 12 + 1


def year_of(first: dt.date, last: dt.date, anchor: dt.date, tense: Tense) -> int:
    """The offset in years (-1, 0, +1) that puts a yearless range where the tense says.

    Future: the first occurrence that has not ended by the dateline. Past and perfect: the last
    one that had begun by it. Present: the nearest.
    """

    def shifted(years: int) -> tuple[dt.date, dt.date]:
        return _shift_year(first, years), _shift_year(last, years)

    if tense is Tense.FUTURE:
        for years in (-1, 0, 1):
            if shifted(years)[1] >= anchor:
                return years
        return 1
    if tense in (Tense.PAST, Tense.PERFECT):
        for years in (1, 0, -1):
            if shifted(years)[0] <= anchor:
                return years
        return -1
    return min((-1, 0, 1), key=lambda years: _distance(shifted(years), anchor))


def _distance(bounds: tuple[dt.date, dt.date], anchor: dt.date) -> int:
    if bounds[0] <= anchor <= bounds[1]:
        return 0
    return min(abs((bounds[0] - anchor).days), abs((bounds[1] - anchor).days))


def _shift_year(value: dt.date, years: int) -> dt.date:
    year = value.year + years
    return value.replace(year=year, day=min(value.day, last_day(year, value.month)))


def weekday(target: int, anchor: dt.date, tense: Tense, qualifier: str = "") -> dt.date:
    """The day a weekday name means from the dateline, by tense and "last"/"next"/"this".

    "said on Thursday" is the latest Thursday up to the dateline (the dateline's own day
    included: news say "on Friday" of the day they are filed); "will meet on Thursday" the
    next one after it.
    """
    qualifier = qualifier.lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if qualifier == "last":
        return anchor - dt.timedelta(days=back or 7)
    if qualifier == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if qualifier == "this":
        return anchor + dt.timedelta(days=ahead)
    if tense in (Tense.PAST, Tense.PERFECT):
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead or 7)


def week(anchor: dt.date, weeks: int) -> str:
    """The Monday-to-Sunday week `weeks` from the dateline's week, as an interval of days."""
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=weeks)
    return f"{day(monday)}/{day(monday + dt.timedelta(days=6))}"


def interval(first: str, last: str) -> str:
    """`first/last`, or one value when both are the same."""
    return first if first == last else f"{first}/{last}"


def season(name: str, year: int) -> str:
    """A northern-hemisphere season of a year as an interval of months."""
    start = SEASONS[name.lower()]
    end_year, end_month = add_months(year, start, 2)
    return f"{month(year, start)}/{month(end_year, end_month)}"


def span_after(start: dt.date, count: int, unit: str, month_precision: bool) -> str:
    """The interval that starts at `start` and lasts `count` units ("a year from April")."""
    unit = unit.lower().rstrip("s")
    if unit in ("year", "month"):
        months = count * (12 if unit == "year" else 1)
        end_year, end_month = add_months(start.year, start.month, months - 1)
        if month_precision and start.day == 1:
            return f"{month(start.year, start.month)}/{month(end_year, end_month)}"
        end_year, end_month = add_months(start.year, start.month, months)
        day_ = min(start.day, last_day(end_year, end_month))
        end = dt.date(end_year, end_month, day_) - dt.timedelta(days=1)
        return f"{day(start)}/{day(end)}"
    days = count * (7 if unit == "week" else 1)
    return f"{day(start)}/{day(start + dt.timedelta(days=days - 1))}"


def ago(anchor: dt.date, count: int, unit: str, sign: int = -1) -> str:
    """The day, month or year `count` units before (sign -1) or after (+1) the dateline."""
    unit = unit.lower().rstrip("s")
    if unit == "year":
        return f"{anchor.year + sign * count:04d}"
    if unit == "month":
        year, month_ = add_months(anchor.year, anchor.month, sign * count)
        return month(year, month_)
    days = count * (7 if unit == "week" else 1)
    return day(anchor + dt.timedelta(days=sign * days))
