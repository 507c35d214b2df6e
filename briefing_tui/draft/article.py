"""Reading an article file safely: size limit, text or saved page, one clear error each.

Every refusal is a `DraftError` whose message is one line naming the file, and whose `code` is
the exit status (2: the input cannot be used; 1: the draft could not be written).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 8 * 1024 * 1024
"""Larger files are refused: no news article comes near it, and drafting is linear in length."""

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class DraftError(Exception):
    """A draft that cannot be made or written; `str()` is the one line for the user."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Article:
    """The article's text and what its source says about it."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    from_page: bool = False


def read(path: Path) -> Article:
    """The article in `path` (UTF-8 text, or a saved web page by its suffix)."""
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DraftError(f"{name}: not a regular file")
        if size > MAX_BYTES:
            raise DraftError(
                f"{name}: the file is {size:,} bytes; the limit for an article is {MAX_BYTES:,}"
            )
        data = path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        raise DraftError(f"{name}: no such file") from None
    except PermissionError:
        raise DraftError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise DraftError(f"{name}: is a directory, not an article") from None
    except OSError as error:
        raise DraftError(f"{name}: cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise DraftError(f"{name}: larger than {MAX_BYTES:,} bytes")
    if not data.strip():
        raise DraftError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise DraftError(f"{name}: a binary file (NUL bytes), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise DraftError(
            f"{name}:{line}:{column}: not UTF-8 (byte 0x{data[error.start]:02x})"
        ) from None
    if path.suffix.lower() in HTML_SUFFIXES:
        return _page(name, text)
    return Article(text)


def _page(name: str, markup: str) -> Article:
    from briefing_tui.draft.html import extract

    try:
        page = extract(markup)
    except Exception as error:  # a malformed page: one line, never a traceback
        raise DraftError(f"{name}: cannot read the page: {type(error).__name__}") from None
    if page is None:
        raise DraftError(f"{name}: the page has no article text")
    return Article(page.text, page.title, page.published, page.source, from_page=True)
