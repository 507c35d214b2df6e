"""The article as quotes are compared with it: collapsed, and mapped back to the original."""

from __future__ import annotations

import random
import re

from briefing_tui.format.model import Span
from briefing_tui.format.quotes import ArticleIndex, NormalizedText, normalize


def covered(text: str, span: Span) -> str:
    return text[span.start : span.end]


def test_offsets_stay_exact_after_many_long_whitespace_runs() -> None:
    rng = random.Random(7)
    words = [f"word{i}" for i in range(2000)]
    pieces = []
    for word in words:
        pieces.append(word)
        pieces.append(rng.choice([" ", "  ", "\n", "\n\n", " \t ", "\n   \n"]))
    text = "   " + "".join(pieces)
    index = ArticleIndex(text)
    for i in range(0, 1990, 37):
        span = index.resolve(f"{words[i]} {words[i + 1]} {words[i + 2]}")
        assert text[span.start : span.start + len(words[i])] == words[i]
        assert text[span.end - len(words[i + 2]) : span.end] == words[i + 2]
        match = re.search(rf"\b{words[i]}\b", text)
        assert match is not None
        assert span.start == match.start()


def test_normalized_text_maps_back_to_the_original() -> None:
    text = " a  b\n\nc\td   \n e "
    normalized = NormalizedText(text)
    assert normalized.text == " a b c d e "
    for offset, char in enumerate(normalized.text):
        if char != " ":
            assert text[normalized.to_original(offset)] == char
    assert normalized.span(1, 4) == Span(1, 5)


def test_normalized_text_of_non_ascii_text_maps_back_too() -> None:
    text = "\u00a0é  b\u2003\u2003c\u2028d \n e’"
    normalized = NormalizedText(text)
    assert normalized.text == " é b c d e'"  # the typographic apostrophe compares as plain
    for offset, char in enumerate(normalized.text):
        if char != " ":
            assert normalize(text[normalized.to_original(offset)]) == char


def test_whitespace_in_the_article_matches_any_whitespace_in_the_quote() -> None:
    text = "Alpha  beta\n\n\tgamma delta\r\nepsilon\u2003zeta.\n"
    index = ArticleIndex(text)
    for quote, expected in [
        ("beta gamma", "beta\n\n\tgamma"),
        ("Alpha beta gamma delta epsilon zeta.", text.strip()),
        ("delta epsilon", "delta\r\nepsilon"),
        ("epsilon zeta", "epsilon\u2003zeta"),
        ("gamma", "gamma"),
        ("zeta.", "zeta."),
    ]:
        span = index.resolve(quote)
        assert covered(text, span) == expected
