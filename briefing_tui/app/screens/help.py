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
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing_tui.app.labels import LINKED_GLYPH, SELECTED_GLYPH, SPAN_CURSOR_GLYPH, STATUS_GLYPHS

_KEY_WIDTH = 12
_HEADING = "$text-accent bold"
_KEY = "bold"

Section = tuple[str, list[Binding]]


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


def _bindings_of(node: DOMNode | type[DOMNode]) -> list[Binding]:
    if isinstance(node, DOMNode):
        bindings_map = node._bindings
    else:
        bindings_map = node._merged_bindings
        assert bindings_map is not None
    return [binding for _, binding in bindings_map]


def _line(key: str, text: str) -> Content:
    return Content.assemble((key.ljust(_KEY_WIDTH - 1) + " ", _KEY), text)


class HelpScreen(ModalScreen[None]):
    """Keys by where they work, and what the glyphs mean. Esc, ?, F1 or q close it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close help"),
        Binding("question_mark,f1,q", "close", "Close help", show=False),
    ]

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
            lines.append(_line(SELECTED_GLYPH, "selected, pane unfocused"))
            lines.append(_line(SPAN_CURSOR_GLYPH + " article", "span cursor's line"))
            lines.append(_line("── now ──", "dateline: past above"))
        return Content("\n").join(lines)

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)


def help_sections(app: DOMNode, screen: DOMNode) -> list[list[Section]]:
    """The help's columns, from the live App, main screen and panes."""
    from briefing_tui.app.widgets.article import ArticleView
    from briefing_tui.app.widgets.filterbar import FilterInput
    from briefing_tui.app.widgets.inspector import Inspector
    from briefing_tui.app.widgets.itemlist import ItemList

    def live(kind: type[DOMNode]) -> DOMNode | type[DOMNode]:
        found = list(screen.query(kind))  # type: ignore[arg-type]
        return found[0] if found else kind

    filter_bindings = [b for b in FilterInput.BINDINGS if isinstance(b, Binding)]
    return [
        [("Everywhere", _bindings_of(app) + _bindings_of(screen))],
        [
            ("Timeline, Participants, Topics", _bindings_of(live(ItemList))),
            ("Inspector", _bindings_of(live(Inspector))),
            ("Filter prompt (/)", filter_bindings),
        ],
        [("Article", _bindings_of(live(ArticleView)))],
    ]
