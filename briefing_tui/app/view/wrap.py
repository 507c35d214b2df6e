"""Word wrapping of one paragraph into line start offsets (no Textual import).

The article can be megabytes long, so it is wrapped one paragraph at a time, only when that
paragraph is about to be shown; this has to be fast for a long paragraph too. ASCII text (one cell
per character) takes a path built on `str.rfind`; anything else measures cells character by
character.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size


def wrap_starts(text: str, width: int) -> list[int]:
    """Start offsets of the lines `text` wraps into at `width` cells (always at least `[0]`).

    Lines break after a run of spaces; the spaces at a break stay at the end of the line they follow
    (renderers crop them). A word longer than `width` is split.
    """
    width = max(1, width)
    if text.isascii():
        return _wrap_ascii(text, width)
    if cell_len(text) <= width:
        return [0]
    return _wrap_cells(text, width)


def _wrap_ascii(text: str, width: int) -> list[int]:
    length = len(text)
    starts = [0]
    position = 0
    while length - position > width:
        cut = text.rfind(" ", position + 1, position + width + 1)
        if cut == -1:
            position += width
        else:
            position = cut + 1
            while position < length and text[position] == " ":
                position += 1
            if position >= length:
                break
        starts.append(position)
    return starts


def _wrap_cells(text: str, width: int) -> list[int]:
    starts = [0]
    used = 0
    last_space = -1
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        size = get_character_cell_size(char)
        if char == " ":
            last_space = position
            used += size
            position += 1
            continue
        if used + size > width and used > 0:
            line_start = starts[-1]
            new_start = last_space + 1 if last_space > line_start else position
            starts.append(new_start)
            used = 0
            last_space = -1
            position = new_start
            continue
        used += size
        position += 1
    return starts


def estimate_lines(length: int, width: int) -> int:
    """A cheap guess of how many lines a paragraph of `length` characters wraps into."""
    if length <= width:
        return 1
    return -(-length // max(1, width - 3))
