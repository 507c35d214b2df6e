"""Evidence quotes resolved to the one place in the article they select.

Matching is whitespace-insensitive (any run of whitespace in a quote matches any run in the
article; `normalized` makes both sides comparable) and at word boundaries (a quote never starts or
ends inside a word of the article: "ran" is not found in "Iran"). A quote may carry a `prefix` and
`suffix` (the W3C TextQuoteSelector idea): the words just before and after it, to say which of
several occurrences is meant.

A briefing can hold 50,000 quotes into a multi-megabyte article, so `ArticleIndex` is built once per
article: every word of the whitespace-collapsed text is indexed by its exact spelling, and a quote
is looked up through its rarest word (or rarest pair of adjacent words, when all its words are
common), then checked with one `startswith` per candidate place. No quote scans the whole text
unless it has no word at all (punctuation only).
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Sequence
from typing import NamedTuple

from briefing_tui.format.model import Span
from briefing_tui.format.normalized import (
    NormalizedText,
    at_word_bounds,
    is_word_char,
    normalize,
    whole_word_occurrences,
)
from briefing_tui.format.text import shorten

__all__ = ["ArticleIndex", "NormalizedText", "QuoteError", "normalize"]

_WORD = re.compile(r"\w+")

_HINT_LIMIT = 2_000_000
"""Articles up to this many characters get the costlier hints (a case-insensitive search)."""

_HINT_CANDIDATES = 50
_COMMON = 128
"""A word with more places than this is common: a pair of adjacent words may anchor better."""


class QuoteError(ValueError):
    """A quote that selects no place, or more than one, in the article.

    `message` says what is wrong; `hint` (or None) suggests a fix, such as the closest words the
    article has.
    """

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message if hint is None else f"{message} ({hint})")
        self.message = message
        self.hint = hint


class _Context(NamedTuple):
    """A quote's prefix and suffix, normalized, as conditions on a place in the text."""

    prefix: str
    suffix: str

    def fits(self, text: str, start: int, end: int) -> bool:
        if self.prefix:
            before = text[max(0, start - len(self.prefix) - 1) : start].rstrip(" ")
            if not before.endswith(self.prefix):
                return False
        if self.suffix:
            after = text[end : end + len(self.suffix) + 1].lstrip(" ")
            if not after.startswith(self.suffix):
                return False
        return True


