"""Loading a briefing: file -> strict YAML nodes -> checks against the spec -> the frozen model.

`load` reads the file (`files`: a regular file within the size limit, UTF-8), parses it with
`yamlreader` (strict YAML, limits, positions) and hands the top level to `build.ModelBuilder`,
which walks the nodes against the records declared in `spec` (`checks`) and builds the model on
the way. It does not stop at the first problem: every problem found is collected, with its
position and, where one helps, a hint (a did-you-mean for misspelt or mistaken keys, values and
ids), and raised together as one `BriefingError`. Control characters in text are not errors: they
come back as warnings in `Briefing.warnings`.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_tui.format.build import ModelBuilder
from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.files import decode, read_file
from briefing_tui.format.model import Briefing
from briefing_tui.format.nodes import DEFAULT_LIMITS, Limits, Mapping, Scalar
from briefing_tui.format.report import TooMany
from briefing_tui.format.seed import SEED_NAME, seed_path
from briefing_tui.format.text import visible
from briefing_tui.format.yamlreader import parse

__all__ = ["SEED_NAME", "load", "seed_path"]

_ARTICLE_PATH = ("document", "text")
"""The one value that may be as long as `Limits.max_long_scalar_chars`: the inline article."""


def load(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Briefing:
    """The briefing in the file at `path`, checked completely.

    Raises `BriefingError` (and nothing else, whatever the bytes) listing every problem found;
    warnings (control characters in text) are in `Briefing.warnings` of a file that loads, and
    among the problems of one that does not.
    """
    label = os.fsdecode(path)
    try:
        return _load(Path(label), label, limits)
    except BriefingError:
        raise
    except Exception as error:
        raise BriefingError(
            [
                Problem(
                    label,
                    f"internal error while loading: {type(error).__name__}: "
                    f"{visible(str(error))[:200]}",
                    hint="this is a bug in briefing-tui; please report it",
                )
            ]
        ) from error


def _load(path: Path, label: str, limits: Limits) -> Briefing:
    builder = ModelBuilder(path, label, limits)
    try:
        briefing = _walk(builder)
    except TooMany:
        builder.problems.append(
            Problem(label, f"too many problems; stopped after {builder.errors} errors")
        )
        briefing = None
    if briefing is None or builder.errors:
        raise BriefingError(builder.sorted_problems())
    return briefing


def _walk(builder: ModelBuilder) -> Briefing | None:
    """Reads and parses the file, then builds the briefing from its top level."""
    text = decode(
        read_file(builder.path, builder.label, builder.limits.max_file_bytes), builder.label
    )
    try:
        parsed = parse(text, builder.label, builder.limits, (_ARTICLE_PATH,), builder.stream)
    except BriefingError as error:
        builder.add_errors(error.problems)
        return None
    del text
    builder.add_errors(parsed.problems, first=True)  # the reader's, before those of the checks
    if builder.too_many:
        raise TooMany
    root = parsed.root
    if root is None or (root.__class__ is Scalar and not root.value and root.plain):  # type: ignore[union-attr]
        builder.add_errors(
            [
                Problem(
                    builder.label,
                    "the file is empty",
                    1,
                    1,
                    "a briefing starts with `briefing: 1` and a `document`",
                )
            ]
        )
        return None
    if root.__class__ is not Mapping:
        builder.wrong(root, "a mapping (briefing: 1, document: ...)", "the top level")
        return None
    return builder.briefing(root)  # type: ignore[arg-type]
