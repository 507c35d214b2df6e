"""Strict YAML: bytes from anyone in, positioned nodes out, nothing a briefing does not need.

A briefing file may come from anyone, so reading it must never run anything, blow up memory, recurse
without bound or silently change what a person wrote. PyYAML's loaders do several of those things
(aliases expand, duplicate keys vanish, `no` becomes False, deep input hits RecursionError), so the
nodes here are built from the parser's event stream directly:

- The event parser (libyaml's, or PyYAML's pure-Python one when libyaml is missing) works with an
  explicit stack and never recurses, and the builder below is a loop, so depth costs nothing until
  the nesting limit stops it, at the position where it is crossed.
- Scalars keep the text as written (`no`, `010`, `2021-03-04` stay strings); nodes carry 1-based
  line and column.
- Anchors, aliases, tags (any, `!!str` included), merge keys `<<`, duplicate keys, keys that are not
  strings and a second document are reported with their positions. An alias becomes an `Alias`
  node that refers to nothing, so there is nothing to expand.
- Limits on file size (before reading it all), scalar length, nesting depth and node count keep
  hostile input cheap; bytes must be UTF-8 (a BOM and CRLF line ends are fine) without NUL, and a
  bad byte is reported at its line and column.

The YAML parsers refuse raw control characters (ESC, C1, DEL ...). A briefing may still carry
them (the loader warns and the app shows them as visible stand-ins), so before parsing each one is
swapped for a private-use placeholder of the same length and swapped back in every scalar after.
Unicode line separators (NEL, U+2028, U+2029) are treated the same way so that they are text, as in
YAML 1.2, and line numbers agree with editors.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.text import shorten, visible

if TYPE_CHECKING:
    from collections.abc import Callable

try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _CParser = None

__all__ = [
    "DEFAULT_LIMITS",
    "Alias",
    "Limits",
    "Mapping",
    "Node",
    "Parsed",
    "Scalar",
    "Sequence",
    "decode",
    "parse",
    "read_file",
]

MIB = 1024 * 1024
BOM = b"\xef\xbb\xbf"


class Limits(NamedTuple):
    """Bounds no real briefing meets, so that hostile input stays cheap to refuse.

    A `NamedTuple` rather than a dataclass: as immutable, and cheaper to declare at start-up.
    """

    max_file_bytes: int = 64 * MIB
    """A briefing file, and an article file, may not be larger (checked before reading it all)."""
    max_scalar_chars: int = 1 * MIB
    """No single value may be longer..."""
    max_long_scalar_chars: int = 32 * MIB
    """...except those at the paths given as `long_scalars` (the inline article)."""
    max_depth: int = 64
    """Collections nested deeper than this are refused (a briefing needs 5)."""
    max_nodes: int = 3_000_000
    """Values in one file; a 50,000-event briefing has about 1.3 million."""
    max_problems: int = 1000
    """Reading stops after this many problems."""


DEFAULT_LIMITS = Limits()


class Scalar:
    """A string value exactly as written, with where it starts. `style` is `''`/None when plain."""

    __slots__ = ("column", "line", "style", "value")
    describe = "a string"

    def __init__(self, value: str, line: int, column: int, style: str | None) -> None:
        self.value = value
        self.line = line
        self.column = column
        self.style = style

    @property
    def plain(self) -> bool:
        """True when the value was written without quotes or block indicators."""
        return not self.style

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}, {self.line}:{self.column})"


class Mapping:
    """A mapping: each key (a string) to its key node and value node, in file order."""

    __slots__ = ("column", "items", "line")
    describe = "a mapping"

    def __init__(self, line: int, column: int) -> None:
        self.items: dict[str, tuple[Scalar, Node]] = {}
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"Mapping({list(self.items)}, {self.line}:{self.column})"


class Sequence:
    """A list of nodes."""

    __slots__ = ("column", "items", "line")
    describe = "a list"

    def __init__(self, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"Sequence({len(self.items)} items, {self.line}:{self.column})"


class Alias:
    """Where an alias (`*name`) stood. It is already reported; it refers to nothing."""

    __slots__ = ("column", "line")
    describe = "an alias"

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


Node = Scalar | Mapping | Sequence | Alias


class Parsed(NamedTuple):
    """The one document of a file (None when it has none) and the problems met reading it."""

    root: Node | None
    problems: tuple[Problem, ...]


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
        line, column = _char_position(text, nul)
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


_PROTECT = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""Characters the YAML parsers refuse or treat as line breaks, but a briefing may contain."""

