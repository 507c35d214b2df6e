"""The values a briefing file is read into: positioned nodes, and the limits on reading.

`yamlreader.parse` builds these from the YAML event stream; the loader walks them. Each node keeps
the 1-based line and column where it starts, so every problem can be reported as FILE:LINE:COL.
A collection the loader checks while the file is still being read is replaced by what the check
gave (a model object, or `INVALID`): anything that is not of one of the `NODE_TYPES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from briefing_tui.format.errors import Problem

__all__ = [
    "DEFAULT_LIMITS",
    "MIB",
    "NODE_TYPES",
    "Alias",
    "Limits",
    "Mapping",
    "Node",
    "Parsed",
    "Scalar",
    "Sequence",
    "Stream",
]

MIB = 1024 * 1024


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
NODE_TYPES = frozenset({Scalar, Mapping, Sequence, Alias})

Stream = Callable[[str, Mapping | Sequence, bool], object]
"""`stream(name, node, entry)`: what stands in a complete top-level collection's place (see
`yamlreader.parse`): the node itself, or what checking it gave, which is not a node."""


class Parsed(NamedTuple):
    """The one document of a file (None when it has none) and the problems met reading it."""

    root: Node | None
    problems: tuple[Problem, ...]
