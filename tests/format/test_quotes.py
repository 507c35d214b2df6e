"""Evidence quotes resolve to exact spans: whitespace-insensitive, whole words, unambiguous."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.format.model import Span
from briefing_tui.format.quotes import ArticleIndex, QuoteError, normalize

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_655d5a0009c8cdc1.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text: str) -> ArticleIndex:
    return ArticleIndex(seed_text)


def covered(text: str, span: Span) -> str:
    return text[span.start : span.end]


def assert_selects(text: str, span: Span, quote: str) -> None:
    """The span holds the quote's words, starting and ending on them exactly."""
    selected = covered(text, span)
    assert normalize(selected) == normalize(quote)
    assert selected == selected.strip()


@pytest.mark.parametrize(
    "quote",
    [
        "as early as mid-March",
        "date 2021-03-05 TOKYO",
        '"two-plus-two" dialogue',
        "two-plus-two",
        "plus-two",
        "Foreign Minister Toshimitsu Motegi",
        "China's military expansion",
        '"biggest geopolitical test of the 21st century."',
        "fiscal 2022 and beyond.",
        "Japan-U.S. alliance",
        "on the Japanese side.",
    ],
)
def test_seed_quotes_resolve_to_their_exact_words(
    seed: ArticleIndex, seed_text: str, quote: str
) -> None:
    span = seed.resolve(quote)
    assert covered(seed_text, span) == quote
    assert seed_text.find(quote) == span.start


def test_the_first_word_of_an_article_starting_with_a_space(
    seed: ArticleIndex, seed_text: str
) -> None:
    assert seed_text.startswith(" date")
    assert seed.resolve("date") == Span(1, 5)


def test_the_last_words_of_the_article(seed: ArticleIndex, seed_text: str) -> None:
    span = seed.resolve("Taro Yamato on the Japanese side.")
    assert span.end == len(seed_text.rstrip())


def test_a_quote_spanning_a_paragraph_break(seed: ArticleIndex, seed_text: str) -> None:
    span = seed.resolve("Japanese counterparts. Blinken and Austin will be")
    assert "\n\n" in covered(seed_text, span)
    assert_selects(seed_text, span, "Japanese counterparts. Blinken and Austin will be")
    assert covered(seed_text, span).startswith("Japanese")
    assert covered(seed_text, span).endswith("be")


@pytest.mark.parametrize(
    "quote",
    [
        "as  early\nas mid-March",
        "as early as\tmid-March",
        "  as early as mid-March  ",
        "\nas early as mid-March\n",
        "as\u00a0early as mid-March",
    ],
)
def test_whitespace_in_the_quote_matches_any_whitespace(
    seed: ArticleIndex, seed_text: str, quote: str
) -> None:
    span = seed.resolve(quote)
    assert covered(seed_text, span) == "as early as mid-March"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Iran and Japan.", "ran"),
        ("Iran and Japan.", "Ira"),
        ("Blinken spoke.", "Blink"),
        ("Blinken spoke.", "linken spoke"),
        ("the ministers met", "minister"),
        ("the ministers met", "inisters met"),
        ("the 2021st time", "2021"),
        ("snake_case names", "snake"),
    ],
)
def test_a_quote_never_starts_or_ends_inside_a_word(text: str, quote: str) -> None:
    with pytest.raises(QuoteError) as caught:
        ArticleIndex(text).resolve(quote)
    assert "not found" in caught.value.message
    assert caught.value.hint is not None
    assert "inside longer words" in caught.value.hint


def test_word_boundaries_are_whole_words_only() -> None:
    text = "Iran ran a race. Tehran ran too."
    index = ArticleIndex(text)
    with pytest.raises(QuoteError) as caught:
        index.resolve("ran")
    assert "2 times" in caught.value.message
    span = index.resolve("ran", prefix="Iran")
    assert span == Span(5, 8)
    assert index.resolve("ran", prefix="Tehran") == Span(24, 27)


def test_punctuation_is_not_part_of_a_word() -> None:
    text = 'He said "two-plus-two" (again), U.S.-Japan ties.'
    index = ArticleIndex(text)
    for quote in ['"two-plus-two"', "-plus-", "(again),", "U.S.-Japan", "Japan ties.", '"two']:
        span = index.resolve(quote)
        assert covered(text, span) == quote


def test_a_quote_of_punctuation_only_is_searched_too() -> None:
    text = "Yes -- no -- maybe ... done"
    index = ArticleIndex(text)
    assert covered(text, index.resolve("...")) == "..."
    with pytest.raises(QuoteError) as caught:
        index.resolve("--")
    assert "2 times" in caught.value.message
    assert index.resolve("--", prefix="Yes") == Span(4, 6)


def test_non_ascii_words() -> None:
    text = "Über die Brücke ging Motegi’s Sprecher — 東京 und München."
    index = ArticleIndex(text)
    for quote in ["Über die Brücke", "Motegi’s Sprecher", "— 東京 und", "München."]:
        assert covered(text, index.resolve(quote)) == quote
    with pytest.raises(QuoteError):
        index.resolve("ünchen")


