"""The help screen, made from the key table the panes bind (`keys`), so it never goes stale.

Every section lists the bindings of one place (everywhere, the list panes, the inspector, the
filter prompt, the article): keys that share an action are shown together with the binding's
description. A legend explains the glyphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from briefing_tui.app import keys
from briefing_tui.app.view.labels import (
    LINKED_GLYPH,
    SELECTED_GLYPH,
    SPAN_CURSOR_GLYPH,
    STATUS_GLYPHS,
    VIA_GLYPH,
)

_KEY_WIDTH = 12
_HEADING = "$text-accent bold"
_KEY = "bold"

Section = keys.Section


def binding_rows(app: DOMNode, bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """`(keys, description)` per action, keys that share an action joined, in binding order."""
    by_action: dict[tuple[str, str], list[str]] = {}
    get_key_display = app.app.get_key_display
    for binding in bindings:
        if binding.system or not binding.description:
            continue
        keys = by_action.setdefault((binding.action, binding.description), [])
        key = get_key_display(binding)
        if key not in keys:
            keys.append(key)
    return [(" ".join(keys), description) for (_, description), keys in by_action.items()]


def _line(key: str | Content, text: str) -> Content:
    if isinstance(key, Content):
        return Content.assemble(key, " " * max(1, _KEY_WIDTH - key.cell_length), text)
    return Content.assemble((key.ljust(_KEY_WIDTH - 1) + " ", _KEY), text)


class HelpScreen(ModalScreen[None]):
    """Keys by where they work, and what the glyphs mean. Esc, ?, F1 or q close it."""

    BINDINGS: ClassVar[list[BindingType]] = keys.HELP

    def __init__(self, columns: list[list[Section]]) -> None:
        super().__init__(id="help")
        self._columns = columns

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc closes"
            with VerticalScroll(id="help-scroll"), Horizontal(id="help-columns"):
                for index, column in enumerate(self._columns):
                    glyphs = index == len(self._columns) - 1
                    yield Static(self._column(column, glyphs=glyphs), classes="help-column")

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < 100, "-narrow")

    @property
    def text(self) -> str:
        """The help's text, for tests."""
        last = len(self._columns) - 1
        return "\n".join(
            self._column(column, glyphs=index == last).plain
            for index, column in enumerate(self._columns)
        )

    def _column(self, sections: list[Section], *, glyphs: bool) -> Content:
        lines: list[Content] = []
        for title, bindings in sections:
            rows = binding_rows(self, bindings)
            if not rows:
                continue
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(title, _HEADING))
            lines.extend(_line(keys, description) for keys, description in rows)
        if glyphs:
            lines.append(Content(""))
            lines.append(Content.styled("Glyphs", _HEADING))
            lines.extend(_line(glyph, status.value) for status, glyph in STATUS_GLYPHS.items())
            lines.append(_line(LINKED_GLYPH, "linked to the selection"))
            lines.append(_line(VIA_GLYPH, "linked through an event"))
            lines.append(_line(SELECTED_GLYPH, "selected, pane unfocused"))
            lines.append(_line(SPAN_CURSOR_GLYPH + " article", "span cursor's line"))
            lines.append(_line("── now ──", "dateline: past above"))
            lines.append(Content(""))
            lines.append(Content.styled("Dates", _HEADING))
            lines.append(_line("≤2021-03-05", "on or before"))
            lines.append(_line("≥2022-04-01", "on or after"))
            lines.append(_line("03-11..20", "some day from to"))
            lines.append(Content(""))
            lines.append(Content.styled("Certainty (last column)", _HEADING))
            lines.append(_line("stated", "stated as fact"))
            lines.append(_line("expected", "said to be expected"))
            lines.append(_line("likely", "said to be likely"))
            lines.append(_line("possible", "said it may happen"))
            lines.append(Content(""))
            lines.append(Content.styled("Article", _HEADING))
            lines.append(_line(Content.styled("bold", "bold"), "the selection's quote"))
            lines.append(_line(Content.styled("underlined", "underline"), "names the selection"))
            lines.append(_line(Content.styled("italic", "italic"), "a linked item's quote"))
            lines.append(_line(Content.styled("reverse", "reverse"), "span cursor, match"))
        return Content("\n").join(lines)

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)


def help_sections(app: App[object], screen: Screen[object]) -> list[list[Section]]:
    """The help's columns for `app` and its reader's screen `screen`."""
    active = screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
    palette = active.binding if active is not None and app.ENABLE_COMMAND_PALETTE else None
    return keys.help_sections(type(app), type(screen), palette)
