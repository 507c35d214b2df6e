"""The EDTF subset and mods resolve to the day ranges the format promises, and order honestly."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.format.dates import DateError, resolve
from briefing_tui.format.model import DateMod, When


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2021", ("2021-01-01", "2021-12-31")),
        ("2021-03", ("2021-03-01", "2021-03-31")),
        ("2021-04", ("2021-04-01", "2021-04-30")),
        ("2021-02", ("2021-02-01", "2021-02-28")),
        ("2020-02", ("2020-02-01", "2020-02-29")),
        ("2000-02", ("2000-02-01", "2000-02-29")),
        ("1900-02", ("1900-02-01", "1900-02-28")),
        ("2021-03-05", ("2021-03-05", "2021-03-05")),
        ("2020-02-29", ("2020-02-29", "2020-02-29")),
        ("0001-01-01", ("0001-01-01", "0001-01-01")),
        ("9999", ("9999-01-01", "9999-12-31")),
    ],
)
def test_a_value_covers_its_whole_unit(date: str, expected: tuple[str, str]) -> None:
    assert resolve(date, None) == (d(expected[0]), d(expected[1]))


@pytest.mark.parametrize("qualifier", ["~", "?", "%"])
@pytest.mark.parametrize("date", ["2021", "2021-03", "2021-03-05"])
def test_qualifiers_do_not_change_the_range(date: str, qualifier: str) -> None:
    assert resolve(date + qualifier, None) == resolve(date, None)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2021-03/2021-05", ("2021-03-01", "2021-05-31")),
        ("2021/2022", ("2021-01-01", "2022-12-31")),
        ("2021-03-05/2021-03-07", ("2021-03-05", "2021-03-07")),
        ("2021-03-05/2021-03-05", ("2021-03-05", "2021-03-05")),
        ("2021-03/2021-03-15", ("2021-03-01", "2021-03-15")),
        ("2021-03-20/2021-03", ("2021-03-20", "2021-03-31")),
        ("2021-03~/2021-05?", ("2021-03-01", "2021-05-31")),
        ("2022-04/..", ("2022-04-01", None)),
        ("../2021-03-05", (None, "2021-03-05")),
        ("../2021", (None, "2021-12-31")),
        ("2021-03-05~/..", ("2021-03-05", None)),
        ("../2021-03%", (None, "2021-03-31")),
    ],
)
def test_intervals_span_from_the_start_of_one_to_the_end_of_the_other(
    date: str, expected: tuple[str | None, str | None]
) -> None:
    start, end = expected
    assert resolve(date, None) == (
        d(start) if start else None,
        d(end) if end else None,
    )


def test_no_date_is_undated_whatever_the_mod() -> None:
    assert resolve(None, None) == (None, None)
    assert resolve(None, DateMod.MID) == (None, None)


@pytest.mark.parametrize(
    ("date", "mod", "expected"),
    [
        ("2021-03", "start", ("2021-03-01", "2021-03-10")),
        ("2021-03", "mid", ("2021-03-11", "2021-03-20")),
        ("2021-03", "end", ("2021-03-21", "2021-03-31")),
        ("2021-02", "end", ("2021-02-21", "2021-02-28")),
        ("2020-02", "end", ("2020-02-21", "2020-02-29")),
        ("2021-04", "end", ("2021-04-21", "2021-04-30")),
        ("2021", "start", ("2021-01-01", "2021-04-30")),
        ("2021", "mid", ("2021-05-01", "2021-08-31")),
        ("2021", "end", ("2021-09-01", "2021-12-31")),
        ("2021-03-05", "start", ("2021-03-05", "2021-03-05")),
        ("2021-03-05", "mid", ("2021-03-05", "2021-03-05")),
        ("2021-03-05", "end", ("2021-03-05", "2021-03-05")),
        # whole months in a multiple of three split by months: a fiscal year, a quarter
        ("2022-04/2023-03", "start", ("2022-04-01", "2022-07-31")),
        ("2022-04/2023-03", "mid", ("2022-08-01", "2022-11-30")),
        ("2022-04/2023-03", "end", ("2022-12-01", "2023-03-31")),
        ("2021-01/2021-03", "mid", ("2021-02-01", "2021-02-28")),
        # any other closed range splits by days
        ("2021-03-01/2021-03-09", "start", ("2021-03-01", "2021-03-03")),
        ("2021-03-01/2021-03-09", "mid", ("2021-03-04", "2021-03-06")),
        ("2021-03-01/2021-03-09", "end", ("2021-03-07", "2021-03-09")),
        ("2021-03-01/2021-03-10", "mid", ("2021-03-04", "2021-03-07")),
        ("2021-03-05/2021-03-06", "start", ("2021-03-05", "2021-03-05")),
        ("2021-03-05/2021-03-06", "mid", ("2021-03-05", "2021-03-06")),
        ("2021-03-05/2021-03-06", "end", ("2021-03-06", "2021-03-06")),
        ("2021-01/2021-02", "end", ("2021-02-10", "2021-02-28")),  # the last 59 // 3 days
    ],
)
def test_start_mid_end_take_a_third(date: str, mod: str, expected: tuple[str, str]) -> None:
    assert resolve(date, DateMod(mod)) == (d(expected[0]), d(expected[1]))


@pytest.mark.parametrize(
    ("date", "mod", "expected"),
    [
        ("2021-03", "before", (None, "2021-02-28")),
        ("2021-03", "after", ("2021-04-01", None)),
        ("2021-03", "on-or-before", (None, "2021-03-31")),
        ("2021-03", "on-or-after", ("2021-03-01", None)),
        ("2021-03-05", "before", (None, "2021-03-04")),
        ("2021-03-05", "after", ("2021-03-06", None)),
        ("2021-03-05", "on-or-before", (None, "2021-03-05")),
        ("2021-03-05", "on-or-after", ("2021-03-05", None)),
        ("2021", "before", (None, "2020-12-31")),
        ("2020-12-31", "after", ("2021-01-01", None)),
        ("2021-03", "approx", ("2021-03-01", "2021-03-31")),
        ("2022-04/..", "approx", ("2022-04-01", None)),
        ("2022-04/..", "on-or-after", ("2022-04-01", None)),
        ("2022-04/..", "before", (None, "2022-03-31")),
        ("../2021-03-05", "on-or-before", (None, "2021-03-05")),
        ("../2021-03-05", "after", ("2021-03-06", None)),
        ("2021-03/2021-05", "before", (None, "2021-02-28")),
        ("2021-03/2021-05", "after", ("2021-06-01", None)),
    ],
)
def test_before_and_after_open_one_end(
    date: str, mod: str, expected: tuple[str | None, str | None]
) -> None:
    start, end = expected
    assert resolve(date, DateMod(mod)) == (d(start) if start else None, d(end) if end else None)


def test_mod_may_be_given_as_its_string() -> None:
    assert resolve("2021-03", "mid") == resolve("2021-03", DateMod.MID)


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("2021-02-30", "February 2021 has 28 days"),
        ("2021-02-29", "February 2021 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2021-04-31", "April 2021 has 30 days"),
        ("2021-01-00", "January 2021 has 31 days"),
        ("2021-13", "month 13 does not exist"),
        ("2021-00", "month 00 does not exist"),
        ("2021-13-01", "month 13 does not exist"),
        ("0000", "year 0000"),
        ("2021-05/2021-03", "ends before it starts"),
        ("2021-03-06/2021-03-05", "ends before it starts"),
        ("2022/2021-12-31", "ends before it starts"),
        ("../..", "open at both ends"),
        ("..", "interval"),
        ("2021/2022/2023", 'more than one "/"'),
        ("", "is not a date"),
        ("21", "is not a date"),
        ("2021-3", "is not a date"),
        ("2021-03-5", "is not a date"),
        ("2021-03-05T10:00", "is not a date"),
        (" 2021", "is not a date"),
        ("2021 ", "is not a date"),
        ("2021~~", "is not a date"),
        ("~2021", "is not a date"),
        ("2021-03-05/", "is not a date"),
        ("/2021", "is not a date"),
        ("20210305", "is not a date"),
        ("March 2021", "is not a date"),
        ("٢٠٢١", "is not a date"),
        ("2021\n", "is not a date"),
    ],
)
def test_bad_dates_are_errors_that_say_why(date: str, words: str) -> None:
    with pytest.raises(DateError) as caught:
        resolve(date, None)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("date", "mod", "words"),
    [
        ("2022-04/..", "mid", "needs a closed date range"),
        ("../2021-03", "start", "needs a closed date range"),
        ("../2021-03", "before", "needs a known start"),
        ("2022-04/..", "after", "needs a known end"),
        ("2022-04/..", "on-or-before", "needs a known end"),
        ("../2021-03", "on-or-after", "needs a known start"),
        ("0001-01-01", "before", "outside the supported years"),
        ("9999-12-31", "after", "outside the supported years"),
        ("2021-03", "middle", 'unknown date mod "middle"'),
    ],
)
def test_mods_that_cannot_apply_are_errors(date: str, mod: str, words: str) -> None:
    with pytest.raises(DateError) as caught:
        resolve(date, mod)
    assert words in str(caught.value)


def test_date_error_is_a_value_error() -> None:
    assert issubclass(DateError, ValueError)


def test_errors_are_not_cached_as_results() -> None:
    for _ in range(2):
        with pytest.raises(DateError):
            resolve("2021-02-30", None)


def when(date: str | None, mod: str | None = None) -> When:
    mod_value = DateMod(mod) if mod else None
    earliest, latest = resolve(date, mod_value)
    return When(text=date or "undated", date=date, mod=mod_value, earliest=earliest, latest=latest)


def test_sort_key_orders_by_first_possible_day_then_last_and_undated_last() -> None:
    given = [
        when(None),
        when("2022-04/.."),
        when("2021-03-05"),
        when("2021-03", "mid"),
        when("2021"),
        when("../2021-03-04"),
        when("2021-03"),
        when("2021-03", "before"),
        when("2021-03-05", "after"),
        when("2021-03-01"),
        when("2021-03", "on-or-after"),
    ]
    ordered = sorted(given, key=lambda item: item.sort_key)
    assert [(item.date, item.mod) for item in ordered] == [
        ("2021", None),  # 01-01 .. 12-31
        ("2021-03", DateMod.BEFORE),  # (None, 02-28): an open start sorts by its known end
        ("2021-03-01", None),  # 03-01 .. 03-01
        ("2021-03", None),  # 03-01 .. 03-31
        ("2021-03", DateMod.ON_OR_AFTER),  # 03-01 .. open: after closed ranges from the same day
        ("../2021-03-04", None),  # (None, 03-04)
        ("2021-03-05", None),
        ("2021-03-05", DateMod.AFTER),  # 03-06 .. open
        ("2021-03", DateMod.MID),  # 03-11 .. 03-20
        ("2022-04/..", None),
        (None, None),
    ]


def test_undated_is_not_dated_and_sorts_after_the_last_possible_day() -> None:
    undated = when(None)
    latest = when("9999-12-31")
    assert not undated.is_dated
    assert latest.is_dated
    assert latest.sort_key < undated.sort_key


def test_a_mid_march_visit_sorts_after_the_dateline() -> None:
    visit = when("2021-03", "mid")
    dateline = when("2021-03-05")
    assert dateline.sort_key < visit.sort_key


def test_resolving_many_dates_gives_each_its_own_day() -> None:
    # (How fast is the bench's business: `briefing-tui bench` loads 10,000 events.)
    for index in range(5_000):
        month, day = index % 12 + 1, index % 28 + 1
        earliest, latest = resolve(f"2021-{month:02d}-{day:02d}", DateMod.MID)
        assert earliest == latest == dt.date(2021, month, day)
