"""Problems print as `FILE:LINE:COL: severity: message (hint)`, safe for a terminal."""

from __future__ import annotations

from briefing_tui.format.errors import BriefingError, Problem, Severity


def test_format_names_file_line_column_and_hint() -> None:
    problem = Problem("a.yaml", "unknown key", line=3, column=5, hint='did you mean "text"?')
    assert problem.format() == 'a.yaml:3:5: error: unknown key (did you mean "text"?)'
    assert Problem("a.yaml", "missing", severity=Severity.WARNING).format() == (
        "a.yaml: warning: missing"
    )


def test_text_from_the_file_cannot_reach_the_terminal_as_control_characters() -> None:
    problem = Problem("\x1b]0;pwned\x07.yaml", 'bad value "\x9b31m\u202e"', line=1, column=2)
    for text in (problem.format(), str(BriefingError([problem]))):
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text)
        assert "␛]0;pwned␇.yaml:1:2" in text
        assert "\\x9b31m<U+202E>" in text
