"""Forgiving where it costs nothing: typographic quotes, dashes and spaces in evidence match their
plain forms (and back), and did-you-mean knows what words mean, not only how they are spelt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefing_tui.format import spec
from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Span
from briefing_tui.format.quotes import ArticleIndex, QuoteError
from tests.format.fixtures import edit_small, problems

SEED_ARTICLE_SHA256 = "703c246e27ce35a685b7f5eaf62dcc69979c29ba65f434dac97f16852048de00"
"""sha256 of the seed article as published (shared/seeds/000_655d5a0009c8cdc1.txt)."""

ARTICLE = (
    "The ministers' \"two-plus-two\" talks -- the first since 2019 -- will cover Japan's\n"
    "host-nation support, officials said on 5 March."
)
TYPOGRAPHIC = (
    "The ministers’ “two‑plus‑two” talks — the first since 2019 — will cover Japan’s\n"
    "host–nation support, officials said on 5\u00a0March."
)


def covered(text: str, span: Span) -> str:
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("quote", "plain"),
    [
        ("“two-plus-two” talks", '"two-plus-two" talks'),
        ("the ministers’ “two-plus-two”", 'ministers\' "two-plus-two"'),
        ("‘two-plus-two’", None),
        ("talks — the first since 2019 —", "talks -- the first since 2019 --"),
        ("talks – the first", "talks -- the first"),
        ("Japan’s host‐nation support", "Japan's\nhost-nation support"),
        ("on 5\u00a0March", "on 5 March"),
        ("said on\u202f5\u2007March", "said on 5 March"),
    ],
)
def test_typographic_forms_in_a_quote_match_the_plain_article(
    quote: str, plain: str | None
) -> None:
    index = ArticleIndex(ARTICLE)
    if plain is None:  # single quotes around words the article double-quotes: no match
        with pytest.raises(QuoteError):
            index.resolve(quote)
        return
    if quote.startswith("the ministers"):
        quote = quote[4:]
    span = index.resolve(quote)
    assert covered(ARTICLE, span) == plain


def test_plain_forms_in_a_quote_match_the_typographic_article() -> None:
    index = ArticleIndex(TYPOGRAPHIC)
    cases = {
        '"two-plus-two" talks': "“two‑plus‑two” talks",
        "talks -- the first since 2019 --": "talks — the first since 2019 —",
        "Japan's host-nation support": "Japan’s\nhost–nation support",
        "on 5 March": "on 5\u00a0March",
    }
    for quote, original in cases.items():
        assert covered(TYPOGRAPHIC, index.resolve(quote)) == original


def test_a_dash_run_at_the_end_of_a_quote_is_covered_whole() -> None:
    text = "Fighting resumed -- and then stopped. Talks resumed --- later."
    index = ArticleIndex(text)
    assert covered(text, index.resolve("Fighting resumed —")) == "Fighting resumed --"
    assert covered(text, index.resolve("Talks resumed –")) == "Talks resumed ---"
    assert covered(text, index.resolve("-- and then")) == "-- and then"


def test_prefix_and_suffix_are_forgiving_too() -> None:
    text = "He said “no”. She said “no”. They said “no”."
    index = ArticleIndex(text)
    span = index.resolve('"no"', prefix="She said", suffix=". They")
    assert covered(text, span) == "“no”"


def test_a_briefing_quoting_with_typographic_marks_loads(tmp_path: Path) -> None:
    seed = seed_path()
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / "000_655d5a0009c8cdc1.txt").write_bytes(
        seed.with_name("000_655d5a0009c8cdc1.txt").read_bytes()
    )
    text = seed.read_text(encoding="utf-8")
    plain = '"They are preparing to hold a \\"two-plus-two\\" dialogue of foreign and defense'
    typographic = '"They are preparing to hold a “two‑plus‑two” dialogue of foreign and defense'
    assert plain in text
    edited = text.replace(plain, typographic, 1).replace(
        '"U.S. Secretary of State Antony Blinken"',
        '"U.S. Secretary of State\u00a0Antony Blinken"',
        1,
    )
    (folder / seed.name).write_text(edited, encoding="utf-8")
    briefing = load(folder / seed.name)
    quote = next(
        quote
        for event in briefing.events
        for quote in event.evidence
        if quote.exact.startswith("They are preparing")
    )
    article = briefing.document.text
    assert article[quote.span.start : quote.span.end].startswith(
        'They are preparing to hold a "two-plus-two" dialogue'
    )


# -- did you mean: meanings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kind: person", "kind: nation", 'did you mean "country"?'),
        ("kind: person", "kind: state", 'did you mean "country"?'),
        ("kind: person", "kind: organisation", 'did you mean "organization"?'),
        ("kind: person", "kind: individual", 'did you mean "person"?'),
        ("certainty: expected", "certainty: probable", 'did you mean "likely"?'),
        ("certainty: expected", "certainty: certain", 'did you mean "stated"?'),
        ("certainty: expected", "certainty: Probable", 'did you mean "likely"?'),
        ("status: planned", "status: scheduled", 'did you mean "planned"?'),
        ("status: planned", "status: happened", 'did you mean "occurred"?'),
    ],
)
def test_did_you_mean_knows_meanings(tmp_path: Path, old: str, new: str, expected: str) -> None:
    path = edit_small(tmp_path, old, new)
    hints = [problem.hint for problem in problems(path)]
    assert expected in hints, hints


def test_every_synonym_names_a_value_of_its_choice_and_is_not_one() -> None:
    choices = [
        field.type
        for record in spec.RECORDS
        for field in record.fields
        if isinstance(field.type, spec.Choice)
    ]
    assert any(choice.synonyms for choice in choices)
    for choice in choices:
        values = {member.value for member in choice.values}
        for word, meaning in choice.synonyms:
            assert meaning in values, (word, meaning)
            assert word not in values, word


# -- the seed is kept verbatim ---------------------------------------------------------------------


def test_the_seed_article_is_the_published_text_byte_for_byte() -> None:
    article = seed_path().with_name("000_655d5a0009c8cdc1.txt")
    data = article.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_ARTICLE_SHA256
    assert data.startswith(b" date 2021-03-05 TOKYO -- Washington")


def test_the_loaded_seed_article_is_the_file_unchanged() -> None:
    article = seed_path().with_name("000_655d5a0009c8cdc1.txt")
    assert load(seed_path()).document.text == article.read_text(encoding="utf-8")
