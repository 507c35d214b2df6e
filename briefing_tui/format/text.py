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
from functools import cache

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@cache
def _dangerous(multiline: bool) -> re.Pattern[str]:
    """Every character that must not reach a terminal; with `multiline`, all but newline and tab.

    Compiled on first use (only `find_controls` needs it; `visible` does without).
    """
    controls = "\x00-\x08\x0b-\x1f" if multiline else "\x00-\x1f"
    return re.compile(f"[{controls}\x7f-\x9f{_BIDI}]")


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
    # Every character this replaces is unprintable (Cc or Cf), so printable text is returned as
    # it is; the rest is mostly harmless (a no-break space) and `translate` keeps it as it is.
    if text.isprintable():
        return text
    return text.translate(_STAND_INS_KEEP_LAYOUT if multiline else _STAND_INS)


def find_controls(text: str, *, multiline: bool = False) -> Iterator[tuple[int, str]]:
    """Yield `(offset, stand_in)` for each control character `visible` would replace."""
    for match in _dangerous(multiline).finditer(text):
        yield match.start(), _STAND_INS[ord(match.group())]
