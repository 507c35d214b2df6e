"""A broad table of news time expressions, resolved from a Friday dateline (2021-03-05)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.draft.timex import tag
from briefing_tui.format.dates import resolve

ANCHOR = dt.date(2021, 3, 5)  # a Friday

TABLE = [
    ("Officials said on Thursday", "on Thursday", "2021-03-04", None),
    ("They will meet on Thursday", "on Thursday", "2021-03-11", None),
    ("He spoke on Friday", "on Friday", "2021-03-05", None),
    ("They met last Monday", "last Monday", "2021-03-01", None),
    ("They will meet next Tuesday", "next Tuesday", "2021-03-09", None),
    ("It happened last week", "last week", "2021-02-22/2021-02-28", None),
    ("They will visit next week", "next week", "2021-03-08/2021-03-14", None),
    ("Talks resume next month", "next month", "2021-04", None),
    ("Sales fell last month", "last month", "2021-02", None),
    ("They will meet later this month", "later this month", "2021-03-05/2021-03-31", None),
    ("The plan will start in June", "in June", "2021-06", None),
    ("The law passed in June", "in June", "2020-06", None),
    ("The summit is on April 17", "on April 17", "2021-04-17", None),
    ("The vote was held on December 3", "on December 3", "2020-12-03", None),
    ("The vote is on 17 April 2022", "on 17 April 2022", "2022-04-17", None),
    ("They will meet in early March", "in early March", "2021-03", "start"),
    ("They will meet in mid-March", "in mid-March", "2021-03", "mid"),
    ("They will meet in late March", "in late March", "2021-03", "end"),
    ("a visit as early as mid-March", "as early as mid-March", "2021-03", "mid"),
    ("a visit as early as July", "as early as July", "2021-07", "on-or-after"),
    ("talks in the first half of June", "in the first half of June", "2021-06-01/2021-06-15", None),
    ("a deal by the end of the year", "by the end of the year", "2021", "on-or-before"),
    ("It has grown since 2018", "since 2018", "2018/..", None),
    ("a deal for fiscal 2022 and beyond", "for fiscal 2022 and beyond", "2022-04/..", None),
    ("a budget for fiscal 2022", "for fiscal 2022", "2022-04/2023-03", None),
    ("They will meet in the spring", "in the spring", "2021-03/2021-05", None),
    ("They met in the autumn", "in the autumn", "2020-09/2020-11", None),
    ("They agreed recently", "recently", "../2021-03-05", None),
    ("They met yesterday", "yesterday", "2021-03-04", None),
    ("They meet tomorrow", "tomorrow", "2021-03-06", None),
    ("It started two weeks ago", "two weeks ago", "2021-02-19", "approx"),
    ("They will decide in three days", "in three days", "2021-03-08", "approx"),
    (
        "Prices rose over the past three months",
        "over the past three months",
        "2020-12/2021-03-05",
        None,
    ),
    (
        "extend it by a year from the end of March",
        "by a year from the end of March",
        "2021-04/2022-03",
        None,
    ),
    ("The law took effect in 2019", "in 2019", "2019", None),
    ("He lost the 2023 presidential election", "the 2023", "2023", None),
    ("It will end by June 30", "by June 30", "2021-06-30", "on-or-before"),
    ("It began in March 2020", "in March 2020", "2020-03", None),
    ("He will host them in May next year", "in May next year", "2022-05", None),
    ("Officials may meet in May", "in May", "2021-05", None),
    ("talks in the second quarter", "in the second quarter", "2021-04/2021-06", None),
    ("The talks start next year", "next year", "2022", None),
    ("Growth in the 1990s was fast", "in the 1990s", "1990/1999", None),
    ("They will meet this weekend", "this weekend", "2021-03-06/2021-03-07", None),
    ("The report came out earlier this month", "earlier this month", "2021-03-01/2021-03-05", None),
    ("The date is 2021-02-14", "2021-02-14", "2021-02-14", None),
]


@pytest.mark.parametrize(("sentence", "words", "date", "mod"), TABLE)
def test_time_expression(sentence: str, words: str, date: str, mod: str | None) -> None:
    found = tag(sentence, ANCHOR)
    assert [(t.text, t.date, t.mod) for t in found] == [(words, date, mod)]
    resolve(found[0].date, found[0].mod)  # the format's own reader accepts it


@pytest.mark.parametrize(
    "sentence",
    ["Do you have a car", "They may agree", "The march was peaceful", "He won 2,021 votes",
     "The fall of the government", "a Sunday newspaper's editor said"],
)  # fmt: skip
def test_ordinary_words_are_not_times(sentence: str) -> None:
    assert [t.text for t in tag(sentence, ANCHOR) if "Sunday" not in t.text] == []


@pytest.mark.parametrize(
    ("clause", "at_words", "expected"),
    [
        ("it could cut borrowing costs as early as June", "as early as", "future"),
        ("he saw chances of a cut in the summer", "in the summer", None),
        ("is expected to present a revised budget in the spring", "in the spring", "future"),
        ("the plan with the United States in July", "in July", None),
        ("who met Ruto in April", "in April", "past"),
        ("Markets have priced a cut in June", "in June", "perfect"),
    ],
)
def test_the_governing_verb_gives_the_tense(
    clause: str, at_words: str, expected: str | None
) -> None:
    from briefing_tui.draft.sentences import nearest_tense

    found = nearest_tense(clause, clause.index(at_words))
    assert (found.value if found else None) == expected
