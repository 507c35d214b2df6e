"""The list of export formats: name, what it is for, file suffix, and the module that writes it.

Each format module has `render(briefing) -> str`; it is imported only when its format is used, so
asking for Markdown never imports networkx or icalendar.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from briefing_tui.format.model import Briefing


class _Renderer(Protocol):
    def __call__(self, briefing: Briefing) -> str: ...


@dataclass(frozen=True, slots=True)
class Format:
    """One export format."""

    name: str
    suffix: str
    description: str
    module: str

    def renderer(self) -> _Renderer:
        """The format's `render` function (imports its module)."""
        return importlib.import_module(self.module).render  # type: ignore[no-any-return]


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format(
            "text", ".briefing.txt", "plain text, as `show` prints it", "briefing_tui.export.text"
        ),
        Format("md", ".md", "a Markdown briefing", "briefing_tui.export.markdown"),
        Format(
            "html", ".html", "one self-contained, cross-linked web page", "briefing_tui.export.html"
        ),
        Format(
            "ics", ".ics", "iCalendar: one all-day event per dated event", "briefing_tui.export.ics"
        ),
        Format("timeline", ".json", "TimelineJS3 JSON", "briefing_tui.export.timeline"),
        Format(
            "graphml",
            ".graphml",
            "GraphML: items as nodes, links as edges",
            "briefing_tui.export.graphml",
        ),
        Format(
            "annotations",
            ".jsonld",
            "W3C Web Annotations (JSON-LD), one per evidence quote",
            "briefing_tui.export.annotations",
        ),
    )
}
"""Every format by name, in the order they are listed to users."""


class UnknownFormat(ValueError):
    """A format name that is not in `FORMATS`; the message lists the formats."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown format {name!r}; the formats are: {', '.join(FORMATS)}")


def get(name: str) -> Format:
    """The format called `name` (`UnknownFormat` otherwise)."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormat(name) from None


def render(briefing: Briefing, name: str) -> str:
    """The briefing in the format called `name`."""
    return get(name).renderer()(briefing)


def default_output(source: str, name: str) -> str:
    """Where a briefing at `source` is exported to by default: beside it, the format's suffix."""
    from pathlib import Path

    path = Path(source)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return str(path.with_name(stem + get(name).suffix))


READER_EXPORT_FOLDER: str | None = None
"""Where the reader writes its exports; None: beside the briefing (the test suite points it at a
temporary folder, so pressing `e` in a test never writes into the checkout)."""


def output_path(source: str | None, name: str) -> str:
    """Where the reader writes an export of the briefing at `source`: beside it when that folder
    is writable, else in the current folder (the bundled seed's folder may be read-only)."""
    import os
    from pathlib import Path

    if READER_EXPORT_FOLDER is not None:
        stem = Path(default_output(source or "briefing", name)).name
        return str(Path(READER_EXPORT_FOLDER) / stem)
    if not source:
        return f"briefing{get(name).suffix}"
    beside = default_output(source, name)
    if Path(beside).resolve() == Path(source).resolve():  # never over the briefing itself
        beside += get(name).suffix
    if os.access(Path(beside).parent, os.W_OK):
        return beside
    return Path(beside).name


def export_to_file(briefing: Briefing, name: str, out: str) -> str:
    """Render the briefing as `name` and write it whole to `out` (temp file + rename); the path.

    Raises `UnknownFormat` or `OSError`.
    """
    from briefing_tui.export.atomic import write_atomic

    return str(write_atomic(out, render(briefing, name)))