_PROTECTED_CODES = (
    *range(0x01, 0x09),
    0x0B,
    0x0C,
    *range(0x0E, 0x20),
    *range(0x7F, 0xA0),
    0x2028,
    0x2029,
    0xFFFE,
    0xFFFF,
)
_PLACEHOLDER_BASES = tuple(range(0xF0000, 0x110000, 0x1000))


def parse(
    text: str,
    label: str,
    limits: Limits = DEFAULT_LIMITS,
    long_scalars: Collection[tuple[str, ...]] = (),
) -> Parsed:
    """The one document in `text`, built strictly (see the module docstring).

    Problems that leave the rest of the file readable (a tag, an alias, a duplicate key, a second
    document) are returned in `Parsed.problems` so that the caller can go on checking; anything
    that stops reading (a syntax error, a limit crossed) raises `BriefingError` holding those
    found so far too. `long_scalars` are key paths from the top (such as `("document", "text")`)
    whose values may be up to `limits.max_long_scalar_chars` long.
    """
    return _Builder(text, label, limits, frozenset(long_scalars)).build()


class _Builder:
    """Turns one text's event stream into nodes, collecting problems on the way."""

    def __init__(
        self, text: str, label: str, limits: Limits, long_scalars: frozenset[tuple[str, ...]]
    ) -> None:
        self.label = label
        self.limits = limits
        self.long_scalars = long_scalars
        self.problems: list[Problem] = []
        self.restore: dict[int, int] | None = None
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _PROTECT.search(text) is not None:
            text, self.restore = self._protect(text)
        self.text = text

    def _protect(self, text: str) -> tuple[str, dict[int, int]]:
        for base in _PLACEHOLDER_BASES:
            end = base + len(_PROTECTED_CODES) - 1
            if re.search(f"[{chr(base)}-{chr(end)}]", text) is None:
                forward = {code: base + index for index, code in enumerate(_PROTECTED_CODES)}
                back = {placeholder: code for code, placeholder in forward.items()}
                return text.translate(forward), back
        raise BriefingError(
            [
                Problem(
                    self.label,
                    "the file mixes raw control characters with private-use characters in "
                    "every range this reader could use to read them",
                    hint='write the control characters as escapes in double quotes ("\\x1b")',
                )
            ]
        )

    def problem(self, message: str, line: int | None, column: int | None, hint: str | None) -> None:
        self.problems.append(Problem(self.label, message, line, column, hint))
        if len(self.problems) >= self.limits.max_problems:
            self.fatal(f"too many problems; stopped after {len(self.problems)}", line, column, None)

    def fatal(self, message: str, line: int | None, column: int | None, hint: str | None) -> None:
        self.problems.append(Problem(self.label, message, line, column, hint))
        raise BriefingError(self.problems)

    def build(self) -> Parsed:
        parser = _CParser(self.text) if _CParser is not None else yaml.SafeLoader(self.text)
        try:
            root = self._events(parser.get_event)
        except yaml.MarkedYAMLError as error:
            self._syntax(error)
        except yaml.reader.ReaderError as error:
            line, column = _char_position(self.text, max(0, min(error.position, len(self.text))))
            reason = self._show_message(error.reason)
            self.fatal(f"unreadable character: {reason}", line, column, None)
        except yaml.YAMLError as error:
            self.fatal(f"not valid YAML: {self._show_message(str(error))}", None, None, None)
        finally:
            parser.dispose()
        return Parsed(root, tuple(self.problems))

    def _events(self, get_event: Callable[[], Any]) -> Node | None:
        """The event loop: one pass, no recursion, every check inline."""
        limits = self.limits
        max_depth = limits.max_depth
        max_nodes = limits.max_nodes
        max_scalar = limits.max_scalar_chars
        check_length = len(self.text) > max_scalar
        restore = self.restore
        problem = self.problem
        stack: list[tuple[Mapping | Sequence | None, Scalar | None, str | None]] = []
        current: Mapping | Sequence | None = None
        key: Scalar | None = None
        root: Node | None = None
        depth = 0
        nodes = 0
        documents = 0
        while True:
            event = get_event()
            kind = event.__class__
            node: Node
            if kind is ScalarEvent:
                # The common case, kept short: a scalar is a mapping value, a key or a list entry.
                mark = event.start_mark
                value = event.value
                if check_length and len(value) > max_scalar:
                    self._long_scalar(value, stack, current, key, mark)
                if restore is not None:
                    value = value.translate(restore)
                node = Scalar(value, mark.line + 1, mark.column + 1, event.style)
                if event.anchor is not None or event.tag is not None:
                    self._properties(event, node)
                nodes += 1
                if nodes > max_nodes:
                    self._too_many_nodes(node)
                if key is not None:
                    name = key.value
                    items = current.items  # type: ignore[union-attr]
                    if name in items or name == "<<" or key is _BAD_KEY:
                        self._store(current, key, node)  # type: ignore[arg-type]
                    else:
                        items[name] = (key, node)
                    key = None
                elif current.__class__ is Mapping:
                    key = node
                elif current is not None:
                    current.items.append(node)  # type: ignore[arg-type]
                else:
                    root = node
                continue
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                mark = event.start_mark
                node = (
                    Mapping(mark.line + 1, mark.column + 1)
                    if kind is MappingStartEvent
                    else Sequence(mark.line + 1, mark.column + 1)
                )
                depth += 1
                if depth > max_depth:
                    self.fatal(
                        f"nested more than {max_depth} levels deep",
                        node.line,
                        node.column,
                        "a briefing needs about 5 levels; this file is not one",
                    )
                if event.anchor is not None or event.tag is not None:
                    self._properties(event, node)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1
                current, key, _ = stack.pop()
                continue
            elif kind is AliasEvent:
                mark = event.start_mark
                node = Alias(mark.line + 1, mark.column + 1)
                problem(
                    f"aliases are not allowed (*{self._show(event.anchor or '')})",
                    node.line,
                    node.column,
                    "write the value out in full",
                )
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    problem(
                        "a second YAML document starts here; a briefing file holds one",
                        mark.line + 1,
                        mark.column + 1,
                        "remove the second document (from its '---' on) or put it in its own file",
                    )
                    return root
                continue
            elif kind is StreamEndEvent:
                return root
            else:
                continue

            # A collection or an alias.
            nodes += 1
            if nodes > max_nodes:
                self._too_many_nodes(node)
            label = None
            if key is not None:
                if key is not _BAD_KEY:
                    label = self._store(current, key, node)  # type: ignore[arg-type]
                key = None
            elif current.__class__ is Mapping:
                message = f"a key must be a string, not {node.describe}"
                problem(message, node.line, node.column, None)
                key = _BAD_KEY
            elif current is not None:
                current.items.append(node)  # type: ignore[arg-type]
            else:
                root = node
            if kind is not AliasEvent:
                stack.append((current, key, label))
                current = node  # type: ignore[assignment]
                key = None

    def _too_many_nodes(self, node: Node) -> None:
        limit = self.limits.max_nodes
        self.fatal(f"more than {limit:,} values in one file", node.line, node.column, None)

    def _store(self, mapping: Mapping, key: Scalar, node: Node) -> str:
        """Adds `key: node` to `mapping`, or reports why not. Returns the key's text."""
        name = key.value
        if key is _BAD_KEY:
            return name
        items = mapping.items
        first = items.get(name)
        if first is not None:
            self.problem(
                f'duplicate key "{self._show(name)}" (first at line {first[0].line})',
                key.line,
                key.column,
                "remove one of them; a key may appear once in a mapping",
            )
        elif name == "<<" and not key.style:
            self.problem(
                "merge keys (<<) are not allowed",
                key.line,
                key.column,
                "write the keys out in full",
            )
        else:
            items[name] = (key, node)
        return name

    def _properties(self, event: Any, node: Node) -> None:
        if event.anchor is not None:
            self.problem(
                f"anchors are not allowed (&{self._show(event.anchor)})",
                node.line,
                node.column,
                "write the value out in full and remove the anchor",
            )
        if event.tag is not None:
            tag = event.tag
            if tag.startswith("tag:yaml.org,2002:"):
                tag = "!!" + tag[len("tag:yaml.org,2002:") :]
            self.problem(
                f"tags are not allowed ({self._show(tag)})",
                node.line,
                node.column,
                "remove the tag; every value is read as the text written",
            )

    def _long_scalar(
        self,
        value: str,
        stack: list[tuple[Mapping | Sequence | None, Scalar | None, str | None]],
        current: Mapping | Sequence | None,
        key: Scalar | None,
        mark: Any,
    ) -> None:
        limit = self.limits.max_scalar_chars
        if current.__class__ is Mapping and key is not None and key is not _BAD_KEY:
            path = (*(label for _, _, label in stack[1:]), key.value)
            if path in self.long_scalars:
                limit = self.limits.max_long_scalar_chars
        if len(value) > limit:
            self.fatal(
                f"a value of {len(value):,} characters; the limit is {limit:,}",
                mark.line + 1,
                mark.column + 1,
                None,
            )

    def _syntax(self, error: yaml.MarkedYAMLError) -> None:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        message = self._show_message(error.problem or "not valid YAML")
        hint = None
        if error.context:
            context = self._show_message(error.context)
            where = error.context_mark
            if where is not None and mark is not None and where.line != mark.line:
                context += f" at line {where.line + 1}, column {where.column + 1}"
            hint = context
        if "cannot start any token" in message and self._char_at(line, column) == "\t":
            hint = "indent with spaces; YAML does not allow tabs for indentation"
        elif "maximum nesting depth" in message:
            message = f"nested more than {self.limits.max_depth} levels deep"
            hint = "a briefing needs about 5 levels; this file is not one"
        elif "quoted scalar" in (error.context or "") and "end of stream" in message:
            message = "a quoted string is not closed before the end of the file"
            if error.context_mark is not None:
                line = error.context_mark.line + 1
                column = error.context_mark.column + 1
            hint = "close the quote, or check that the file is complete"
        elif "mapping values are not allowed" in message:
            hint = "a value containing ': ' must be quoted"
        self.fatal(f"not valid YAML: {message}", line, column, hint)

    def _char_at(self, line: int | None, column: int | None) -> str:
        if line is None or column is None:
            return ""
        start = 0
        for _ in range(line - 1):
            start = self.text.find("\n", start) + 1
            if start == 0:
                return ""
        return self.text[start + column - 1 : start + column]

    def _show(self, text: str) -> str:
        if self.restore is not None:
            text = text.translate(self.restore)
        return visible(shorten(text))

    def _show_message(self, text: str) -> str:
        if self.restore is not None:
            text = text.translate(self.restore)
        return visible(text)


_BAD_KEY = Scalar("", 0, 0, None)
"""Stands for a key that was not a string (already reported): its value is dropped."""


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


def _char_position(text: str, offset: int) -> tuple[int, int]:
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
