"""The bottom line: the keys that work where the focus is, drawn as one widget.

It shows what Textual's `Footer` shows (the active bindings marked `show`, one per action, the
disabled ones dimmed, the command palette key on the right) but as a single widget with a single
render: Textual's Footer mounts a widget per key, and every one of them takes part in each
keypress's bookkeeping. A click on a key presses it.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget


class FooterKey(NamedTuple):
    """One key shown in the footer."""

    key: str
    display: str
    description: str
    enabled: bool
    app_wide: bool = False


class KeyFooter(Widget):
    """The active key bindings on one line."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--key",
        "key-footer--description",
        "key-footer--disabled",
    }

    def __init__(self, *, id: str = "footer") -> None:
        super().__init__(id=id)
        self._keys: list[FooterKey] | None = None
        self._palette: FooterKey | None = None
        self._spans: list[tuple[int, int, FooterKey]] = []

    @property
    def keys(self) -> list[FooterKey]:
        """The keys shown now, left to right (the palette key not included)."""
        self._collect()
        return list(self._keys or [])

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self._keys = None
            self.refresh()

    def _collect(self) -> None:
        if self._keys is not None:
            return
        app = self.app
        active = self.screen.active_bindings
        keys: list[FooterKey] = []
        seen: set[str] = set()
        for node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            display = app.get_key_display(binding)
            keys.append(FooterKey(binding.key, display, binding.description, enabled, node is app))
        self._palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            display = app.get_key_display(binding)
            self._palette = FooterKey(binding.key, display, binding.description, enabled)
            keys = [key for key in keys if key.key != binding.key]
        self._keys = keys

    def render(self) -> Content:
        """Keys left to right; the App's own keys and the palette's stay at the right edge.

        When they do not fit, each key is drawn compactly (its description's first word).
        """
        self._collect()
        keys = self._keys or []
        width = self.size.width
        left_keys = [key for key in keys if not key.app_wide]
        right_keys = [key for key in keys if key.app_wide]
        if self._palette is not None:
            right_keys.append(self._palette)
        compact = sum(self._piece(key).cell_length for key in keys) > width
        right = [self._piece(key, compact) for key in right_keys]
        right_width = sum(piece.cell_length for piece in right)
        spans: list[tuple[int, int, FooterKey]] = []
        parts: list[Content] = []
        used = 0
        for key in left_keys:
            piece = self._piece(key, compact)
            if used + piece.cell_length > width - right_width:
                break
            spans.append((used, used + piece.cell_length, key))
            parts.append(piece)
            used += piece.cell_length
        gap = max(0, width - used - right_width)
        position = used + gap
        for key, piece in zip(right_keys, right, strict=True):
            spans.append((position, position + piece.cell_length, key))
            position += piece.cell_length
        self._spans = spans
        return Content.assemble(*parts, " " * gap, *right).truncate(width)

    def _piece(self, key: FooterKey, compact: bool = False) -> Content:
        key_style = self.get_visual_style("key-footer--key", partial=True)
        text_style = self.get_visual_style("key-footer--description", partial=True)
        if compact:
            words = key.description.split()
            text = words[0] if words else ""
            piece = Content.assemble((key.display, key_style), (f" {text} ", text_style))
        else:
            piece = Content.assemble(
                (f" {key.display} ", key_style), (f"{key.description} ", text_style)
            )
        if not key.enabled:
            piece = piece.stylize(self.get_visual_style("key-footer--disabled", partial=True))
        return piece

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                if key.enabled:
                    self.app.simulate_key(key.key)
                return
