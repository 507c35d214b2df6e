"""Words of an article with their offsets, and the capitalised runs names and titles live in.

A run is a stretch of capitalised words joined only by single spaces and a few small words
("of", "for", "and", "the", name particles such as "von"): "U.S. Secretary of State Antony
Blinken", "Deputy Director General for North American Affairs Yutaka Arima".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.draft.lexicon import NAME_PARTICLES

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=[^\W\d_]\.?))*\.?|\d[\d,.]*\d|\d")
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.)$")
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu|bint)-[A-Z]")
_CONNECTORS = frozenset({"of", "for", "and", "the", "on"}) | NAME_PARTICLES


@dataclass(frozen=True, slots=True)
class Token:
    """A word: its span, its text (without a possessive ending) and what it looks like."""

    start: int
    end: int
    text: str
    possessive: bool

    @property
    def cap(self) -> bool:
        """Whether it starts with a capital letter ("al-Sisi" and "el-Sisi" count)."""
        return self.text[:1].isupper() or bool(_PREFIXED.match(self.text))


def tokenize(text: str) -> list[Token]:
    """Every word of `text`; a sentence-final period is not part of a word, "U.S." keeps its."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word.endswith(".") and not _ABBREVIATED.match(word):
            word, end = word[:-1], end - 1
        possessive = False
        if word.endswith(("'s", "’s")) and len(word) > 2:
            word, possessive = word[:-2], True
        elif word.endswith(("s'", "s’")) and word[:1].isupper():
            word, possessive = word[:-1], True
        if word:
            tokens.append(Token(start, end, word, possessive))
    return tokens


def runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """The capitalised runs of `tokens`, each a list of tokens (small joining words included)."""
    found: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []
    for index, token in enumerate(tokens):
        joined = bool(current) and _joined(text, (pending or current)[-1], token)
        if token.cap:
            if current and joined and not (pending or current)[-1].possessive:
                current.extend(pending)
            elif current and joined and not pending:
                current.append(token)
                continue
            else:
                _close(found, current)
                current = []
            pending = []
            current.append(token)
        elif current and joined and token.text in _CONNECTORS and len(pending) < 2:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and _joined(text, token, following):
                pending.append(token)
                continue
            _close(found, current)
            current, pending = [], []
        else:
            _close(found, current)
            current, pending = [], []
    _close(found, current)
    return found


def _close(found: list[list[Token]], current: list[Token]) -> None:
    if current:
        found.append(current)


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return gap == " " or (left.possessive and gap in ("", " "))
