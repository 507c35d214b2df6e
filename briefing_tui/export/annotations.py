"""The `annotations` export: W3C Web Annotation JSON-LD, one annotation per evidence quote.

Each annotation targets the article with a TextQuoteSelector (`exact`, and the article's own
`prefix` and `suffix` around it) and a TextPositionSelector (`start`, `end`: code points into the
article text exactly as loaded), and its body names the item: its label, kind and id. The text is
written faithfully (a reader of the JSON gets the article's characters back); the JSON itself holds
no raw control or bidi character (see `jsonsafe`).
"""

from __future__ import annotations

from typing import Any

from briefing_tui.export.jsonsafe import dumps
from briefing_tui.format.model import Briefing, Item

CONTEXT = 32
"""How many characters of the article the prefix and suffix hold."""

URN = "urn:x-briefing-tui"


def article_source(briefing: Briefing) -> str:
    """The target's source: the article file (relative to the briefing), or the inline article."""
    document = briefing.document
    return document.text_file or f"{URN}:article:{document.published.isoformat()}"


def annotation(briefing: Briefing, item: Item, number: int) -> dict[str, Any]:
    """The annotation of the item's `number`th quote."""
    quote = getattr(item, "evidence", ())[number]
    text = briefing.document.text
    start, end = quote.span.start, quote.span.end
    return {
        "id": f"{URN}:annotation:{item.id}:{number + 1}",
        "type": "Annotation",
        "motivation": "identifying",
        "body": [
            {
                "type": "TextualBody",
                "purpose": "identifying",
                "format": "text/plain",
                "value": item.label,
            },
            {"type": "TextualBody", "purpose": "tagging", "value": item.item_kind.value},
            {
                "id": f"{URN}:item:{item.id}",
                "type": "TextualBody",
                "purpose": "classifying",
                "value": item.id,
            },
        ],
        "target": {
            "source": article_source(briefing),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT) : start],
                    "suffix": text[end : end + CONTEXT],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def render(briefing: Briefing) -> str:
    """An AnnotationCollection holding one page of every annotation."""
    items = [
        annotation(briefing, item, number)
        for item in briefing.items.values()
        for number in range(len(getattr(item, "evidence", ())))
    ]
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"{URN}:collection:{briefing.document.published.isoformat()}",
        "type": "AnnotationCollection",
        "label": briefing.document.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return dumps(collection) + "\n"
