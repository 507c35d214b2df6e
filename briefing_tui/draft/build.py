"""Drafting a briefing from an article's text: the steps in order, as a library call.

`make_draft(text, ...)` finds the dateline, the participants and sides, the topics and the
events, links each event to the participants and topics of its sentence, and returns the
records; `render(draft)` turns them into YAML that the format's loader accepts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing_tui.draft import dateline, events, participants, sentences, topics
from briefing_tui.draft.records import DocumentRecord, Draft
from briefing_tui.draft.writer import check_loads, to_yaml
from briefing_tui.format.model import Briefing


class NoDateError(ValueError):
    """The article gives no publication date and none was passed."""


@dataclass(frozen=True, slots=True)
class Result:
    """A draft, its YAML and the briefing the loader made of it."""

    draft: Draft
    yaml: str
    briefing: Briefing


def normalize(text: str) -> str:
    """The article as the loader will see it: no byte-order mark, LF line ends."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def make_draft(
    text: str,
    *,
    published: dt.date | None = None,
    place: str | None = None,
    title: str | None = None,
    source: str | None = None,
    text_file: str | None = None,
) -> Draft:
    """The draft of an article. Raises `NoDateError` when no date is given or found."""
    text = normalize(text)
    line = dateline.parse(text)
    anchor = published or line.published
    if anchor is None:
        raise NoDateError("no publication date")
    skip = (line.start, line.end)
    found = sentences.split(text, line.end)
    taken: set[str] = set()
    entities, sides = participants.find(text, found, skip, taken)
    topic_records = topics.find(text, found, taken)
    event_records = events.find(text, found, anchor, skip, taken)
    by_sentence: dict[int, list[str]] = {}
    for entity in entities:
        for start, _end in entity.mentions:
            index = _sentence_of(found, start)
            if index is not None:
                by_sentence.setdefault(index, []).append(entity.id)
    order = {entity.id: position for position, entity in enumerate(entities)}
    topics_by_sentence: dict[int, list[str]] = {}
    for topic in topic_records:
        topics_by_sentence.setdefault(topic.sentence, []).append(topic.id)
    for event in event_records:
        linked = set(by_sentence.get(event.sentence, ()))
        event.participants = sorted(linked, key=order.__getitem__)
        event.topics = topics_by_sentence.get(event.sentence, [])
    document = DocumentRecord(
        title or _first_sentence(text, found, skip),
        anchor.isoformat(),
        place or line.place or "unknown",
        text,
        source or line.source,
        text_file,
    )
    if not title:
        document.checks.append("title taken from the first sentence")
    if not (place or line.place):
        document.checks.append("no dateline place found")
    return Draft(document, sides, entities, event_records, topic_records)


def render(draft: Draft, source_name: str) -> Result:
    """The YAML of a draft, checked by loading it (with the article) from a temporary folder."""
    final = to_yaml(draft, source_name)
    text_file = draft.document.text_file
    if text_file is not None and text_file != "article.txt":
        draft.document.text_file = "article.txt"
        try:
            checked = to_yaml(draft, source_name)
        finally:
            draft.document.text_file = text_file
        briefing = check_loads(checked, draft.document.text, "article.txt")
    else:
        briefing = check_loads(final, draft.document.text, text_file)
    return Result(draft, final, briefing)


def _sentence_of(found: list[sentences.Sentence], offset: int) -> int | None:
    low, high = 0, len(found) - 1
    while low <= high:
        middle = (low + high) // 2
        sentence = found[middle]
        if offset < sentence.start:
            high = middle - 1
        elif offset >= sentence.end:
            low = middle + 1
        else:
            return middle
    return None


def _first_sentence(text: str, found: list[sentences.Sentence], skip: tuple[int, int]) -> str:
    if not found:
        return "Untitled article"
    first = found[0]
    start = max(first.start, skip[1])
    words = " ".join(text[start : first.end].split())
    words = re.sub(r"^[-—–\s]+", "", words)
    if len(words) > 100:
        words = words[:100].rsplit(" ", 1)[0] + " …"
    return words or "Untitled article"
