"""Synthetic briefings: a generated article and its complete annotation, for trying the reader at
any size and as the benchmark's input (`briefing-tui sample --events N FILE`).

Everything comes from one `random.Random(seed)` and fixed word lists, so the same arguments give
byte-identical files. Every evidence quote holds an item that occurs once in the article (a
unique name or title) next to words of its own sentence template, so each quote selects exactly
one place; a few quotes are a stock phrase repeated all over the article, and carry a prefix or
suffix that settles which one is meant. The YAML is built as text, every string double-quoted: far
faster than `yaml.dump`, and no scalar can be read back as anything but a string.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from briefing_tui.bench.sample_events import topics_of, write_events, write_topics
from briefing_tui.bench.sample_people import (
    participants_of,
    sides_of,
    write_participants,
    write_sides,
)
from briefing_tui.bench.sample_text import Sample, join_words, q
from briefing_tui.bench.sample_words import CITIES, MONTHS, PUBLISHED

__all__ = ["article_path", "q", "sample_counts", "write_sample"]


def sample_counts(
    events: int, participants: int | None, topics: int | None
) -> tuple[int, int, int]:
    if events < 1:
        raise ValueError("--events must be at least 1")
    participants = max(8, events // 20) if participants is None else participants
    topics = max(6, events // 50) if topics is None else topics
    if participants < 3:
        raise ValueError("--participants must be at least 3 (a person, an organization, a country)")
    if topics < 1:
        raise ValueError("--topics must be at least 1")
    return events, participants, topics


def article_path(path: Path) -> Path:
    """Where the article of the briefing at `path` goes: beside it, with the suffix `.txt`."""
    article = path.with_suffix(".txt")
    return path.with_name(path.name + ".txt") if article == path else article


def write_sample(
    path: Path,
    *,
    events: int,
    participants: int | None = None,
    topics: int | None = None,
    seed: int = 0,
) -> None:
    """Write a valid synthetic briefing to `path` and its article to a sibling `.txt` file.

    Defaults: `max(8, events // 20)` participants and `max(6, events // 50)` topics. Raises
    `ValueError` for counts that cannot make a valid briefing, `OSError` when writing fails.
    """
    events, participants, topics = sample_counts(events, participants, topics)
    path = Path(path)
    article = article_path(path)
    sample = Sample(random.Random(seed))
    yaml_text, article_text = _generate(sample, events, participants, topics, seed, article.name)
    _write(article, article_text)
    _write(path, yaml_text)


def _write(path: Path, text: str) -> None:
    """Writes `text` to a temporary file beside `path`, then renames it: never half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8", newline="\n")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _generate(
    sample: Sample, events: int, participants: int, topics: int, seed: int, text_file: str
) -> tuple[str, str]:
    rng = sample.rng
    place = rng.choice(CITIES)
    sides, countries = sides_of(sample, participants)
    people = participants_of(sample, participants, sides, countries)
    tree = topics_of(sample, topics)
    lead = [side[1] for side in sides]
    sample.paragraphs.append(
        f"{place.upper()}, {PUBLISHED.day} {MONTHS[PUBLISHED.month - 1]} {PUBLISHED.year} -- "
        f"Delegations led by {join_words(lead)} met in {place} this week as a long season of talks"
        " went on."
    )
    yaml = sample.yaml
    yaml += [
        "# A synthetic briefing written by `briefing-tui sample`; the article is generated too.",
        "briefing: 1",
        "document:",
        f"  title: {q(f'Synthetic briefing: {events:,} events')}",
        f"  published: {q(PUBLISHED.isoformat())}",
        f"  place: {q(place)}",
        f"  source: {q(f'briefing-tui sample --events {events} --seed {seed}')}",
        "  summary: "
        + q(
            f"A generated briefing of {events:,} events among {participants:,} participants"
            f" on {topics:,} topics, for trying the reader at scale."
        ),
        f"  text_file: {q(text_file)}",
    ]
    write_sides(sample, sides)
    write_participants(sample, people, sides)
    write_topics(sample, tree)
    write_events(sample, events, people, tree)
    return "\n".join(yaml) + "\n", "\n\n".join(sample.paragraphs) + "\n"
