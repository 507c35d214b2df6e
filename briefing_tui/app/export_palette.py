"""Export the open briefing from the reader: palette commands, one per format (key `e` opens them).

Imported when the palette or the key first needs it. The export runs in a thread worker (a large
briefing takes a moment) and a notification says where it wrote, or why it could not. The file
goes beside the briefing, or into the current folder when that one is read-only.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing_tui.export.formats import FORMATS, export_to_file, output_path
from briefing_tui.format.text import visible

if TYPE_CHECKING:
    from textual.app import App

    from briefing_tui.format.model import Briefing


def _title(name: str) -> str:
    return f"Export to {name}"


class ExportCommands(Provider):
    """One command per export format."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for fmt in FORMATS.values():
            title = _title(fmt.name)
            score = matcher.match(f"{title} {fmt.description}")
            if score > 0:
                yield Hit(
                    score,
                    # Our own words, no `[`: `highlight` parses markup but finds none here.
                    matcher.highlight(title),
                    partial(export, self.app, fmt.name),
                    text=title,
                    help=Content(fmt.description),
                )

    async def discover(self) -> Hits:
        for fmt in FORMATS.values():
            yield DiscoveryHit(
                Content(_title(fmt.name)),
                partial(export, self.app, fmt.name),
                text=_title(fmt.name),
                help=Content(fmt.description),
            )


def open_export_palette(app: App[object]) -> None:
    """Show the palette with only the export commands."""
    if not CommandPalette.is_open(app):
        app.push_screen(
            CommandPalette(providers=[ExportCommands], placeholder="Export to which format…")
        )


def export(app: App[object], name: str) -> None:
    """Export the app's briefing as `name` in a thread; notify where it went."""
    briefing: Briefing = app.briefing  # type: ignore[attr-defined]
    source = app.path  # type: ignore[attr-defined]
    out = output_path(str(source) if source is not None else None, name)

    def work() -> None:
        try:
            written = export_to_file(briefing, name, out)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            app.call_from_thread(
                app.notify,
                visible(f"Could not write {out}: {reason}"),
                title="Export failed",
                severity="error",
                markup=False,
            )
            return
        app.call_from_thread(
            app.notify, visible(f"Wrote {name} to {written}"), title="Exported", markup=False
        )

    app.run_worker(work, thread=True, group="export", name=f"export {name}")
