"""Control characters through the YAML parser: swapped for placeholders before, back after.

The YAML parsers refuse raw control characters (ESC, C1, DEL ...). A briefing may still carry
them (the loader warns and the app shows them as visible stand-ins), so before parsing each one is
swapped for a private-use placeholder of the same length and swapped back in every scalar after.
Unicode line separators (NEL, U+2028, U+2029) are treated the same way so that they are text, as in
YAML 1.2, and line numbers agree with editors.
"""

from __future__ import annotations

import re

__all__ = ["needs_protection", "protect"]

_PROTECT = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""Characters the YAML parsers refuse or treat as line breaks, but a briefing may contain."""

_PROTECTED_CODES = (
    *range(0x01, 0x09),
    0x0B,
    0x0C,
    *range(0x0E, 0x20),
    *range(0x7F, 0xA0),
    0x2028,
    0x2029,
    0xFFFE,
    0xFFFF,
)
_PLACEHOLDER_BASES = tuple(range(0xF0000, 0x110000, 0x1000))


_PIECE = 1 << 20
"""Characters searched per call: one search of a whole large file would hold the interpreter
lock for its whole length, and a reload runs in a thread beside the reader's screen."""


def needs_protection(text: str) -> bool:
    """Whether `text` has a character the YAML parsers would refuse or take for a line break."""
    search = _PROTECT.search
    return any(
        search(text, start, start + _PIECE) is not None for start in range(0, len(text), _PIECE)
    )


def protect(text: str) -> tuple[str, dict[int, int]] | None:
    """`text` with each such character swapped for a placeholder, and the table to swap them
    back (`str.translate`); None when the text already uses every range of placeholders."""
    for base in _PLACEHOLDER_BASES:
        end = base + len(_PROTECTED_CODES) - 1
        if re.search(f"[{chr(base)}-{chr(end)}]", text) is None:
            forward = {code: base + index for index, code in enumerate(_PROTECTED_CODES)}
            back = {placeholder: code for code, placeholder in forward.items()}
            return text.translate(forward), back
    return None
