"""Reading a briefing or article file: bytes from a regular file within a size limit, then text.

Both refuse what a briefing can never be (a directory, a FIFO, a huge file, bytes that are not
UTF-8, NUL characters) with one clear problem naming the file and, where there is one, the line
and column of the bad byte. `char_position` turns an offset in text into that line and column;
`TextChunks` hands a text to the YAML parser a piece at a time.
"""

from __future__ import annotations

import os
import stat

from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.nodes import MIB
from briefing_tui.format.text import visible

__all__ = ["BOM", "TextChunks", "char_position", "decode", "read_file"]

BOM = b"\xef\xbb\xbf"


def read_file(path: str | os.PathLike[str], label: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing anything else or anything over `max_bytes`.

    The size is checked before reading, and reading stops one byte past the limit, so a huge file
    (or one that grows) costs nothing. Opening never blocks: a FIFO or device is refused.
    Raises `BriefingError` with one unpositioned problem naming `label`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _fail(label, "no such file") from None
    except IsADirectoryError:
        raise _fail(label, "is a directory, not a file") from None
    except PermissionError:
        raise _fail(label, "permission denied") from None
    except (OSError, ValueError) as error:
        raise _fail(label, f"cannot open: {_reason(error)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _fail(label, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _fail(label, "is not a regular file")
        if info.st_size > max_bytes:
            raise _too_big(label, info.st_size, max_bytes)
        chunks = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(max_bytes + 1 - size, 16 * MIB))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise _too_big(label, size, max_bytes)
        return b"".join(chunks)
    except OSError as error:
        raise _fail(label, f"cannot read: {_reason(error)}") from None
    finally:
        os.close(fd)


def decode(data: bytes, label: str) -> str:
    """UTF-8 `data` as text: a leading BOM dropped, CRLF turned into LF.

    Invalid UTF-8 and NUL characters raise `BriefingError` at the line and column of the bad byte
    (columns count characters, as editors do).
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        bad = data[error.start]
        raise BriefingError(
            [
                Problem(
                    label,
                    f"not UTF-8 text: byte 0x{bad:02x} cannot start or continue a character "
                    "here; briefings must be UTF-8",
                    line,
                    column,
                    _encoding_hint(data),
                )
            ]
        ) from None
    nul = text.find("\0")
    if nul >= 0:
        line, column = char_position(text, nul)
        raise BriefingError(
            [
                Problem(
                    label,
                    "NUL character (byte 0x00) in the file; briefings are text",
                    line,
                    column,
                    "this looks like a binary file" if _looks_binary(data) else None,
                )
            ]
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text


def _fail(label: str, message: str) -> BriefingError:
    return BriefingError([Problem(label, message)])


def _too_big(label: str, size: int, limit: int) -> BriefingError:
    return _fail(
        label,
        f"the file is {size / MIB:.1f} MiB; files over {limit / MIB:.0f} MiB are refused",
    )


def _reason(error: BaseException) -> str:
    return visible(getattr(error, "strerror", None) or str(error) or type(error).__name__)


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def char_position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _looks_binary(data: bytes) -> bool:
    return b"\0" in data[:8192]


def _encoding_hint(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "the file looks like UTF-16; save it as UTF-8"
    if _looks_binary(data):
        return "this looks like a binary file"
    return "save the file as UTF-8"


class TextChunks:
    """The text as a stream libyaml reads a piece at a time.

    Given a whole `str`, libyaml's parser keeps a UTF-8 copy of all of it while it parses; read
    through `read`, it holds one piece at a time.
    """

    __slots__ = ("position", "text")
    name = "<briefing>"

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0

    def read(self, size: int) -> str:
        start = self.position
        self.position = start + size
        return self.text[start : start + size]