class ArticleIndex:
    """Resolves evidence quotes against one article: build it once, call `resolve` per quote.

    Each quote is looked up through its anchor: the word of the quote, or of its prefix or suffix,
    with the fewest places in the article, or, when every word is common (a generated article
    made of a few hundred words), the rarest pair of adjacent words. Pairs are indexed lazily,
    only for the common words that quotes actually lean on.
    """

    def __init__(self, text: str) -> None:
        self._normalized = NormalizedText(text)
        self._text = self._normalized.text
        self._words = self._index_words(self._text)
        self._followers: dict[str, dict[str, array[int]]] = {}
        self._cache: dict[tuple[str, str, str], Span] = {}
        self._lowered: str | None = None

    @staticmethod
    def _index_words(text: str) -> dict[str, array[int]]:
        """Every word (a run of word characters) mapped to where it starts, ascending.

        The words are visited one match at a time and their places kept as machine integers in
        an `array`: a list of every word (or of int objects) would hold millions of objects for
        an article of a few megabytes while its quotes are resolved.
        """
        words: dict[str, array[int]] = {}
        get = words.get
        for match in _WORD.finditer(text):
            word = match.group()
            positions = get(word)
            if positions is None:
                words[word] = array("q", (match.start(),))
            else:
                positions.append(match.start())
        return words

    def resolve(self, exact: str, prefix: str = "", suffix: str = "") -> Span:
        """The span of the article `exact` selects, from its first to its last non-space character.

        Raises `QuoteError` when the quote is empty, is not in the article at word boundaries, or
        occurs more than once and `prefix`/`suffix` do not settle which occurrence is meant.
        """
        key = (exact, prefix, suffix)
        span = self._cache.get(key)
        if span is None:
            span = self._resolve(exact, prefix, suffix)
            self._cache[key] = span
        return span

    def _resolve(self, exact: str, prefix: str, suffix: str) -> Span:
        quote = normalize(exact)
        if not quote:
            raise QuoteError("the quote is empty", "quote the exact words of the article")
        context = _Context(normalize(prefix), normalize(suffix))
        if context.prefix or context.suffix:
            chosen = self._occurrences_in_context(quote, context)
        else:
            chosen = self._occurrences(quote)
        if len(chosen) == 1:
            return self._normalized.span(chosen[0], chosen[0] + len(quote))
        given = _describe(context)
        if chosen:
            with_context = f" even with the given {given}" if given else ""
            raise QuoteError(
                f"the quote occurs {len(chosen)} times in the article{with_context}: "
                f'"{shorten(quote)}"',
                "add a prefix or suffix (the words just before or after it) to say which one",
            )
        starts = self._occurrences(quote) if given else chosen
        if not starts:
            raise QuoteError(
                f'quote not found in the article: "{shorten(quote)}"', self._hint(quote)
            )
        times = "once" if len(starts) == 1 else f"{len(starts)} times"
        raise QuoteError(
            f"the quote occurs {times} in the article, but never with the given {given}: "
            f'"{shorten(quote)}"',
            f"the article has: {self._around(starts[0], len(quote))}",
        )

    def _occurrences(self, quote: str) -> list[int]:
        """Where `quote` (normalized) starts in the collapsed text at word boundaries, ascending."""
        anchor = self._anchor(quote)
        if anchor is None:
            return self._scan(quote)
        candidates, shift = anchor
        if shift:
            candidates = candidates[bisect.bisect_left(candidates, shift) :]
        startswith = self._text.startswith
        length = len(quote)
        return [
            position - shift
            for position in candidates
            if startswith(quote, position - shift)
            and self._at_bounds(position - shift, position - shift + length)
        ]

    def _occurrences_in_context(self, quote: str, context: _Context) -> list[int]:
        """Where `quote` starts with `context` around it, anchored on whichever is rarest.

        A repeated stock phrase ("officials said little") is found through the words of its
        prefix or suffix, so resolving many of them costs no more than resolving unique quotes.
        """
        text = self._text
        length = len(quote)
        best: tuple[Sequence[int], int] | None = None
        source = ""
        for words, name, anchor in (
            (quote, "quote", self._anchor(quote)),
            (context.prefix, "prefix", self._anchor(context.prefix, partial_first=True)),
            (context.suffix, "suffix", self._anchor(context.suffix, partial_last=True)),
        ):
            if words and anchor is not None and (best is None or len(anchor[0]) < len(best[0])):
                best, source = anchor, name
        if best is None:
            return [
                start for start in self._scan(quote) if context.fits(text, start, start + length)
            ]
        candidates, shift = best
        found = set()
        for position in candidates:
            anchored = position - shift
            if anchored < 0:
                continue
            if source == "quote":
                start = anchored
            elif source == "prefix":
                if not text.startswith(context.prefix, anchored):
                    continue
                start = anchored + len(context.prefix)
                if text.startswith(" ", start):
                    start += 1
            else:
                if not text.startswith(context.suffix, anchored):
                    continue
                end = anchored - 1 if anchored > 0 and text[anchored - 1] == " " else anchored
                start = end - length
            if (
                start >= 0
                and text.startswith(quote, start)
                and self._at_bounds(start, start + length)
                and context.fits(text, start, start + length)
            ):
                found.add(start)
        return sorted(found)

    def _anchor(
        self, words_of: str, *, partial_first: bool = False, partial_last: bool = False
    ) -> tuple[Sequence[int], int] | None:
        """The fewest places to try for `words_of`: (where its rarest word or pair starts, the
        offset of that word in `words_of`); None when it has no whole word to anchor on.

        A prefix may begin inside an article word and a suffix end inside one, so their edge
        words are left out (`partial_first`, `partial_last`).
        """
        found = list(_WORD.finditer(words_of))
        if partial_first and found and found[0].start() == 0:
            found = found[1:]
        if partial_last and found and found[-1].end() == len(words_of):
            found = found[:-1]
        if not found:
            return None
        index = self._words
        best: Sequence[int] | None = None
        shift = 0
        for match in found:
            positions = index.get(match.group())
            if positions is None:
                return ([], 0)
            if best is None or len(positions) < len(best):
                best, shift = positions, match.start()
                if len(best) <= 2:
                    return (best, shift)
        assert best is not None
        if len(best) <= _COMMON:
            return (best, shift)
        for first, second in itertools.pairwise(found):
            if len(index[first.group()]) <= _COMMON or len(index[second.group()]) <= _COMMON:
                continue
            pair = self._followers_of(first.group()).get(second.group(), [])
            if len(pair) < len(best):
                best, shift = pair, first.start()
                if len(best) <= _COMMON:
                    break
        return (best, shift)

    def _followers_of(self, word: str) -> dict[str, array[int]]:
        """Where `word` starts, grouped by the word that follows it (built on first use)."""
        followers = self._followers.get(word)
        if followers is None:
            followers = {}
            text = self._text
            search = _WORD.search
            length = len(word)
            for position in self._words[word]:
                following = search(text, position + length)
                key = following.group() if following is not None else ""
                group = followers.get(key)
                if group is None:
                    followers[key] = array("q", (position,))
                else:
                    group.append(position)
            self._followers[word] = followers
        return followers

    def _scan(self, quote: str) -> list[int]:
        """The slow path for a quote with no word in it (punctuation only): a full search."""
        return whole_word_occurrences(self._text, quote)

    def _at_bounds(self, start: int, end: int) -> bool:
        return at_word_bounds(self._text, start, end)

    def _around(self, start: int, length: int) -> str:
        text = self._text
        word_start = start
        while word_start > 0 and is_word_char(text[word_start - 1]):
            word_start -= 1
        end = min(len(text), start + length)
        while end < len(text) and is_word_char(text[end]):
            end += 1
        before = text[max(0, word_start - 20) : word_start]
        return f'"…{before}{shorten(text[word_start:end])}…"'

    def _hint(self, quote: str) -> str | None:
        """A cheap suggestion for a quote not found: where it is inside a word, or nearly is."""
        text = self._text
        inside = text.find(quote)
        if inside >= 0:
            return f"it occurs only inside longer words, as in {self._around(inside, len(quote))}"
        if len(text) <= _HINT_LIMIT:
            if self._lowered is None:
                self._lowered = text.lower()
            folded = self._lowered.find(quote.lower())
            if folded >= 0:
                around = self._around(folded, len(quote))
                return f"matching is case-sensitive; the article has {around}"
        best = self._closest(quote)
        if best is None:
            return "quote the exact words of the article"
        return f"closest in the article: {self._around(best, len(quote))}"

    def _closest(self, quote: str) -> int | None:
        """The start of the article passage most like `quote`, anchored on the words they share."""
        text = self._text
        anchors: list[tuple[int, int]] = []
        for word in _WORD.finditer(quote):
            positions = self._words.get(word.group(), ())
            if 0 < len(positions) <= _HINT_CANDIDATES:
                anchors.extend((position, word.start()) for position in positions)
        import difflib  # only a quote that is not found needs it

        best_ratio, best_start = 0.6, None
        for position, shift in anchors[:_HINT_CANDIDATES]:
            start = max(0, position - shift)
            ratio = difflib.SequenceMatcher(
                None, quote, text[start : start + len(quote)], autojunk=False
            ).ratio()
            if ratio > best_ratio:
                best_ratio, best_start = ratio, start
        return best_start


def _describe(context: _Context) -> str:
    parts = []
    if context.prefix:
        parts.append(f'prefix "{shorten(context.prefix)}"')
    if context.suffix:
        parts.append(f'suffix "{shorten(context.suffix)}"')
    return " and ".join(parts)
