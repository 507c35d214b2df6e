"""Line and column of things in a briefing's files, found when a message needs them.

The index keeps no positions (they would cost a second walk of every file); the few a message
needs are found afterwards: an offset of the article as a line and column of its text file, or of
the YAML file for an inline article; the place of a name or alias in the YAML file. PyYAML's event
stream gives the marks; nothing is built from it and nothing recurses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from briefing_tui.library.filetext import FileText, FileTexts

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of character `offset` in `text`."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _read(path: Path) -> str | None:
    from briefing_tui.library.update import read_regular

    data = read_regular(path)
    if data is None:
        return None
    text = data.decode("utf-8", "replace").removeprefix("\ufeff")
    return text.replace("\r\n", "\n")


def _events(text: str) -> Iterable[yaml.Event]:
    try:
        yield from yaml.parse(text, Loader=_Loader)
    except yaml.YAMLError:
        return


def inline_text_position(
    yaml_path: Path, article: str, offset: int, word: str, files: FileTexts | None = None
) -> tuple[int, int]:
    """Where article offset `offset` (the start of `word`) is in the YAML file of an inline article.

    Found as the same occurrence of `word` after the start of `document.text` in the file: exact
    for block and plain scalars, and for quoted ones unless an escape sits in the word. Falls back
    to the start of the text's value. `files` keeps the file (and where its text starts) for the
    next call.
    """
    raw = (files if files is not None else FileTexts()).get(yaml_path)
    if raw is None:
        return 1, 1
    if _TEXT_START not in raw.extras:
        raw.extras[_TEXT_START] = _document_text_start(raw.text)
    start = raw.extras[_TEXT_START]
    if start is None:
        return 1, 1
    assert isinstance(start, tuple)
    start_offset = _offset_of(raw, *start)
    if word:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        nth = sum(1 for _ in pattern.finditer(article, 0, offset))
        for index, match in enumerate(pattern.finditer(raw.text, start_offset)):
            if index == nth:
                return raw.line_col(match.start())
    return start[0] + 1, start[1] + 1


_TEXT_START = "document.text start"


def _offset_of(raw: FileText, line: int, column: int) -> int:
    return raw.line_starts[min(line, len(raw.line_starts) - 1)] + column


def _document_text_start(raw: str) -> tuple[int, int] | None:
    """0-based (line, column) where the value of the top-level `document.text` starts."""
    stack: list[list[object]] = []  # [is a mapping, its current key, a key comes next]
    for event in _events(raw):
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            stack.append([isinstance(event, yaml.MappingStartEvent), None, True])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
            if stack and stack[-1][0]:
                stack[-1][2] = True
        elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent) and stack:
            top = stack[-1]
            if top[0] and top[2]:
                top[1] = getattr(event, "value", None)
                top[2] = False
                continue
            if len(stack) == 2 and stack[0][1] == "document" and top[0] and top[1] == "text":
                mark = event.start_mark
                style = getattr(event, "style", None)
                if style in ("|", ">"):
                    return mark.line + 1, 0
                return mark.line, mark.column + (1 if style in ('"', "'") else 0)
            if top[0]:
                top[2] = True
    return None


def name_positions(yaml_path: Path, names: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The 1-based line and column of the first scalar equal to each of `names` in the file."""
    wanted = set(names)
    raw = _read(yaml_path)
    found: dict[str, tuple[int, int]] = {}
    if raw is None:
        return found
    for event in _events(raw):
        if isinstance(event, yaml.ScalarEvent) and event.value in wanted:
            if event.value not in found:
                mark = event.start_mark
                quoted = 1 if event.style in ('"', "'") else 0
                found[event.value] = (mark.line + 1, mark.column + 1 + quoted)
            if len(found) == len(wanted):
                break
    return found
