"""Reading one briefing file into what the index keeps of it; runs in a worker process too.

`prepare(job)` takes one file the update found new or changed and returns either ("touch",
stamp) when only its time stamp moved (same content hash), or ("add", briefing row, rows) with the
file loaded (or, for a file that does not load, its first problem). It touches no database, so an
update can run it for many files in worker processes (`pool.prepare_all`) while it writes.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any

from briefing_tui.library.locate import looks_like_briefing

Job = tuple[str, str, str | None, tuple[Any, ...] | None]
"""(key, file path, the library's base folder or None, the index's stamps of the key or None)."""


def key_of(path: Path, base: Path | None) -> str:
    """How a file is named in the index: relative to the library's folder, else absolute."""
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return str(path.absolute())


def path_of(key: str, base: Path | None) -> Path:
    """The file a key names, spelled as the user gave the library (relative stays relative)."""
    path = Path(key)
    return path if path.is_absolute() or base is None else base / path


def _stat(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        result = os.stat(path)
    except OSError:
        return None
    return result.st_size, result.st_mtime_ns


MAX_READ = 80 * 1024 * 1024
"""Larger than any file the loader accepts: a bigger one is not read here either."""


def read_regular(path: Path) -> bytes | None:
    """The bytes of `path` if it is a regular file of sane size; None otherwise.

    A FIFO or a device named `*.yaml` (or named as an article) would block or never end.
    """
    try:
        with open(path, "rb", opener=_nonblocking) as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_READ:
                return None
            return file.read(MAX_READ + 1)
    except OSError:
        return None


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _digest(path: Path, text_path: Path | None) -> str | None:
    data = read_regular(path)
    if data is None:
        return None
    digest = hashlib.sha256(data)
    if text_path is not None:
        digest.update(b"\0")
        digest.update(read_regular(text_path) or b"\1missing")
    return digest.hexdigest()


def prepare(job: Job) -> tuple[Any, ...]:
    """("touch", stamp) when only the stamp changed, else ("add", briefing row, rows)."""
    key, name, base_name, old = job
    path = Path(name)
    base = None if base_name is None else Path(base_name)
    old_text = None if old is None or old[3] is None else path_of(old[3], base)
    stamp = _stat(path)
    if old is not None:
        text_stamp = _stat(old_text)
        digest = _digest(path, old_text)
        if digest is not None and digest == old[6] and stamp is not None:
            return ("touch", (*stamp, *(text_stamp or (None, None))))
    return _load(key, path, base)


_TEXT_FILE = re.compile(
    rb"""^[ \t]*text_file[ \t]*:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$""", re.M
)


def _named_article(path: Path, data: bytes) -> Path | None:
    """The article file a briefing that does not load names, if its text shows one."""
    match = _TEXT_FILE.search(data[:1_000_000])
    if match is None:
        return None
    try:
        name = match.group(1).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return path.parent / name if name else None


def _load(key: str, path: Path, base: Path | None) -> tuple[Any, ...]:
    # Imported here: the library's screen opens (and lists) without the model's modules.
    from briefing_tui.format.errors import BriefingError, Severity
    from briefing_tui.format.loader import load
    from briefing_tui.library.extract import Rows, rows

    stamp = _stat(path) or (0, 0)
    try:
        briefing = load(path)
    except BriefingError as error:
        data = read_regular(path) or b""
        status = "broken" if looks_like_briefing(data) else "other"
        errors = [p for p in error.problems if p.severity is Severity.ERROR] or list(error.problems)
        problem = errors[0].format() if errors else "does not load"
        # Its article, if it names one: an article that appears or changes may mend the file.
        text_path = _named_article(path, data)
        text_stamp = _stat(text_path) or (None, None)
        text_key = None if text_path is None else key_of(text_path, base)
        digest = _digest(path, text_path) or ""
        row = (key, *stamp, text_key, *text_stamp, digest, status, problem)
        return ("add", (*row, None, None, None, 0, 0, 0, 0, 0), Rows([], [], [], []))
    document = briefing.document
    text_path = None if document.text_file is None else path.parent / document.text_file
    text_stamp = _stat(text_path) or (None, None)
    text_key = None if text_path is None else key_of(text_path, base)
    digest = _digest(path, text_path) or ""
    row = (
        key,
        *stamp,
        text_key,
        *text_stamp,
        digest,
        "ok",
        None,
        document.published.isoformat(),
        document.place,
        document.title,
        len(briefing.participants),
        len(briefing.events),
        len(briefing.topics),
        len(briefing.warnings),
        1 if text_path is None else 0,
    )
    return ("add", row, rows(briefing))
