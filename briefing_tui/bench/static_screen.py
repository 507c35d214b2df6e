"""The reader's first screen drawn with plain Statics: how much drawing that screen costs Textual.

The bench times this app's first paint beside the reader's and the bare app's (see
`briefing_tui.bench.screen_texts` for why). It has the reader's layout, borders and pane titles;
each pane is one `Static` showing a text the bench prepared from the seed. It reads no briefing,
builds no model or link index, and imports only what it draws with.

Run by the bench as `python -m briefing_tui.bench.static_screen TEXTS` (TEXTS written by
`screen_texts.write_texts`).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from briefing_tui.bench.screen_texts import TITLES, read_texts


class StaticScreenApp(App[None]):
    """Header, three list panes, the article, the inspector and the footer: one Static each."""

    CSS_PATH = Path(__file__).with_name("static_screen.tcss")
    """Absolute: run as `__main__`, Textual would look for a relative path beside whatever
    module `__main__` is."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        super().__init__()
        self.texts = dict(texts)

    def compose(self) -> ComposeResult:
        yield Static(self.texts["header"], id="header", markup=False)
        with Horizontal(id="body"):
            with Vertical(id="lists"):
                for name in ("timeline", "participants", "topics"):
                    yield self._pane(name, "pane list")
            with Vertical(id="reading"):
                for name in ("article", "inspector"):
                    yield self._pane(name, "pane")
        yield Static(self.texts["footer"], id="footer", markup=False)

    def _pane(self, name: str, classes: str) -> Static:
        pane = Static(self.texts[name], id=name, classes=classes, markup=False)
        pane.border_title = TITLES[name]
        return pane


if __name__ == "__main__":
    StaticScreenApp(read_texts(Path(sys.argv[1]))).run()
