"""The library's benchmark figures, each against a floor measured in the same call.

Called by `briefing-tui bench` on a sampled library (`sample --library N DIR`); each function
returns a plain dict (JSON-ready) with the figure, its floor and their ratio:

- `index_build(dir)`: the index built from nothing (in a temporary folder, so the library's own
  index is left alone) against `load()` of every file once in this process (the parse floor);
- `reindex_one(dir)`: after one article changes, the time until `search` finds its new word,
  against `load()` of that one briefing; the library's own index is used (brought up to date
  first) and the article is restored afterwards;
- `search(dir, queries=100)`: p95 of `Library.search` over varied queries (names, phrases, rare
  and common words) against p95 of the bare FTS5 `MATCH ... ORDER BY rank LIMIT 50` on the same
  database and query.

Deterministic (the files, queries and words are chosen from the library without randomness
but a fixed seed) and bounded in time (a fixed number of rounds, each with a deadline).
"""

from __future__ import annotations

import contextlib
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from briefing_tui.library.index import Library
from briefing_tui.library.locate import discover
from briefing_tui.library.query import fts_query

FIND_DEADLINE_S = 30.0
"""The longest `reindex_one` waits for a changed file's word to be found."""


def _load_all(paths: list[Path]) -> float:
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load

    start = time.perf_counter()
    for path in paths:
        with contextlib.suppress(BriefingError):
            load(path)
    return time.perf_counter() - start


def index_build(folder: Path | str) -> dict[str, Any]:
    """Build the index of `folder` from nothing, against loading every file once."""
    folder = Path(folder)
    paths = list(discover([folder]))
    floor = _load_all(paths)
    with tempfile.TemporaryDirectory(prefix="briefing-tui-bench-") as scratch:
        start = time.perf_counter()
        with Library([folder], Path(scratch) / "library.sqlite3") as library:
            report = library.update()
        seconds = time.perf_counter() - start
    return {
        "files": len(paths),
        "indexed": report.added,
        "build_s": seconds,
        "floor_load_all_s": floor,
        "ratio": seconds / floor if floor > 0 else None,
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def reindex_one(folder: Path | str, rounds: int = 5) -> dict[str, Any]:
    """After one article changes, the time until `search` finds its new word (median of
    `rounds`), against `load()` of that briefing (median of as many loads)."""
    from briefing_tui.format.loader import load

    folder = Path(folder)
    with Library.open([folder]) as library:
        library.update()
        chosen = _article_briefing(library)
        if chosen is None:
            raise ValueError(f"{folder}: no briefing with an article file to change")
        briefing, article = chosen
        original = article.read_bytes()
        files = len(library.briefings())
        times: list[float] = []
        floors: list[float] = []
        try:
            for number in range(rounds):
                word = f"zqxreindex{number:04d}"
                _write(article, original + f"\n{word.capitalize()} was said here.\n".encode())
                start = time.perf_counter()
                while True:
                    library.update()
                    if any(hit.briefing == briefing for hit in library.search(word, 5)):
                        break
                    if time.perf_counter() - start > FIND_DEADLINE_S:
                        raise TimeoutError(f"{word} not found in {FIND_DEADLINE_S} s")
                times.append(time.perf_counter() - start)
                start = time.perf_counter()
                load(briefing)
                floors.append(time.perf_counter() - start)
        finally:
            _write(article, original)
            library.update()
    seconds, floor = statistics.median(times), statistics.median(floors)
    return {
        "files": files,
        "rounds": rounds,
        "reindex_s": seconds,
        "floor_load_one_s": floor,
        "ratio": seconds / floor if floor > 0 else None,
    }


def _article_briefing(library: Library) -> tuple[Path, Path] | None:
    """A briefing in the middle of the library whose article is a file of its own."""
    entries = [entry for entry in library.briefings() if entry.ok and entry.text_path]
    if not entries:
        return None
    entry = sorted(entries, key=lambda entry: str(entry.path))[len(entries) // 2]
    assert entry.text_path is not None
    return entry.path, entry.text_path


def _write(path: Path, data: bytes) -> None:
    """Write `data` in place, the way an editor saving the file does; the time stamp moves."""
    with open(path, "wb") as file:
        file.write(data)
    os.utime(path)


def bench_queries(library: Library, count: int = 100, seed: int = 0) -> list[str]:
    """`count` varied queries drawn from the library's own words: names, phrases of two or three
    words, rare words and common words (a quarter each)."""
    db = library.store.db
    rng = random.Random(seed)
    names = [row[0] for row in db.execute("SELECT DISTINCT label FROM items ORDER BY label")]
    bodies = [
        row[0] for row in db.execute("SELECT body FROM passages WHERE rowid % 7 = 0 ORDER BY rowid")
    ]
    counts: dict[str, int] = {}
    for body in bodies:
        for word in {w.casefold() for w in body.split() if w.isalpha() and len(w) > 3}:
            counts[word] = counts.get(word, 0) + 1
    by_count = sorted(counts, key=lambda word: (counts[word], word))
    rare = by_count[: max(1, len(by_count) // 10)]
    common = by_count[-max(1, len(by_count) // 10) :]
    found: list[str] = []
    for number in range(count):
        kind = number % 4
        if kind == 0 and names:
            found.append(rng.choice(names))
        elif kind == 1 and bodies:
            words = rng.choice(bodies).split()
            size = rng.choice((2, 3))
            start = rng.randrange(max(1, len(words) - size + 1))
            found.append(" ".join(words[start : start + size]))
        elif kind == 2 and rare:
            found.append(rng.choice(rare))
        elif common:
            found.append(rng.choice(common))
    return found


def search(folder: Path | str, queries: int = 100, limit: int = 50) -> dict[str, Any]:
    """p95 of `Library.search` over varied queries against p95 of the bare FTS5 query."""
    folder = Path(folder)
    with Library.open([folder]) as library:
        library.update()
        asked = bench_queries(library, queries)
        bare = "SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT ?"
        db = library.store.db
        for text in asked:  # warm both paths once
            library.search(text, limit)
        ours: list[float] = []
        floors: list[float] = []
        found = 0
        for text in asked:
            match = fts_query(text)
            start = time.perf_counter()
            if match is not None:
                db.execute(bare, (match, limit)).fetchall()
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            hits = library.search(text, limit)
            ours.append(time.perf_counter() - start)
            found += bool(hits)
    p95, floor = _percentile(ours, 0.95), _percentile(floors, 0.95)
    return {
        "queries": len(asked),
        "with_hits": found,
        "p95_s": p95,
        "median_s": statistics.median(ours),
        "floor_p95_s": floor,
        "floor_median_s": statistics.median(floors),
        "ratio": p95 / floor if floor > 0 else None,
    }
