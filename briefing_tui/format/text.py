"""Control characters in untrusted text: finding them (for warnings) and showing them harmlessly.

A briefing may come from anyone. Its text must never reach the terminal as a control sequence, so
every string the app shows passes through `visible`, which replaces each dangerous character with a
printable stand-in: C0 controls become their Unicode "control picture" (ESC -> ␛), DEL becomes ␡,
C1 controls (U+0080-U+009F; U+009B is a one-byte CSI) and bidi embeddings, overrides and isolates
become an escape such as `\\x9b` or `<U+202E>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_DANGEROUS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
"""Everything but newline and tab that must not reach a terminal."""

_DANGEROUS_WITH_LAYOUT = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
"""The same, and newline and tab too: for one-line fields such as names and titles."""


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return f"<U+{code:04X}>"


_STAND_INS: dict[int, str] = {
    code: _stand_in(chr(code))
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), *(ord(c) for c in _BIDI)]
}
_STAND_INS_KEEP_LAYOUT: dict[int, str] = {
    code: stand_in for code, stand_in in _STAND_INS.items() if code not in (0x09, 0x0A)
}


SHOWN = 60
"""How many characters of a value from a file a message quotes."""


def shorten(text: str, limit: int = SHOWN) -> str:
    """`text` cut to `limit` characters, the last of them `…` when anything was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def visible(text: str, *, multiline: bool = False) -> str:
    """`text` with every control character replaced by a printable stand-in.

    With `multiline`, newline and tab are kept (the article); otherwise they are shown too, since a
    name or title is one line. The result has no character a terminal would act on.
    """
    table = _STAND_INS_KEEP_LAYOUT if multiline else _STAND_INS
    pattern = _DANGEROUS if multiline else _DANGEROUS_WITH_LAYOUT
    if pattern.search(text) is None:
        return text
    return text.translate(table)


def find_controls(text: str, *, multiline: bool = False) -> Iterator[tuple[int, str]]:
    """Yield `(offset, stand_in)` for each control character `visible` would replace."""
    pattern = _DANGEROUS if multiline else _DANGEROUS_WITH_LAYOUT
    for match in pattern.finditer(text):
        yield match.start(), _STAND_INS[ord(match.group())]