def test_prefix_and_suffix_settle_which_occurrence() -> None:
    text = "The talks ended. Then the talks ended. Later the talks ended again."
    index = ArticleIndex(text)
    first, second, third = (match.start() for match in re.finditer("talks ended", text))
    with pytest.raises(QuoteError) as caught:
        index.resolve("talks ended")
    assert "3 times" in caught.value.message
    assert caught.value.hint is not None
    assert "prefix or suffix" in caught.value.hint
    assert index.resolve("talks ended", prefix="The").start == first
    assert index.resolve("talks ended", prefix="Then the ").start == second
    assert index.resolve("talks ended", prefix="Later  the").start == third
    assert index.resolve("talks ended", suffix=" again").start == third
    assert index.resolve("talks ended", prefix="the", suffix=". Later").start == second
    assert index.resolve("talks ended", prefix="the", suffix="again").start == third
    span = index.resolve("talks ended", prefix="Then the ")
    assert span == Span(second, second + len("talks ended"))


def test_prefix_and_suffix_are_whitespace_insensitive() -> None:
    text = "Seen here.\nAgain seen here. Seen\n\nhere too."
    index = ArticleIndex(text)
    assert covered(text, index.resolve("here", prefix="Again\tseen")) == "here"
    assert index.resolve("here", prefix="Again\tseen").start == text.index("here.", 11)
    assert index.resolve("Seen", suffix="here  too").start == text.rindex("Seen")


def test_prefix_that_does_not_settle_it_is_still_ambiguous() -> None:
    text = "a b c. a b c. x b c."
    index = ArticleIndex(text)
    with pytest.raises(QuoteError) as caught:
        index.resolve("b c", prefix="a")
    assert "2 times" in caught.value.message
    assert 'prefix "a"' in caught.value.message


def test_a_prefix_that_never_precedes_the_quote_is_an_error() -> None:
    text = "Blinken spoke on Wednesday."
    index = ArticleIndex(text)
    with pytest.raises(QuoteError) as caught:
        index.resolve("spoke", prefix="Austin")
    assert "once" in caught.value.message
    assert 'prefix "Austin"' in caught.value.message
    assert caught.value.hint is not None
    assert "Blinken spoke" in caught.value.hint
    with pytest.raises(QuoteError) as caught:
        index.resolve("spoke", suffix="on Thursday")
    assert 'suffix "on Thursday"' in caught.value.message


def test_a_prefix_may_begin_and_a_suffix_end_inside_a_word() -> None:
    text = "Walking the dog. Talking the talk. Walking the walk."
    index = ArticleIndex(text)
    assert index.resolve("the", prefix="lking", suffix="do") == Span(8, 11)
    assert index.resolve("the", prefix="alking", suffix="ta").start == text.index("the talk.")
    assert index.resolve("the", suffix="wal").start == text.index("the walk.")
    with pytest.raises(QuoteError) as caught:
        index.resolve("the", prefix="lking")
    assert "3 times" in caught.value.message


def test_a_prefix_of_punctuation_only() -> None:
    text = "He said (yes) and (no) and (yes)."
    index = ArticleIndex(text)
    assert index.resolve("no", prefix="(") == Span(text.index("no"), text.index("no") + 2)
    with pytest.raises(QuoteError):
        index.resolve("yes", prefix="(")


def test_a_stock_phrase_repeated_everywhere_is_found_through_its_context() -> None:
    names = [f"Summit{i}" for i in range(3000)]
    text = " ".join(f"After the {name}, officials said little." for name in names)
    index = ArticleIndex(text)
    for name in names:
        span = index.resolve("officials said little", prefix=f"After the {name},")
        assert text[span.start - len(name) - 2 : span.start] == f"{name}, "
    for name in names[:50]:
        before = f"{name}, officials said little"
        span = index.resolve("After the", suffix=before)
        assert text[span.end + 1 :].startswith(before)
    with pytest.raises(QuoteError) as caught:
        index.resolve("officials said little")
    assert "3000 times" in caught.value.message
    with pytest.raises(QuoteError) as caught:
        index.resolve("officials said little", prefix="Before the Summit1,")
    assert "3000 times" in caught.value.message
    assert "never with the given" in caught.value.message


def test_quotes_made_only_of_common_words_are_anchored_on_a_rare_pair() -> None:
    rng = random.Random(3)
    vocabulary = ["red", "green", "blue", "talks", "summit", "joint", "grain", "steel"]
    pieces = [rng.choice(vocabulary) for _ in range(60_000)]
    text = " ".join(pieces)
    index = ArticleIndex(text)
    checked = 0
    for start in range(0, 59_000, 997):
        quote = " ".join(pieces[start : start + 9])
        pattern = r"(?<!\w)" + re.escape(quote) + r"(?!\w)"
        places = [match.start(1) for match in re.finditer(f"(?=({pattern}))", text)]
        if len(places) == 1:
            assert index.resolve(quote).start == places[0]
            checked += 1
        else:
            with pytest.raises(QuoteError):
                index.resolve(quote)
    assert checked > 40
    assert index._followers


