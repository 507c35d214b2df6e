"""`draft_ms` for the bench: CPU time to draft the seed article and a 20,000-word article."""

from __future__ import annotations

import time
from pathlib import Path

from briefing_tui.draft.build import make_draft, render

LONG_WORDS = 20_000


def _long_article(seed_text: str, words: int) -> str:
    body = seed_text.split("--", 1)[-1]
    paragraphs = []
    count = 0
    while count < words:
        paragraphs.append(body.strip())
        count += len(body.split())
    return "date 2021-03-05 TOKYO -- " + "\n\n".join(paragraphs) + "\n"


def _cpu_ms(text: str) -> float:
    start = time.process_time()
    render(make_draft(text), "bench.txt")
    return (time.process_time() - start) * 1000


def measure(seed_article_path: str | Path) -> dict[str, float]:
    """CPU ms to draft the seed and a 20,000-word article, and the per-word ratio of the two."""
    seed_text = Path(seed_article_path).read_text(encoding="utf-8")
    _cpu_ms(seed_text)  # warm the caches (compiled patterns, the country table)
    seed_ms = _cpu_ms(seed_text)
    long_text = _long_article(seed_text, LONG_WORDS)
    long_ms = _cpu_ms(long_text)
    seed_words, long_words = len(seed_text.split()), len(long_text.split())
    ratio = (long_ms / long_words) / (seed_ms / seed_words) if seed_ms else 0.0
    return {
        "seed_ms": seed_ms,
        "long_ms": long_ms,
        "seed_words": float(seed_words),
        "long_words": float(long_words),
        "per_word_ratio": ratio,
    }
