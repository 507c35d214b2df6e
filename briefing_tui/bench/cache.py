"""Synthetic briefings and libraries for the benchmark, generated once and kept in the temp
directory.

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
    folder = _cached(
        name, lambda scratch: write(scratch / "sample.yaml", events=events, seed=seed), cache_dir
    )
    return folder / "sample.yaml"


def _default_library_writer() -> Writer:
    from briefing_tui.library.sample import write_library

    return write_library


def library_path(
    count: int,
    *,
    seed: int = 0,
    writer: Writer | None = None,
    cache_dir: Path | None = None,
) -> Path:
    """The folder of a sample library of `count` briefings (`sample --library N`), generating it
    if it is not cached. Its index (`.briefing-tui/` inside) is left to whoever opens it."""
    write = writer or _default_library_writer()
    name = f"library{count}-seed{seed}-{_fingerprint(write)}"
    return _cached(name, lambda scratch: write(scratch, count, seed=seed), cache_dir)


def _cached(name: str, make: Callable[[Path], object], cache_dir: Path | None) -> Path:
    """The cached folder `name`, made by `make(scratch)` in a temporary folder renamed into place
    when missing (so a folder that exists is whole)."""
    cache_dir = cache_dir or CACHE_DIR
    final = cache_dir / name
    if final.is_dir():
        return final
    cache_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=name + ".", dir=cache_dir))
    try:
        make(scratch)
        try:
            scratch.rename(final)
        except OSError:
            if not final.is_dir():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return final