def test_a_quote_not_in_the_article(seed: ArticleIndex) -> None:
    with pytest.raises(QuoteError) as caught:
        seed.resolve("as early as mid-April")
    error = caught.value
    assert "not found" in error.message
    assert "as early as mid-April" in error.message
    assert error.hint is not None
    assert "as early as mid-March" in error.hint
    assert isinstance(error, ValueError)
    assert str(error) == f"{error.message} ({error.hint})"


def test_a_quote_in_the_wrong_case_gets_a_hint(seed: ArticleIndex) -> None:
    with pytest.raises(QuoteError) as caught:
        seed.resolve("secretary of state antony blinken")
    assert caught.value.hint is not None
    assert "case-sensitive" in caught.value.hint
    assert "Secretary of State Antony Blinken" in caught.value.hint


def test_a_quote_with_nothing_like_it_in_the_article(seed: ArticleIndex) -> None:
    with pytest.raises(QuoteError) as caught:
        seed.resolve("zyxxy quux")
    assert "not found" in caught.value.message
    assert caught.value.hint == "quote the exact words of the article"


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_an_empty_quote_is_an_error(seed: ArticleIndex, quote: str) -> None:
    with pytest.raises(QuoteError) as caught:
        seed.resolve(quote)
    assert "empty" in caught.value.message


def test_an_empty_article() -> None:
    with pytest.raises(QuoteError):
        ArticleIndex("").resolve("anything")
    with pytest.raises(QuoteError):
        ArticleIndex("   \n").resolve("anything")


def test_a_long_quote_in_an_error_message_is_shortened(seed: ArticleIndex) -> None:
    with pytest.raises(QuoteError) as caught:
        seed.resolve("word " * 100)
    assert len(caught.value.message) < 120


def test_resolving_twice_gives_the_same_span(seed: ArticleIndex) -> None:
    assert seed.resolve("Marc Knapper") == seed.resolve("Marc Knapper")
    with pytest.raises(QuoteError):
        seed.resolve("Marc Knappe")
    with pytest.raises(QuoteError):
        seed.resolve("Marc Knappe")


words = st.sampled_from(
    ["alpha", "beta", "Gamma", "delta", "e", "Iran", "ran", "U.S.", "x-y", "ñu"]
)
spaces = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \n "])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(words, spaces), min_size=1, max_size=40),
    st.integers(min_value=0),
    st.integers(min_value=1, max_value=6),
)
def test_any_run_of_words_resolves_to_one_of_its_places(
    pieces: list[tuple[str, str]], at: int, length: int
) -> None:
    text = "".join(word + space for word, space in pieces)
    start = at % len(pieces)
    chosen = [word for word, _ in pieces[start : start + length]]
    quote = " ".join(chosen)
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, chosen)) + r"(?!\w)"
    places = [match.span(1) for match in re.finditer(f"(?=({pattern}))", text)]
    index = ArticleIndex(text)
    if len(places) == 1:
        span = index.resolve(quote)
        assert (span.start, span.end) == places[0]
    else:
        with pytest.raises(QuoteError) as caught:
            index.resolve(quote)
        assert f"{len(places)} times" in caught.value.message


def generated_article(size: int, seed: int = 1) -> tuple[str, list[str]]:
    """About `size` characters of sentences made of a small vocabulary, each with a rare word."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(3000)] + ["the", "of", "and", "to", "in", "said"] * 200
    sentences: list[str] = []
    total = 0
    while total < size:
        chosen = [rng.choice(vocabulary) for _ in range(rng.randint(8, 20))]
        chosen.insert(rng.randrange(len(chosen) + 1), f"Marker{len(sentences)}")
        sentence = " ".join(chosen).capitalize() + "."
        sentences.append(sentence)
        total += len(sentence) + 1
    text = "".join(
        sentence + ("\n\n" if index % 7 == 6 else " ") for index, sentence in enumerate(sentences)
    )
    return text, sentences


@pytest.mark.slow
def test_twenty_thousand_quotes_in_a_large_article_resolve() -> None:
    text, sentences = generated_article(1_500_000)
    rng = random.Random(2)
    quotes = []
    for _ in range(20_000):
        sentence_words = rng.choice(sentences).split()
        first = rng.randrange(max(1, len(sentence_words) - 4))
        quotes.append(" ".join(sentence_words[first : first + 5]))
    index = ArticleIndex(text)
    resolved = 0
    for quote in quotes:
        try:
            index.resolve(quote)
            resolved += 1
        except QuoteError:
            pass
    assert resolved > 19_000
