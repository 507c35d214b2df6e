"""`briefing-tui draft ARTICLE`: a briefing drafted from an article, offline.

The CLI registry calls `add_arguments(parser)` and `run(args)`; `HELP` is the one-line summary.
Every failure is one line on stderr and exit 1 (cannot write) or 2 (cannot use the input);
an existing OUT is never overwritten without `--force`, and a draft is written whole or not at
all (a temporary file in OUT's folder, then a rename).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from briefing_tui.draft.article import DraftError, read

HELP = "draft a briefing from a news article (text or saved web page), offline"
PROG = "briefing-tui draft"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `briefing-tui draft`."""
    parser.add_argument("article", metavar="ARTICLE", help="UTF-8 text, or a saved .html page")
    parser.add_argument(
        "-o", "--output", metavar="OUT.yaml", help="where to write the draft (default: stdout)"
    )
    parser.add_argument(
        "--published", metavar="YYYY-MM-DD", help="the publication date (else the dateline's)"
    )
    parser.add_argument("--place", metavar="PLACE", help="where it was filed (else the dateline's)")
    parser.add_argument(
        "--title", metavar="TITLE", help="the headline (else the page's or the first sentence)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT")


def run(args: argparse.Namespace) -> int:
    """Draft ARTICLE; 0 on success, 1 or 2 with one line on stderr otherwise."""
    try:
        return _run(args)
    except DraftError as error:
        print(f"{PROG}: {_visible(str(error))}", file=sys.stderr)
        return error.code


def main(argv: list[str]) -> int:
    """`briefing-tui draft ...` as the current CLI calls it."""
    parser = argparse.ArgumentParser(prog=PROG, description=HELP)
    add_arguments(parser)
    return run(parser.parse_args(argv))


def _run(args: argparse.Namespace) -> int:
    from briefing_tui.draft.build import NoDateError, make_draft, render
    from briefing_tui.format.errors import BriefingError

    published = _date(args.published) if args.published else None
    article_path = Path(args.article)
    out = Path(args.output) if args.output else None
    if out is not None:
        _check_out(out, args.force)
    article = read(article_path)
    text_out: Path | None = None
    if article.from_page:
        text_file = None
        if out is not None:
            text_out = out.with_suffix(".txt")
            if text_out.exists() and not args.force:
                raise DraftError(f"{text_out}: already exists (pass --force to overwrite)", 1)
            text_file = text_out.name
    else:
        base = out.parent if out is not None else Path.cwd()
        text_file = os.path.relpath(article_path.resolve(), base.resolve())
    try:
        draft = make_draft(
            article.text,
            published=published or None,
            place=args.place,
            title=args.title or article.title,
            source=article.source,
            text_file=text_file,
        )
    except NoDateError:
        if article.published is None:
            raise DraftError(
                f"{article_path}: no publication date in the dateline or the page; "
                "pass --published YYYY-MM-DD"
            ) from None
        draft = make_draft(
            article.text,
            published=article.published,
            place=args.place,
            title=args.title or article.title,
            source=article.source,
            text_file=text_file,
        )
    try:
        result = render(draft, article_path.name)
    except BriefingError as error:
        first = error.problems[0].message if error.problems else "unknown problem"
        raise DraftError(
            f"{article_path}: the draft does not load (a drafter bug): {first}", 1
        ) from None
    if out is None:
        sys.stdout.write(result.yaml)
        return 0
    if text_out is not None:
        _write(text_out, draft.document.text)
    _write(out, result.yaml)
    print(
        f"{out}: draft with {len(result.briefing.participants)} participants, "
        f"{len(result.briefing.events)} events, {len(result.briefing.topics)} topics",
        file=sys.stderr,
    )
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DraftError(f"--published {text!r}: not a date (YYYY-MM-DD)") from None


def _check_out(out: Path, force: bool) -> None:
    if out.is_dir():
        raise DraftError(f"{out}: is a directory", 1)
    if out.exists() and not force:
        raise DraftError(f"{out}: already exists (pass --force to overwrite)", 1)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DraftError(f"{out}: no such folder: {folder}", 1)
    if not os.access(folder, os.W_OK):
        raise DraftError(f"{out}: cannot write in {folder} (permission denied)", 1)


def _write(path: Path, text: str) -> None:
    """Write whole or not at all: a temporary file beside `path`, then a rename."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise DraftError(f"{path}: cannot write: {error.strerror or error}", 1) from None
    try:
        os.fchmod(handle, 0o644)  # mkstemp makes 0600; a briefing is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DraftError(f"{path}: cannot write: {error.strerror or error}", 1) from None


def _visible(text: str) -> str:
    from briefing_tui.format.text import visible

    return visible(text)
