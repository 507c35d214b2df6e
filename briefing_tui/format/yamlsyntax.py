"""What a YAML syntax error from the parser means, in the words a person writing a briefing needs.

The parser's messages name its own states ("could not find expected ':'"); `syntax_problem` keeps
the position, and for the mistakes people make (a tab for indentation, an unclosed quote, a colon
in a plain value, too deep a nesting) says what to do.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

__all__ = ["syntax_problem"]


def syntax_problem(
    error: yaml.MarkedYAMLError, text: str, max_depth: int, show: Callable[[str], str]
) -> tuple[str, int | None, int | None, str | None]:
    """(message, line, column, hint) for `error` met reading `text`; `show` makes parser text
    safe to print (the parser quotes the file's own characters)."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
    message = show(error.problem or "not valid YAML")
    hint = None
    if error.context:
        context = show(error.context)
        where = error.context_mark
        if where is not None and mark is not None and where.line != mark.line:
            context += f" at line {where.line + 1}, column {where.column + 1}"
        hint = context
    if "cannot start any token" in message and _char_at(text, line, column) == "\t":
        hint = "indent with spaces; YAML does not allow tabs for indentation"
    elif "maximum nesting depth" in message:
        message = f"nested more than {max_depth} levels deep"
        hint = "a briefing needs about 5 levels; this file is not one"
    elif "quoted scalar" in (error.context or "") and "end of stream" in message:
        message = "a quoted string is not closed before the end of the file"
        if error.context_mark is not None:
            line = error.context_mark.line + 1
            column = error.context_mark.column + 1
        hint = "close the quote, or check that the file is complete"
    elif "mapping values are not allowed" in message:
        hint = "a value containing ': ' must be quoted"
    return message, line, column, hint


def _char_at(text: str, line: int | None, column: int | None) -> str:
    if line is None or column is None:
        return ""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    return text[start + column - 1 : start + column]
