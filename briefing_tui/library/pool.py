"""Preparing many files at once: worker processes on the machine's other cores, results in order.

Loading is the cost of building an index (YAML parsing is CPU in one interpreter), so when an
update has many files to read they are prepared in worker processes while this process writes
what they return. A worker is `python -m briefing_tui.library.worker` talking pickles over its
pipes: a fresh interpreter (the caller may be a threaded app, where `fork` is unsafe) that imports
only the library, never the caller's main script (as `multiprocessing`'s spawn would). Starting
one costs a fraction of a second, so workers are used only for many files and only where there is
more than one core. Chunks go to the workers in turn, a few ahead, and come back in order, so
memory stays small whatever the library's size. Whatever stops a worker (none can be started,
one dies) leaves the remaining files to be prepared here, in this process.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from briefing_tui.library.prepare import Job, prepare

POOL_MIN_FILES = 256
"""Fewer files than this are prepared in this process (starting workers would cost more)."""
CHUNK = 32
"""Files a worker prepares per request."""
AHEAD = 3
"""Requests each worker has queued (sent and not yet answered)."""
MAX_WORKERS = 4
"""More workers than this would wait on the one writer."""


def workers_for(files: int) -> int:
    """How many worker processes to prepare `files` files with (0: none, do it here)."""
    if files < POOL_MIN_FILES:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, MAX_WORKERS)


def prepare_all(jobs: Sequence[Job], workers: int | None = None) -> Iterator[tuple[Any, ...]]:
    """`prepare(job)` of every job, in order; in worker processes when there are many."""
    count = workers_for(len(jobs)) if workers is None else workers
    chunks = [list(jobs[start : start + CHUNK]) for start in range(0, len(jobs), CHUNK)]
    done = [0]
    if count >= 1:
        try:
            yield from _pooled(chunks, count, done)
            return
        except _PoolFailed:
            pass
    for chunk in chunks[done[0] :]:
        for job in chunk:
            yield prepare(job)


class _PoolFailed(Exception):
    """A worker could not start or stopped answering: the caller prepares the rest itself."""


def _start(count: int) -> list[subprocess.Popen[bytes]]:
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": root if not path else root + os.pathsep + path}
    started: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(count):
            started.append(
                subprocess.Popen(
                    [sys.executable, "-m", "briefing_tui.library.worker"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
            )
    except OSError as error:
        _stop(started)
        raise _PoolFailed from error
    return started


def _stop(workers: list[subprocess.Popen[bytes]]) -> None:
    for worker in workers:
        try:
            if worker.stdin is not None:
                worker.stdin.close()
        except OSError:
            pass
    for worker in workers:
        try:
            worker.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        if worker.stdout is not None:
            worker.stdout.close()


def _send(pipe: IO[bytes] | None, chunk: list[Job]) -> None:
    assert pipe is not None
    pickle.dump(chunk, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    pipe.flush()


def _pooled(chunks: list[list[Job]], count: int, done: list[int]) -> Iterator[tuple[Any, ...]]:
    workers = _start(count)
    try:
        try:
            sent = 0
            for _ in range(AHEAD):
                for worker in workers:
                    if sent < len(chunks):
                        _send(worker.stdin, chunks[sent])
                        sent += 1
            for index in range(len(chunks)):
                worker = workers[index % count]
                assert worker.stdout is not None
                results = pickle.load(worker.stdout)
                if sent < len(chunks):  # the worker that answered takes the next request
                    _send(worker.stdin, chunks[sent])
                    sent += 1
                done[0] = index + 1
                yield from results
        except (OSError, EOFError, pickle.UnpicklingError) as error:
            raise _PoolFailed from error
    finally:
        _stop(workers)
