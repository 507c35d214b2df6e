"""JSON text with no character a terminal or a bidi-aware viewer would act on.

`json.dumps` escapes C0 controls but writes DEL, the C1 controls (U+009B is a one-byte CSI) and
bidi embeddings, overrides and isolates raw. They can only occur inside JSON strings, so each is
written as a `\\uXXXX` escape instead: a JSON parser reads back exactly the same text, and the file
itself holds no such byte.
"""

from __future__ import annotations

import json
import re
from typing import Any

_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def dumps(data: Any) -> str:
    """`data` as indented UTF-8 JSON, with the characters above escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
