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
- Limits on scalar length, nesting depth and node count keep hostile input cheap (the file's size
  and encoding are checked before, by `files.read_file` and `files.decode`).

The YAML parsers refuse raw control characters (ESC, C1, DEL ...), which a briefing may still
carry: they are swapped for placeholders before parsing and back in every scalar after
(`protect`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

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
from briefing_tui.format.files import TextChunks, char_position, decode, read_file
from briefing_tui.format.nodes import (
    DEFAULT_LIMITS,
    MIB,
    Alias,
    Limits,
    Mapping,
    Node,
    Parsed,
    Scalar,
    Sequence,
    Stream,
)
from briefing_tui.format.protect import needs_protection, protect
from briefing_tui.format.text import shorten, visible
from briefing_tui.format.yamlsyntax import syntax_problem

try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _CParser = None

__all__ = [
    "DEFAULT_LIMITS",
    "MIB",
    "Alias",
    "Limits",
    "Mapping",
    "Node",
    "Parsed",
    "Scalar",
    "Sequence",
    "Stream",
    "decode",
    "parse",
    "read_file",
]


def parse(
    text: str,
    label: str,
    limits: Limits = DEFAULT_LIMITS,
    long_scalars: Collection[tuple[str, ...]] = (),
    stream: Stream | None = None,
) -> Parsed:
    """The one document in `text`, built strictly (see the module docstring).

    Problems that leave the rest of the file readable (a tag, an alias, a duplicate key, a second
    document) are returned in `Parsed.problems` so that the caller can go on checking; anything
    that stops reading (a syntax error, a limit crossed) raises `BriefingError` holding those
    found so far too. `long_scalars` are key paths from the top (such as `("document", "text")`)
    whose values may be up to `limits.max_long_scalar_chars` long.

    `stream(name, node, entry)`, when given, is called as soon as a collection at the top of the
    document is complete: a value of the top-level mapping under the key `name` (`entry` False),
    or an entry of a top-level list under `name` (`entry` True). What it returns stands in the
    node's place (what checking it gave, say, so that the nodes of a long list are not all kept
    until the end). It is not called for the values of duplicate keys.
    """
    return _Builder(text, label, limits, frozenset(long_scalars), stream).build()


_Frame = tuple[Mapping | Sequence | None, Scalar | None, str | None]  # parent, its key, own key


class _Builder:
    """Turns one text's event stream into nodes, collecting problems on the way."""

    def __init__(
        self,
        text: str,
        label: str,
        limits: Limits,
        long_scalars: frozenset[tuple[str, ...]],
        stream: Stream | None = None,
    ) -> None:
        self.label = label
        self.stream = stream
        self.limits = limits
        self.long_scalars = long_scalars
        self.problems: list[Problem] = []
        self.restore: dict[int, int] | None = None
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if needs_protection(text):
            protected = protect(text)
            if protected is None:
                raise BriefingError(
                    [
                        Problem(
                            label,
                            "the file mixes raw control characters with private-use characters "
                            "in every range this reader could use to read them",
                            hint="write the control characters as escapes in double quotes "
                            '("\\x1b")',
                        )
                    ]
                )
            text, self.restore = protected
        self.text = text

    def problem(self, message: str, line: int | None, column: int | None, hint: str | None) -> None:
        self.problems.append(Problem(self.label, message, line, column, hint))
        if len(self.problems) >= self.limits.max_problems:
            self.fatal(f"too many problems; stopped after {len(self.problems)}", line, column, None)

    def fatal(self, message: str, line: int | None, column: int | None, hint: str | None) -> None:
        self.problems.append(Problem(self.label, message, line, column, hint))
        raise BriefingError(self.problems)

    def build(self) -> Parsed:
        parser = (
            _CParser(TextChunks(self.text)) if _CParser is not None else yaml.SafeLoader(self.text)
        )
        try:
            root = self._events(parser.get_event)
        except yaml.MarkedYAMLError as error:
            message, line, column, hint = syntax_problem(
                error, self.text, self.limits.max_depth, self._show_message
            )
            self.fatal(f"not valid YAML: {message}", line, column, hint)
        except yaml.reader.ReaderError as error:
            line, column = char_position(self.text, max(0, min(error.position, len(self.text))))
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
        stack: list[_Frame] = []
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
                closed = current
                current, key, label = stack.pop()
                if 0 < depth <= 2 and self.stream is not None:
                    self._streamed(closed, current, label, stack)  # type: ignore[arg-type]
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

    def _streamed(
        self,
        closed: Mapping | Sequence,
        parent: Mapping | Sequence,
        label: str | None,
        stack: list[_Frame],
    ) -> None:
        """Hands a complete top-level value, or an entry of a top-level list, to `stream`."""
        stream: Stream = self.stream  # type: ignore[assignment]  # set: see the caller
        if len(stack) == 1:  # `closed` is a value of the top-level mapping `parent`
            if label is None or parent.__class__ is not Mapping:
                return
            pair = parent.items.get(label)  # type: ignore[union-attr]
            if pair is not None and pair[1] is closed:
                parent.items[label] = (pair[0], stream(label, closed, False))  # type: ignore[index]
        elif parent.__class__ is Sequence:  # `closed` is an entry of the list `parent`
            top, _, name = stack[-1]
            if name is None or top.__class__ is not Mapping:
                return
            pair = top.items.get(name)  # type: ignore[union-attr]
            entries = parent.items  # type: ignore[union-attr]
            if pair is not None and pair[1] is parent and entries[-1] is closed:
                entries[-1] = stream(name, closed, True)

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
        stack: list[_Frame],
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
