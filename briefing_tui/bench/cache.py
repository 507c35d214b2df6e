"""Synthetic briefings for the benchmark, generated once and kept in the temp directory.

A sample is keyed by its parameters and by the source of the generator, so changing
`briefing_tui/bench/sample*.py` (or the package version) regenerates it. Each sample lives in its
own directory (the generator may write the article beside the YAML), written under a temporary
name and renamed into place, so a half-written sample is never used.
"""

from __future__ import annotations

import hashlib
import inspect
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import briefing_tui

CACHE_DIR = Path(tempfile.gettempdir()) / "briefing-tui-bench"

Writer = Callable[..., object]


def _default_writer() -> Writer:
    from briefing_tui.bench.sample import write_sample

    return write_sample


def _fingerprint(writer: Writer) -> str:
    """A hash of the writer's module and the `sample*.py` modules beside it (the generator)."""
    try:
        module = Path(inspect.getfile(writer))
        files = sorted({module, *module.parent.glob("sample*.py")})
        source = b"".join(file.read_bytes() for file in files)
    except (OSError, TypeError):
        source = repr(writer).encode()
    return hashlib.sha256(source + briefing_tui.__version__.encode()).hexdigest()[:12]


def sample_path(
    events: int,
    *,
    seed: int = 0,
    writer: Writer | None = None,
    cache_dir: Path | None = None,
) -> Path:
    """The path of a sample briefing with `events` events, generating it if it is not cached."""
    write = writer or _default_writer()
    name = f"events{events}-seed{seed}-{_fingerprint(write)}"
    cache_dir = cache_dir or CACHE_DIR
    final = cache_dir / name
    target = final / "sample.yaml"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=name + ".", dir=cache_dir))
    try:
        write(scratch / "sample.yaml", events=events, seed=seed)
        try:
            scratch.rename(final)
        except OSError:
            if not target.is_file():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target
