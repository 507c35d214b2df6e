"""Paragraph wrapping for the article pane."""

from __future__ import annotations

from rich.cells import cell_len

from briefing_tui.app.view.wrap import estimate_lines, wrap_starts


def lines(text: str, width: int) -> list[str]:
    starts = wrap_starts(text, width)
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def test_wraps_at_spaces_within_the_width() -> None:
    text = "Washington and Tokyo have begun preparations for U.S. Secretary of State"
    for width in (10, 20, 33):
        for line in lines(text, width):
            assert len(line.rstrip(" ")) <= width
        assert "".join(lines(text, width)) == text


def test_long_words_are_split_and_short_text_is_one_line() -> None:
    assert lines("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert wrap_starts("", 10) == [0]
    assert wrap_starts("short", 10) == [0]
    assert wrap_starts(" leading space", 40) == [0]


def test_wide_characters_count_two_cells() -> None:
    text = "日本語のテキスト " * 4
    for line in lines(text, 10):
        assert cell_len(line.rstrip(" ")) <= 10
    assert "".join(lines(text, 10)) == text


def test_estimate_is_at_least_one_line() -> None:
    assert estimate_lines(0, 40) == 1
    assert estimate_lines(40, 40) == 1
    assert estimate_lines(400, 40) >= 10
