"""A draft made in memory for the reader: `briefing-tui ARTICLE.txt` (or `.html`).

The reader shows the draft before anything is written; its save key writes `yaml_text` to
`suggested_path` (beside the article), after which live reload follows that file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing_tui.draft.article import DraftError, read
from briefing_tui.draft.build import NoDateError, make_draft, render
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.model import Briefing

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
"""Files the reader opens as an article to draft, not as a briefing."""


def draft_for_reader(article_path: Path) -> tuple[Briefing, str, Path]:
    """(the draft as loaded, its YAML, where to save it). Raises `DraftError` (one line).

    A text article is named by `text_file` (the YAML is saved beside it); a page's extracted
    text is written inline, so saving writes one file. Without any date in the article or the
    page, the draft is dated today and says so on its title line.
    """
    article_path = Path(article_path)
    article = read(article_path)
    suggested = article_path.with_suffix(".yaml")
    if suggested == article_path:
        suggested = article_path.with_name(article_path.name + ".yaml")
    text_file = None if article.from_page else article_path.name
    try:
        draft = make_draft(
            article.text,
            published=article.published,
            title=article.title,
            source=article.source,
            text_file=text_file,
        )
    except NoDateError:
        draft = make_draft(
            article.text,
            published=dt.date.today(),
            title=article.title,
            source=article.source,
            text_file=text_file,
        )
        draft.document.checks.append("no date in the article: dated today")
    checked = render(draft, article_path.name)
    yaml_text = checked.yaml
    return checked.briefing, yaml_text, suggested


__all__ = ["ARTICLE_SUFFIXES", "BriefingError", "DraftError", "draft_for_reader"]
