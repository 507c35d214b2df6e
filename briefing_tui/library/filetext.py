"""The text of the files search results point into, kept while they stay as they were.

A search result's `FILE:LINE:COL` needs the article's text file (or, for an inline article, the
briefing's YAML and where its `document.text` starts). One search reads a few dozen such files
and the next search mostly the same ones, so a library keeps them here: each with the line
starts of its text (a line number is then a binary search) and, for a briefing, the offset where
its article's text starts. An entry is used only while the file's size, time and inode are the
ones it was read with (one `stat` per use); the files used last are kept, up to a bounded
number of characters in all.
"""

from __future__ import annotations

import bisect
import os
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple

from briefing_tui.library.update import read_regular

KEEP_CHARS = 4_000_000
"""Characters of text kept in all: many searches' worth of results' files."""


class FileText(NamedTuple):
    """A file's text as the loader reads it (BOM removed, CRLF as LF), its line starts, and
    values worked out from the text by whoever reads it (`extras`, dropped with the text)."""

    text: str
    line_starts: list[int]
    extras: dict[str, object]

    def line_col(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of character `offset`."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


def decode(data: bytes) -> str:
    """Bytes of a briefing or article as the loader reads them: BOM removed, CRLF as LF."""
    return data.decode("utf-8", "replace").removeprefix("\ufeff").replace("\r\n", "\n")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return starts


class FileTexts:
    """Files read for positions, each kept while its size, time and inode stay the same."""

    def __init__(self, keep_chars: int = KEEP_CHARS) -> None:
        self.keep_chars = keep_chars
        self._chars = 0
        self._files: OrderedDict[Path, tuple[tuple[int, int, int], FileText | None]] = OrderedDict()

    def get(self, path: Path) -> FileText | None:
        """The text of `path` as it is now; None when it is not a readable regular file."""
        try:
            status = os.stat(path)
        except OSError:
            self._forget(path)
            return None
        stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
        kept = self._files.get(path)
        if kept is not None and kept[0] == stamp:
            self._files.move_to_end(path)
            return kept[1]
        data = read_regular(path)
        found = None
        if data is not None:
            text = decode(data)
            found = FileText(text, _line_starts(text), {})
        self._forget(path)
        self._files[path] = (stamp, found)
        self._chars += 0 if found is None else len(found.text)
        while self._chars > self.keep_chars and len(self._files) > 1:
            self._forget(next(iter(self._files)))
        return found

    def kept(self) -> list[Path]:
        """The files kept now, the one used longest ago first."""
        return list(self._files)

    def _forget(self, path: Path) -> None:
        kept = self._files.pop(path, None)
        if kept is not None and kept[1] is not None:
            self._chars -= len(kept[1].text)
