"""Agenda topics: what the article says is discussed, negotiated, at issue or focused on."""

from __future__ import annotations

import re

from briefing_tui.draft import hedges
from briefing_tui.draft.records import TopicRecord, slug, unique_id
from briefing_tui.draft.sentences import Sentence

_TRIGGER = re.compile(
    r"\b(?:(?:talks|discussions?|negotiations?|dialogue|cooperation|views|focus|concerns?|"
    r"agreement|deal|differences|dispute|debate)\s+(?:on|over|about|regarding)|"
    r"discuss(?:ed|es|ing)?|negotiat(?:e|ed|es|ing)|address(?:ed|es|ing)?|"
    r"(?:center|centre|focus|centered|focused|centred|focusing|centering)(?:ed)?\s+on|"
    r"topics?\s+(?:include|included|including|are|were)|agenda\s+(?:include[sd]?|including)|"
    r"concern(?:ed|s)?\s+(?:about|over)|at issue (?:is|are|was|were))\s+",
    re.I,
)
_STOP = re.compile(
    r"[,;:!?()\"“”]|(?<![A-Z])\.(?=\s|$)|\s--\s|\s(?:—|–)\s|"
    r"\b(?:as well as|said|says|which|who|while|because|"
    r"after|before|when|during|since|until|that|in terms of|could|would|will|may|might|should|"
    r"can|is|are|was|were|has|have|had)\b|"
    r"\b(?:by|on|in|at|next|last|this|later|earlier)\s+(?:the\s+(?:end|start|beginning|middle)\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|week\b|month\b|year\b|\d{4})"
)
_NOUN_TRIGGER = re.compile(
    r"\b(?:(?:new|fresh|proposed|planned|possible)\s+)?(?:vote|summit|agreement|pact|accord|"
    r"treaty|deal|plan|proposal|package|bill|law|sanctions|tariffs|ceasefire|truce|reforms?|"
    r"cuts?|ban|talks)\s+(?:on|over|about|against|for|of)\s+(?=[\w\"“])"
)
"""What is at issue written as a noun and its object ("sanctions against Russia")."""
_SPLIT = re.compile(r"\s+(?:and|or)\s+(?=(?:the\s+)?[a-zA-Z])|,\s+(?:and\s+|or\s+)?")
_SKIP_START = re.compile(r"^(?:the|a|an|their|its|his|her|our|ways to|how to)\s+", re.I)
_MAX_WORDS = 8


def find(text: str, sentences: list[Sentence], taken: set[str]) -> list[TopicRecord]:
    """The topics of the article, first mention first (the same title once)."""
    topics: list[TopicRecord] = []
    titles: set[str] = set()
    for sentence in sentences:
        hedge = hedges.certainty(sentence.text)
        if re.search(r"\bpotential\b", sentence.text, re.I):
            hedge = "possible"
        found = [(match.end(), True) for match in _TRIGGER.finditer(sentence.text)]
        found += [(match.start(), False) for match in _NOUN_TRIGGER.finditer(sentence.text)]
        for begin, listed in sorted(found):
            stop = _STOP.search(sentence.text, begin)
            end = stop.start() if stop else len(sentence.text)
            items = _items(sentence.text, begin, end) if listed else [(begin, end)]
            for low, high in items:
                words = sentence.text[low:high].split()
                if len(words) > _MAX_WORDS:
                    high = low + len(" ".join(words[:_MAX_WORDS]))
                    high = sentence.text.index(words[_MAX_WORDS - 1], low) + len(
                        words[_MAX_WORDS - 1]
                    )
                phrase = sentence.text[low:high]
                title = _SKIP_START.sub("", phrase).strip()
                if len(title) < 3 or title.lower() in titles or not any(c.isalpha() for c in title):
                    continue
                span = (sentence.start + low, sentence.start + high)
                if any(t.evidence[0][0] <= span[0] and span[1] <= t.evidence[0][1] for t in topics):
                    continue  # "sanctions against Russia" inside "a package of sanctions ..."
                titles.add(title.lower())
                title = title[:1].upper() + title[1:]
                topics.append(
                    TopicRecord(
                        unique_id(slug(title)[:40].strip("-") or "topic", taken),
                        title,
                        hedge,
                        [(sentence.start + low, sentence.start + high)],
                        sentence.index,
                    )
                )
    return topics


def _items(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The list items of the object phrase `text[begin:end]` ("X, Y and Z")."""
    items: list[tuple[int, int]] = []
    position = begin
    phrase = text[begin:end]
    for match in _SPLIT.finditer(phrase):
        items.append((position, begin + match.start()))
        position = begin + match.end()
    items.append((position, end))
    cleaned = []
    for low, high in items:
        while low < high and text[low].isspace():
            low += 1
        while high > low and text[high - 1].isspace():
            high -= 1
        if text[low:high].startswith("on "):
            low += 3
        if high - low >= 3:
            cleaned.append((low, high))
    if len(cleaned) > 1 and any(len(text[low:high].split()) < 2 for low, high in cleaned):
        # "space and cyber defense", "2022 and beyond": one item, not two.
        return [(cleaned[0][0], cleaned[-1][1])]
    return cleaned
