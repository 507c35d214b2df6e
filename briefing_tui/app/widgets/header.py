"""The top line: the briefing's title, place and dateline.

Textual's Header takes its title as a plain str (parsed as markup), so this small widget renders
the file's text itself, literally.
"""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widget import Widget

from briefing_tui.app import safe
from briefing_tui.format.model import Document


class BriefingHeader(Widget):
    """One line: title on the left, place and dateline on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"briefing-header--title", "briefing-header--meta"}

    def __init__(self, document: Document, *, id: str = "header") -> None:
        super().__init__(id=id)
        self.document = document
        self.note = ""
        """A note shown before the title (the unsaved draft's), or empty."""

    def render(self) -> Content:
        document = self.document
        width = self.size.width
        title_style = self.get_visual_style("briefing-header--title", partial=True)
        meta_style = self.get_visual_style("briefing-header--meta", partial=True)
        dateline = document.published.strftime("%a %Y-%m-%d")
        hint = "d summary · " if document.summary else "d document · "
        meta = Content.assemble(
            (hint, "bold"), safe.literal(document.place), " · ", dateline, " "
        ).stylize(meta_style)
        title = Content.assemble(" ", safe.literal(document.title)).stylize(title_style)
        if self.note:
            title = Content.assemble(Content(f" [{self.note}]").stylize("bold reverse"), title)
        room = width - meta.cell_length - 2
        if room < 8:
            meta = Content(" " + document.published.isoformat() + " ").stylize(meta_style)
            room = width - meta.cell_length - 1
        if title.cell_length > room:
            title = title.truncate(max(0, room), ellipsis=True)
        gap = max(1, width - title.cell_length - meta.cell_length)
        return Content.assemble(title, " " * gap, meta).truncate(width)
