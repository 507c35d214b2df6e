"""A time-expression tagger for news: phrases -> the format's EDTF subset plus `mod`.

`tag(text, anchor)` finds the time expressions of a text ("on Thursday", "as early as
mid-March", "fiscal 2022 and beyond", "by a year from the end of March") and resolves each from
the dateline `anchor`, reading weekdays and yearless months by the tense of their clause. Each
expression is a core (a day, a month, a weekday, a season, a relative unit) that the words before
it may qualify ("as early as", "by", "since") and the words after it may open ("and beyond").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing_tui.draft import calendar as cal
from briefing_tui.draft.sentences import Tense, tense
from briefing_tui.draft.timevalue import Value as _Value
from briefing_tui.draft.timevalue import days as _days
from briefing_tui.draft.timevalue import first_of as _first_of
from briefing_tui.draft.timevalue import in_year as _in_year
from briefing_tui.draft.timevalue import last_of as _last_of
from briefing_tui.draft.timevalue import months as _months
from briefing_tui.draft.timevalue import year as _year

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|" \
    r"a few|a couple of|\d{1,3})"  # fmt: skip
_UNIT = r"(?:days?|weeks?|months?|years?)"
_YEAR = r"(?:19|20)\d{2}"


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: where it is, its words, and what it means."""

    start: int
    end: int
    text: str
    date: str | None
    mod: str | None
    tense: Tense
    check: str | None = None


_Handler = Callable[[re.Match[str], dt.date, Tense], _Value | None]


