"""The one way text from a briefing file reaches the screen.

Text from a file is untrusted: a plain `str` handed to most Textual widgets is parsed as markup
(`[@click=app.quit]` would run an action, `[/]` would crash the app) and Rich passes control
characters straight to the terminal. Every widget shows file text through `literal`, which builds a
`Content` (never parsed as markup) from the text with its control characters made visible.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style

from briefing_tui.format.text import visible


def literal(text: str, style: Style | str = "", *, multiline: bool = False) -> Content:
    """Untrusted `text` as `Content` shown exactly as written, control characters made visible."""
    # `visible` leaves no control character for Content to strip: skip its pass over the text.
    content = Content(visible(text, multiline=multiline), strip_control_codes=False)
    return content.stylize(style) if style else content


def assemble(*parts: Content | tuple[str, Style | str]) -> Content:
    """Join pieces into one `Content`: `Content` as it is, `(text, style)` pairs as literal text."""
    return Content.assemble(
        *(part if isinstance(part, Content) else literal(part[0], part[1]) for part in parts)
    )
