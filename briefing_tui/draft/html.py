"""A saved web page's article text and metadata, taken out by trafilatura (offline).

trafilatura is imported here only, when a page is drafted: never on the reader's start-up path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_MIN_WORDS = 12
"""Fewer words than this is a menu or a notice, not an article."""


@dataclass(frozen=True, slots=True)
class Page:
    """What the page holds: its article text and, when it says so, title, date and site."""

    text: str
    title: str | None
    published: dt.date | None
    source: str | None


def extract(markup: str) -> Page | None:
    """The article of a saved page; None when the page has no article text."""
    import trafilatura  # heavy, and needed only for pages

    document = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    if document is None:
        return None
    text = (getattr(document, "text", None) or "").strip()
    if len(text.split()) < _MIN_WORDS:
        return None
    title = getattr(document, "title", None) or None
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip() and len(lines) > 1:
        text = "\n".join(lines[1:]).strip()  # the headline repeated above the dateline
    published = None
    raw_date = getattr(document, "date", None)
    if raw_date:
        try:
            published = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return Page(
        text + "\n",
        title,
        published,
        getattr(document, "sitename", None) or None,
    )
