"""The help screen, generated from the live bindings so it never goes stale.

Every section lists the bindings of a real node (the App, the main screen, a list pane, the
article, the inspector, the filter prompt): keys that share an action are shown together with the
binding's description. A legend explains the glyphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing_tui.app.labels import LINKED_GLYPH, SELECTED_GLYPH, SPAN_CURSOR_GLYPH, STATUS_GLYPHS

_KEY_WIDTH = 22


def binding_rows(app_key_display: object, bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """`(keys, description)` per action, keys that share an action joined, in binding order."""
    by_action: dict[tuple[str, str], list[str]] = {}
    get_key_display = app_key_display.get_key_display  # type: ignore[attr-defined]
    for binding in bindings:
        if binding.system or not binding.description:
            continue
        key = get_key_display(binding)
        by_action.setdefault((binding.action, binding.description), [])
        if key not in by_action[(binding.action, binding.description)]:
            by_action[(binding.action, binding.description)].append(key)
    return [(" ".join(keys), description) for (_, description), keys in by_action.items()]


def _bindings_of(node: DOMNode | type[DOMNode]) -> list[Binding]:
    if isinstance(node, DOMNode):
        bindings_map = node._bindings
    else:
        bindings_map = node._merged_bindings
        assert bindings_map is not None
    return [binding for _, binding in bindings_map]


class HelpScreen(ModalScreen[None]):
    """Keys by where they work, and what the glyphs mean. Esc, ?, F1 or q close it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close help"),
        Binding("question_mark,f1,q", "dismiss", "Close help", show=False),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__(id="help")
        self._sections = sections

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box") as box:
            box.border_title = "Help"
            box.border_subtitle = "Esc closes"
            with VerticalScroll(id="help-scroll"):
                yield Static(self._content(), id="help-text")

    def _content(self) -> Content:
        heading = "$accent bold"
        key_style = "bold"
        lines: list[Content] = []
        for title, bindings in self._sections:
            rows = binding_rows(self.app, bindings)
            if not rows:
                continue
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(title, heading))
            for keys, description in rows:
                lines.append(
                    Content.assemble((keys.ljust(_KEY_WIDTH - 1) + " ", key_style), description)
                )
        lines.append(Content(""))
        lines.append(Content.styled("Glyphs", heading))
        for status, glyph in STATUS_GLYPHS.items():
            lines.append(Content.assemble((glyph.ljust(_KEY_WIDTH - 1) + " ", key_style), status.value))
        lines.append(
            Content.assemble(
                (LINKED_GLYPH.ljust(_KEY_WIDTH - 1) + " ", key_style), "linked to the selection"
            )
        )
        lines.append(
            Content.assemble(
                (SELECTED_GLYPH.ljust(_KEY_WIDTH - 1) + " ", key_style),
                "the selection, in a pane without focus",
            )
        )
        lines.append(
            Content.assemble(
                (SPAN_CURSOR_GLYPH.ljust(_KEY_WIDTH - 1) + " ", key_style),
                "article line with the span cursor (n / N)",
            )
        )
        lines.append(
            Content.assemble(
                ("now · date".ljust(_KEY_WIDTH - 1) + " ", key_style),
                "the dateline: above happened, below is to come",
            )
        )
        return Content("\n").join(lines)

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        """Close the help screen."""
        self.dismiss(None)


def help_sections(app: DOMNode, screen: DOMNode) -> list[tuple[str, list[Binding]]]:
    """The sections of the help screen from the live App, main screen and panes."""
    from briefing_tui.app.widgets.article import ArticleView
    from briefing_tui.app.widgets.filterbar import FilterInput
    from briefing_tui.app.widgets.inspector import Inspector
    from briefing_tui.app.widgets.itemlist import ItemList

    def live(kind: type[DOMNode]) -> DOMNode | type[DOMNode]:
        found = list(screen.query(kind))  # type: ignore[arg-type]
        return found[0] if found else kind

    filter_bindings = [b for b in FilterInput.BINDINGS if isinstance(b, Binding)]
    return [
        ("Everywhere", _bindings_of(app) + _bindings_of(screen)),
        ("Lists: Timeline, Participants, Topics", _bindings_of(live(ItemList))),
        ("Article", _bindings_of(live(ArticleView))),
        ("Inspector", _bindings_of(live(Inspector))),
        ("Filter prompt (/)", filter_bindings),
    ]
