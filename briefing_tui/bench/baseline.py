"""The floors the benchmark divides by: Textual itself, doing as little as an app can.

- `BareApp`: one `Static` and nothing else. Run as `python -m briefing_tui.bench.baseline`, it is
  the first-paint baseline; this module imports only `textual.app` and `textual.widgets.Static`
  at the top so the baseline's start-up is not inflated by anything the bare app does not need.
- `option_list_app(rows)`: a bare `OptionList` of `rows` one-line options alone on a screen,
  focused: the keypress baseline (one list moving its cursor). By hand, for checks from outside
  (tmux): `python -m briefing_tui.bench.baseline --optionlist 50000`.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from briefing_tui.bench.markers import BARE_TEXT


class BareApp(App[None]):
    """A Textual app with one Static: what any Textual app costs to start and paint."""

    def compose(self) -> ComposeResult:
        yield Static(BARE_TEXT)


class OptionListApp(App[None]):
    """A bare `OptionList` with the given prompts, alone on its screen and focused."""

    def __init__(self, prompts: list[str]) -> None:
        super().__init__()
        self._prompts = prompts

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList

        yield OptionList(*self._prompts, id="timeline")

    def on_mount(self) -> None:
        self.query_one("#timeline").focus()


def option_list_app(rows: int) -> OptionListApp:
    """The keypress baseline for `rows` rows (plain text rows about as wide as a timeline row)."""
    prompts = [f"{index:>6}  synthetic event row {index} of {rows}" for index in range(rows)]
    return OptionListApp(prompts)


def _main(argv: list[str]) -> None:
    """`python -m briefing_tui.bench.baseline [--optionlist ROWS]`: run a baseline by hand.

    Arguments are read from sys.argv directly: importing argparse would add to the bare app's
    start-up, which is what this module measures.
    """
    if len(argv) == 2 and argv[0] == "--optionlist":
        option_list_app(int(argv[1])).run()
    else:
        BareApp().run()


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
