"""Where a library's briefings are, and where its index lives.

A library is a folder searched recursively (hidden folders such as `.git` and the index's own
`.briefing-tui/` are skipped) or a list of files. Every `*.yaml` / `*.yml` file is a candidate;
one that fails to load and does not even look like a briefing (no top-level `briefing:` key) is
not listed.

The index goes in `DIR/.briefing-tui/` so it travels with the folder; where that cannot be written
(a read-only folder, a mounted archive), in the user's cache directory (`$XDG_CACHE_HOME`, else
`~/.cache`), under a name made from the folder's absolute path.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

INDEX_DIR = ".briefing-tui"
INDEX_FILE = "library.sqlite3"
SUFFIXES = (".yaml", ".yml")


def discover(roots: Sequence[Path]) -> Iterator[Path]:
    """Every candidate briefing file under `roots` (files given are taken as they are)."""
    seen: set[Path] = set()
    for root in roots:
        found = sorted(_walk(root)) if root.is_dir() else [root]
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, onerror=None):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in files:
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield Path(folder, name)


def base_of(roots: Sequence[Path]) -> Path | None:
    """The folder paths are stored relative to: the library's folder when there is one."""
    if len(roots) == 1 and roots[0].is_dir():
        return roots[0]
    return None


def cache_home() -> Path:
    """The user's cache directory (XDG)."""
    configured = os.environ.get("XDG_CACHE_HOME")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".cache"


def index_path(roots: Sequence[Path]) -> Path:
    """Where the index of the library made of `roots` is kept; its folder exists on return.

    Raises OSError when neither the library's folder nor the cache directory can be written.
    """
    base = base_of(roots)
    if base is not None:
        folder = base / INDEX_DIR
        if _writable(folder):
            return folder / INDEX_FILE
        key = str(base.resolve())
    else:
        key = "\n".join(sorted(str(root.resolve()) for root in roots))
    name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    folder = cache_home() / "briefing-tui" / "libraries" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder / INDEX_FILE


def _writable(folder: Path) -> bool:
    """Whether an index can be written in `folder` (created if missing); tried, not guessed."""
    try:
        folder.mkdir(exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def looks_like_briefing(data: bytes) -> bool:
    """Whether a file that failed to load was meant as a briefing (a top-level `briefing` key)."""
    head = data[:65536]
    return head.startswith(b"briefing") or b"\nbriefing" in head or b"\rbriefing" in head