def _iso(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    try:
        value = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return _days(value, value)


def _month_day(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    month, day = cal.MONTHS[m["month"]], int(m["day"])
    if not 1 <= day <= 31:
        return None
    return _in_year(month, day, m["year"], anchor, t)


def _part_of_month(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    part = (m["early"] or m["part"]).lower()
    mod = {"early": "start", "beginning": "start", "start": "start", "mid": "mid"}.get(part)
    mod = mod or {"middle": "mid", "late": "end", "end": "end"}[part]
    if m["month"]:
        base = _in_year(cal.MONTHS[m["month"]], None, m["year"], anchor, t)
    elif m["which"]:
        base = _year(anchor.year + {"last": -1, "next": 1}.get(m["which"].lower(), 0))
    elif m["the"] and m["unit"].lower() == "month":
        base = _in_year(anchor.month, None, str(anchor.year), anchor, t)
    elif m["the"]:
        base = _year(anchor.year)
    else:
        base = _year(int(m["yearonly"]))
    return _Value(base.date, base.first, base.last, mod)


def _half(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    which = m["which"].lower()
    if m["month"]:
        base = _in_year(cal.MONTHS[m["month"]], None, m["year"], anchor, t)
        middle = dt.date(base.first.year, base.first.month, 15)
        if which in ("first", "1st"):
            return _days(base.first, middle)
        return _days(middle + dt.timedelta(days=1), base.last)
    year = (
        int(m["year2"])
        if m["year2"]
        else anchor.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    )
    if m["kind"].lower() == "half":
        months = ((1, 6), (7, 12))[0 if which in ("first", "1st") else 1]
    else:
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "1st": 0, "2nd": 1}
        start = 1 + 3 * index.get(which, 3)
        months = (start, start + 2)
    return _months((year, months[0]), (year, months[1]))


def _month_year(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    year = m["year"]
    if m["rel"]:  # "in May next year"
        year = str(anchor.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0))
    return _in_year(cal.MONTHS[m["month"]], None, year, anchor, t)


def _month(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    month = cal.MONTHS[m["month"]]
    which = (m["which"] or "").lower()
    if which in ("last", "next", "this"):
        offset = {"last": Tense.PAST, "next": Tense.FUTURE, "this": Tense.PRESENT}[which]
        first, last = cal.month_range(anchor.year, month)
        years = cal.year_of(first, last, anchor, offset)
        if which != "this" and first <= anchor <= last:
            years += -1 if which == "last" else 1
        return _months((anchor.year + years, month), (anchor.year + years, month))
    if month == 5 and not m["prep"]:
        return None  # "may" is a verb far more often than a month
    return _in_year(month, None, None, anchor, t)


def _fiscal(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    year = int(m["year"])
    return _Value(
        f"{year:04d}-04/{year + 1:04d}-03",
        dt.date(year, 4, 1),
        dt.date(year + 1, 3, 31),
        check="fiscal year taken to start in April (Japan, UK, India); the U.S. starts in October",
    )


def _season(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    name = m["season"].lower()
    which = (m["which"] or "").lower()
    if name == "fall" and not (which or m["year"]):
        return None
    start = cal.SEASONS[name]
    if m["year"]:
        year = int(m["year"])
    else:
        first = dt.date(anchor.year, start, 1)
        end_year, end_month = cal.add_months(anchor.year, start, 2)
        last = cal.month_range(end_year, end_month)[1]
        forced = {"last": Tense.PAST, "next": Tense.FUTURE, "this": Tense.PRESENT}.get(which, t)
        year = anchor.year + cal.year_of(first, last, anchor, forced)
        if which == "next" and first <= anchor:
            year += 0 if year > anchor.year else 1
    end_year, end_month = cal.add_months(year, start, 2)
    return _months((year, start), (end_year, end_month))


def _bare_year(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    return _year(int(m["year"]))


def _decade(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    start = int(m["decade"])
    return _Value(f"{start}/{start + 9}", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))


def _weekday(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    which = (m["which"] or "").lower()
    value = cal.weekday(cal.WEEKDAYS[m["weekday"]], anchor, t, which)
    check = None
    if which == "next" or (not which and t is Tense.PRESENT):
        check = "weekday read as the next one; check the tense"
    return _Value(cal.day(value), value, value, check=check)


def _relative(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    which, unit = m["which"].lower(), m["unit"].lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "week":
        start = dt.date.fromisoformat(cal.week(anchor, shift).split("/")[0])
        return _days(start, start + dt.timedelta(days=6))
    if unit == "weekend":
        ahead = (5 - anchor.weekday()) % 7
        saturday = anchor + dt.timedelta(days=ahead + 7 * shift)
        if shift < 0:
            saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        return _days(saturday, saturday + dt.timedelta(days=1))
    if unit == "month":
        year, month = cal.add_months(anchor.year, anchor.month, shift)
        return _months((year, month), (year, month))
    return _year(anchor.year + shift)


def _later_earlier(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    unit = m["unit"].lower()
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        first, last = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        first, last = cal.month_range(anchor.year, anchor.month)
    else:
        first, last = dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)
    if m["dir"].lower() == "later":
        return _days(anchor, last)
    return _days(first, anchor)


def _span_to_now(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    count = cal.number(m["count"] or "a") or 1
    unit = m["unit"]
    back = cal.ago(anchor, count, unit)
    forward = m["which"].lower() in ("coming", "next")
    if forward:
        ahead = cal.ago(anchor, count, unit, sign=1)
        return _Value(f"{cal.day(anchor)}/{ahead}", anchor, _last_of(ahead))
    return _Value(f"{back}/{cal.day(anchor)}", _first_of(back), anchor)


def _ago(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    count = cal.number(m["count"]) or 1
    sign = 1 if m["dir"].lower() in ("in", "within") else -1
    value = cal.ago(anchor, count, m["unit"], sign)
    if m["dir"].lower() == "within":
        return _Value(f"{cal.day(anchor)}/{value}", anchor, _last_of(value))
    return _Value(value, _first_of(value), _last_of(value), "approx")


def _deictic(m: re.Match[str], anchor: dt.date, t: Tense) -> _Value | None:
    word = m["word"].lower()
    if word in ("recently", "recent", "lately", "earlier"):
        return _Value(f"../{cal.day(anchor)}", dt.date.min, anchor)
    if word in ("soon", "shortly", "upcoming") or word.startswith("in the coming"):
        return _Value(f"{cal.day(anchor)}/..", anchor, dt.date.max)
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    value = anchor + dt.timedelta(days=shift)
    return _days(value, value)


_PREP = r"(?P<prep>\b(?:in|since|by|until|through|before|after|from|of|during|early|late|mid|" \
    r"as early as|as late as|starting|beginning|end of|until)\s+)?"  # fmt: skip
_CORES: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(pattern, flags), handler)
    for pattern, flags, handler in (
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", 0, _iso),
        (rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR})\b)?",
         0, _month_day),
        (rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR})\b)?",
         0, _month_day),
        (rf"\b(?:(?P<early>[Ee]arly|[Mm]id|[Ll]ate)[- ]|"
         rf"(?:the\s+)?(?P<part>beginning|start|middle|end)"
         rf"\s+of\s+(?:(?P<the>the|this)\s+(?P<unit>month|year)\b|(?P<which>last|next|this)\s+year\b|))"
         rf"(?:(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?|(?P<yearonly>{_YEAR}))?(?<=\w|\.)",
         0, _part_of_month),
        (rf"\b(?:the\s+)?(?P<which>first|second|third|fourth|1st|2nd)\s+(?P<kind>half|quarter)"
         rf"(?:\s+of\s+(?:(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?|(?P<year2>{_YEAR})|"
         rf"(?:(?P<rel>this|next|last|the)\s+year)))?", re.I, _half),
        (rf"\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?:(?P<year>{_YEAR})|(?P<rel>next|last|this)\s+"
         r"year)\b", 0, _month_year),
        (rf"{_PREP}(?P<core>(?:(?P<which>last|next|this)\s+)?\b(?P<month>{_MONTH}))(?![\w-])", 0,
         _month),
        (rf"\b(?:fiscal(?:\s+year)?\s*|FY\s?)(?P<year>{_YEAR})\b", re.I, _fiscal),
        (rf"\b(?:(?P<which>this|next|last|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
         rf"(?!\s+of\b)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b", re.I, _season),
        (r"\bthe\s+(?P<decade>(?:19|20)\d0)s\b", 0, _decade),
        (rf"\b(?:(?P<which>last|next|this|on|early|late)\s+)?(?P<weekday>{_WEEKDAY})(?:'s|’s)?"
         rf"(?:\s+(?:morning|afternoon|evening|night))?\b", 0, _weekday),
        (r"\b(?P<dir>later|earlier)\s+this\s+(?P<unit>week|month|year)\b", re.I, _later_earlier),
        (rf"\b(?:the\s+|over\s+the\s+)?(?P<which>past|last|previous|coming|next)\s+(?P<count>"
         rf"{_COUNT})\s+(?P<unit>{_UNIT})\b", re.I, _span_to_now),
        (r"\b(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>week|weekend|month|year)\b",
         re.I, _relative),
        (rf"\b(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier)\b", re.I, _ago),
        (rf"\b(?P<dir>in|within)\s+(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})\b(?!\s+(?:of|ago))",
         re.I, _ago),
        (r"\b(?P<word>recently|recent|lately|soon|shortly|upcoming|today|tonight|yesterday|"
         r"tomorrow|in the coming (?:days|weeks|months))\b", re.I, _deictic),
        (rf"\b(?P<prep>in|since|by|until|through|before|after|from|during|of|early|late)\s+"
         rf"(?P<year>{_YEAR})\b(?!-)", 0, _bare_year),
        (rf"\bthe\s+(?P<year>{_YEAR})(?=\s+[a-z])", 0, _bare_year),  # "the 2023 election"
        (rf"(?<![\w,.-])(?P<year>{_YEAR})(?=\s+(?:and|or)\s+(?:beyond|later|after)\b)", 0,
         _bare_year),
    )
)  # fmt: skip

_LEFT = re.compile(
    r"(?:\b(?P<q>as early as|as soon as|no earlier than|as late as|no later than|not before|"
    r"not until|until|till|through|by|before|after|since|from|around|about|approximately|"
    r"roughly|starting|beginning|in|on|during|at|within|for)\s+)$",
    re.I,
)
_INNER = re.compile(
    r"(?P<q>as early as|as late as|since|by|until|through|before|after|from|starting|beginning)\s+",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:by|for|of|over)\s+(?P<count>{_COUNT})\s+(?P<unit>years?|months?|weeks?|days?)\s+"
    r"(?:from|starting|beginning|after)\s+$",
    re.I,
)
_RIGHT = re.compile(r"^\s*(?:(?:and|or)\s+(?:beyond|later|after|onwards?)|onwards?)\b", re.I)
_QUALIFIER_MOD = {
    "as early as": "on-or-after", "as soon as": "on-or-after", "no earlier than": "on-or-after",
    "not before": "on-or-after", "not until": "on-or-after", "starting": "on-or-after",
    "beginning": "on-or-after", "from": "on-or-after", "as late as": "on-or-before",
    "no later than": "on-or-before", "until": "on-or-before", "till": "on-or-before",
    "through": "on-or-before", "by": "on-or-before", "before": "before", "after": "after",
    "around": "approx", "about": "approx", "approximately": "approx", "roughly": "approx",
}  # fmt: skip


def tag(
    text: str, anchor: dt.date, tense_of: Callable[[int, int], Tense] | None = None
) -> list[Timex]:
    """Every time expression of `text`, resolved from the dateline `anchor`, in order.

    `tense_of(start, end)` gives the tense of the clause around an expression; without it the
    tense of the whole text is used.
    """
    whole = tense(text) if tense_of is None else None
    found: list[tuple[int, int, _Handler, re.Match[str]]] = []
    for pattern, handler in _CORES:
        for match in pattern.finditer(text):
            start = match.start("core") if "core" in pattern.groupindex else match.start()
            if match.end() > start:
                found.append((start, match.end(), handler, match))
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    results: list[Timex] = []
    taken_until = -1
    for start, end, handler, match in found:
        if start < taken_until:
            continue
        clause_tense = whole if tense_of is None else tense_of(start, end)
        assert clause_tense is not None
        value = handler(match, anchor, clause_tense)
        if value is None:
            continue
        timex = _extend(text, start, end, value, anchor, clause_tense)
        if results and timex.start < results[-1].end:
            continue
        results.append(timex)
        taken_until = end
    return results


def _extend(text: str, start: int, end: int, value: _Value, anchor: dt.date, t: Tense) -> Timex:
    date, mod = value.date, value.mod
    before = text[max(0, start - 60) : start]
    duration = _DURATION.search(before)
    right = _RIGHT.match(text[end : end + 30])
    if duration:
        begin = value.last + dt.timedelta(days=1) if mod == "end" else value.first
        count = cal.number(duration["count"]) or 1
        date = cal.span_after(begin, count, duration["unit"], month_precision=True)
        mod = None
        start -= len(before) - duration.start()
    elif right:
        date, mod = f"{date.split('/')[0]}/..", None
        end += right.end()
    qualifier = _LEFT.search(text[max(0, start - 20) : start]) if not duration else None
    inner = _INNER.match(text, start, end) if not duration else None
    if qualifier or inner:
        word = (qualifier or inner)["q"].lower()  # type: ignore[index]
        if qualifier:
            start -= len(qualifier.group())
        if word == "since":
            date, mod = f"{date.split('/')[0]}/..", None
        elif word in _QUALIFIER_MOD and not (
            mod in ("start", "mid", "end") and _QUALIFIER_MOD[word] == "on-or-after"
        ):
            mod = _QUALIFIER_MOD[word] if "/.." not in date else mod
    if mod is not None and date.startswith(".."):
        mod = None
    return Timex(start, end, text[start:end], date, mod, t, value.check)
