"""Events: every clause with a time expression, a present-perfect or relative past action, or a
planned, expected or possible action.

Each event keeps the article's words for its time and the date they resolve to from the dateline;
a prospective clause without a time of its own takes the time frame of the nearest earlier
future expression (a few sentences back), marked for review.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.draft import hedges
from briefing_tui.draft.records import EventRecord, slug, unique_id
from briefing_tui.draft.sentences import Sentence, Tense, clause_around, nearest_tense
from briefing_tui.draft.timex import Timex, tag
from briefing_tui.format.dates import DateError, resolve

_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+|just\s+|also\s+)?(?:been\s+)?"
    r"(?:begun|started|launched|agreed|reached|signed|announced|decided|approved|passed|"
    r"completed|held|made|taken|raised|sent|deployed|imposed|lifted|[a-z]{3,}ed)\b",
    re.I,
)
_RELATIVE_PAST = re.compile(
    r"\b(?:that|which)\s+(?:upgraded|created|launched|banned|allowed|ended|began|took|"
    r"gave|made|set|expanded|imposed|approved|passed|established|introduced|[a-z]{4,}ed)\b"
)
_PROSPECTIVE = re.compile(
    r"\b(?:[Ww]ill|[Pp]lans? to|planning to|preparing to|prepares? to|expected to|[Ll]ikely|may|"
    r"[Mm]ight|[Cc]ould|need to|needs to|set to|scheduled to|aims? to|intends? to|to be held|"
    r"[Ww]ould)\b"
)  # case-sensitive: "May" is the month
_SAID_BEFORE = re.compile(
    r"\b(?:said|told|announced|met|held|spoke|called|agreed|visited|arrived|signed|"
    r"[a-z]{3,}ed)(?:\s+[A-Z][\w.-]*){0,3}\s+$"
)
_LEADING = re.compile(r"^(?:and|but|or|so|then|also|while|as|that|which|who)\s+", re.I)
_CARRY_BACK = 3


def find(
    text: str, sentences: list[Sentence], anchor: dt.date, skip: tuple[int, int], taken: set[str]
) -> list[EventRecord]:
    """The events of the article, in article order."""
    events: list[EventRecord] = []
    frame: tuple[int, Timex] | None = None
    for sentence in sentences:
        timexes = [t for t in _timexes(text, sentence, anchor) if not _inside(t, sentence, skip)]
        clauses_done: set[tuple[int, int]] = set()
        for index, timex in enumerate(timexes):
            start, end = sentence.start + timex.start, sentence.start + timex.end
            low, high = _evidence_clause(text, sentence, start, end)
            if index > 0 and timexes[index - 1].start + sentence.start >= low:
                low = sentence.start + timexes[index - 1].start
            if index + 1 < len(timexes) and timexes[index + 1].start + sentence.start < high:
                high = sentence.start + timexes[index + 1].start
            clauses_done.add(clause_around(sentence, start, end))
            events.append(_event(text, sentence, low, high, timex, anchor, taken))
            if timex.tense is Tense.FUTURE and timex.date and not timex.date.startswith(".."):
                frame = (sentence.index, timex)
        for pattern in (_PERFECT, _RELATIVE_PAST):
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                clause = clause_around(sentence, start, end)
                if clause in clauses_done and pattern is _RELATIVE_PAST:
                    continue
                if pattern is _PERFECT and clause in clauses_done:
                    low, high = clause[0], end
                    while high < clause[1] and not text[high : high + 1].isspace():
                        high += 1
                    high = _words_after(text, high, clause[1], 2)
                else:
                    low, high = (start, clause[1]) if pattern is _RELATIVE_PAST else clause
                undated = Timex(0, 0, match.group(), f"../{anchor.isoformat()}", None, Tense.PAST)
                event = _event(text, sentence, low, high, undated, anchor, taken)
                event.when_text = match.group()
                event.checks.append("no time given: dated before the dateline from its tense")
                events.append(event)
                clauses_done.add(clause)
        for match in _PROSPECTIVE.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            clause = clause_around(sentence, start, end)
            if clause in clauses_done or any(c[0] <= start < c[1] for c in clauses_done):
                continue
            clauses_done.add(clause)
            low, high = _grow(text, sentence, *clause)
            if frame is not None and sentence.index - frame[0] <= _CARRY_BACK:
                carried = frame[1]
                timex = Timex(0, 0, carried.text, carried.date, carried.mod, Tense.FUTURE)
                event = _event(text, sentence, low, high, timex, anchor, taken)
                event.checks.append(f'date carried over from "{carried.text}"')
            else:
                timex = Timex(0, 0, match.group(), None, None, Tense.FUTURE)
                event = _event(text, sentence, low, high, timex, anchor, taken)
                event.when_text = match.group()
                event.checks.append("undated: no time in or near the clause")
            events.append(event)
    return events


def _timexes(text: str, sentence: Sentence, anchor: dt.date) -> list[Timex]:
    def tense_of(start: int, end: int) -> Tense:
        # "said on Monday that they will meet": the time belongs to the verb just before it.
        if _SAID_BEFORE.search(sentence.text[max(0, start - 40) : start]):
            return Tense.PAST
        low, high = clause_around(sentence, sentence.start + start, sentence.start + end)
        if len(text[low:high].split()) < 6:  # "On Thursday," governs the sentence
            low, high = sentence.start, sentence.end
        found = nearest_tense(text[low:high], sentence.start + start - low)
        return found if found is not None else Tense.PRESENT

    return tag(sentence.text, anchor, tense_of)


def _inside(timex: Timex, sentence: Sentence, skip: tuple[int, int]) -> bool:
    return sentence.start + timex.start < skip[1] and sentence.start + timex.end > skip[0]


def _evidence_clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    low, high = clause_around(sentence, start, end)
    return _grow(text, sentence, low, high)


def _grow(text: str, sentence: Sentence, low: int, high: int) -> tuple[int, int]:
    """A clause of a few words ("On Thursday,") is widened to the sentence."""
    if len(text[low:high].split()) < 6:
        return sentence.start, sentence.end
    return low, high


def _words_after(text: str, position: int, limit: int, count: int) -> int:
    for _ in range(count):
        following = text[position:limit]
        stripped = following.lstrip()
        if not stripped:
            break
        word = stripped.split()[0]
        position += len(following) - len(stripped) + len(word)
    return position


def _event(
    text: str,
    sentence: Sentence,
    low: int,
    high: int,
    timex: Timex,
    anchor: dt.date,
    taken: set[str],
) -> EventRecord:
    clause = text[low:high]
    hedge = hedges.certainty(clause)
    date, mod = timex.date, timex.mod
    try:
        earliest, latest = resolve(date, mod)
    except DateError:
        date, mod, earliest, latest = None, None, None, None
    before = (latest is not None and latest < anchor) or (
        earliest is None and latest is not None and latest <= anchor
    )
    after = earliest is not None and earliest > anchor
    if timex.tense is Tense.PAST and date is not None and not after:
        before = True
    status = hedges.status(clause, hedge, before, after)
    title = _title(clause, timex.text)
    event = EventRecord(
        unique_id(slug(title)[:40].strip("-") or "event", taken),
        title,
        timex.text,
        date,
        mod,
        status,
        hedge,
        [(low, high)],
        sentence.index,
    )
    if timex.check:
        event.checks.append(timex.check)
    return event


def _title(clause: str, when: str) -> str:
    words = " ".join(clause.replace(when, " ", 1).split()).strip(" ,.;:")
    words = _LEADING.sub("", words)
    parts = words.split()
    title = " ".join(parts[:9]) + (" …" if len(parts) > 9 else "")
    title = title.strip(" ,;:\"'“”")
    return (title[:1].upper() + title[1:]) if title else "Event"
