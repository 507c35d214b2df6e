"""Every Textual internal the reader (and its tests) relies on, in one place.

Each function here touches something Textual does not promise to keep (an underscored name), and
`tests/app/test_compat.py` checks each against the installed Textual: an upgrade that changes one
fails there, loudly, and nowhere else. Anything a public API covers does not belong here.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App
from textual.content import Content
from textual.geometry import Region, Size
from textual.notifications import Notification
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

SYSTEM_CLASS = "-textual-system"
"""The class Textual gives the widgets it adds to a screen (the toast rack, the tooltip)."""


def update_scrollbars(widget: Widget, virtual_size: Size) -> None:
    """Fit `widget`'s scrollbars and scroll limits to `virtual_size` without a layout.

    Assigning `virtual_size` (a reactive with `layout=True`) lays out the whole screen again; a
    pane whose outer size never depends on its content needs only its scrollbars updated, as
    Textual does itself when no layout is wanted.
    """
    widget._scroll_update(virtual_size)


def pseudo_state(widget: Widget) -> tuple[object, ...]:
    """A key that changes when `widget`'s pseudo-classes (hover, focus, disabled) change.

    The key Textual caches its own visual styles by; the reader caches the styles it derives from
    them by the same key.
    """
    return widget._pseudo_classes_cache_key


def border_content(widget: Widget, *, bottom: bool = False) -> Content | None:
    """The border title (or subtitle, `bottom`) as Textual stores it: Content, not markup.

    The public `border_title` returns the markup of it, which would have to be parsed back.
    """
    return widget._border_subtitle if bottom else widget._border_title


def set_border_content(widget: Widget, content: Content | None, *, bottom: bool = False) -> None:
    """Set the border title (or subtitle) of a mounted widget, repainting only that border line.

    Assigning `border_title` repaints the whole widget; a list pane's title changes with nearly
    every selection and its subtitle with every cursor move, and repainting every line for that
    costs more than the rest of the keypress.
    """
    if bottom:
        widget._border_subtitle = content
    else:
        widget._border_title = content
    offset = widget.content_offset
    outer = widget.outer_size
    y = outer.height - 1 - offset.y if bottom else -offset.y
    widget.refresh(Region(-offset.x, y, outer.width, 1))


def screen_strips(screen: Screen[object]) -> list[Strip]:
    """The lines `screen` shows now, as Textual composited them (for tests and captures)."""
    return screen._compositor.render_strips()


def notifications(app: App[object]) -> Iterable[Notification]:
    """The notifications `app` holds now (shown or about to be)."""
    return list(app._notifications)
