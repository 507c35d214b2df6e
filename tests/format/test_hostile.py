"""Hostile input through `load` (issue 4): refused with a position, or accepted with warnings.

Whatever the bytes, `load` raises only `BriefingError`, quickly, runs nothing, expands nothing
and changes nothing a person wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_tui.format.errors import BriefingError, Problem, Severity
from briefing_tui.format.loader import load
from briefing_tui.format.text import find_controls
from briefing_tui.format.yamlreader import DEFAULT_LIMITS
from tests.format.fixtures import problems, small_text, write_small


def errors_of(path: Path) -> list[Problem]:
    return [p for p in problems(path) if p.severity is Severity.ERROR]


def first_error(path: Path) -> Problem:
    found = errors_of(path)
    assert found, "expected an error"
    return found[0]


def briefing_with(tmp_path: Path, old: str, new: str) -> Path:
    text = small_text()
    assert old in text
    return write_small(tmp_path, text.replace(old, new, 1))


def where(path: Path, needle: str) -> tuple[int, int]:
    """1-based line and column of the first `needle` in the file."""
    text = path.read_text(encoding="utf-8")
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


# -- anchors, aliases, merge keys, tags, documents ----------------------------------------------


def test_anchors_and_aliases_are_refused_with_positions(tmp_path: Path) -> None:
    path = briefing_with(
        tmp_path, "    roles: [Foreign Minister]", "    roles: &r [Foreign Minister]"
    )
    text = path.read_text().replace("    roles: [French counterpart]", "    roles: *r")
    path.write_text(text)
    found = [(p.line, p.column, p.message) for p in errors_of(path)]
    assert (*where(path, "&r"), "anchors are not allowed (&r)") in found
    assert (*where(path, "*r"), "aliases are not allowed (*r)") in found


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 30):
        prev, name = chr(ord("a") + index - 1), chr(ord("a") + index)
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n")
    found = problems(path)
    assert any("aliases are not allowed" in p.message for p in found)


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    path = briefing_with(tmp_path, "  - id: martin\n", "  - id: martin\n    <<: {kind: person}\n")
    problem = first_error(path)
    assert problem.message == "merge keys (<<) are not allowed"
    assert (problem.line, problem.column) == where(path, "<<")


@pytest.mark.parametrize(
    "tag",
    ["!!str", "!!python/object:os.system", "!!python/object/apply:os.system", "!custom", "!"],
)
def test_every_tag_is_refused_and_nothing_runs(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "ran"
    path = briefing_with(tmp_path, "  place: Tokyo", f"  place: {tag} [touch {marker}]")
    problem = first_error(path)
    assert problem.message.startswith("tags are not allowed")
    assert (problem.line, problem.column) == where(path, tag)
    assert not marker.exists()


def test_a_second_document_is_refused_at_its_position(tmp_path: Path) -> None:
    path = write_small(tmp_path, small_text() + "---\nbriefing: 1\n")
    problem = first_error(path)
    assert "second YAML document" in problem.message
    assert (problem.line, problem.column) == (len(small_text().splitlines()) + 1, 1)


# -- nesting, sizes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 100_000 + "x" + "}" * 100_000,
        "- " * 100_000 + "x",
        "".join(" " * depth + "k:\n" for depth in range(5_000)),
    ],
    ids=["flow-list", "flow-map", "compact", "block"],
)
def test_deep_nesting_is_a_clear_error(tmp_path: Path, body: str) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("briefing: 1\nsides: " + body + "\n" if body[0] in "[{" else "x:\n" + body)
    problem = first_error(path)
    assert "levels deep" in problem.message
    assert problem.line is not None and problem.column is not None


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as file:
        file.truncate(DEFAULT_LIMITS.max_file_bytes + 1)
    with pytest.raises(BriefingError) as caught:
        load(path)
    [problem] = caught.value.problems
    assert "refused" in problem.message


def test_a_huge_article_file_is_refused_at_text_file(tmp_path: Path) -> None:
    path = briefing_with(tmp_path, "text_file: small.txt", "text_file: big.txt")
    with (tmp_path / "big.txt").open("wb") as file:
        file.truncate(DEFAULT_LIMITS.max_file_bytes + 1)
    problem = first_error(path)
    assert "refused" in problem.message
    assert (problem.line, problem.column) == where(path, "big.txt")


def test_a_huge_value_is_refused(tmp_path: Path) -> None:
    name = "x" * (DEFAULT_LIMITS.max_scalar_chars + 1)
    path = briefing_with(tmp_path, "name: Jean Martin", f"name: {name}")
    problem = first_error(path)
    assert "the limit is" in problem.message
    assert (problem.line, problem.column) == where(path, "xxx")


def test_an_inline_article_may_be_longer_than_other_values(tmp_path: Path) -> None:
    filler = "word " * (DEFAULT_LIMITS.max_scalar_chars // 5 + 10)
    text = small_text().replace("  text_file: small.txt\n", "  text: |\n")
    head, rest = text.split("  text: |\n")
    body = (Path(__file__).parent / "fixtures" / "small.txt").read_text() + filler + "\n"
    indented = "".join(f"    {line}\n" for line in body.splitlines())
    path = write_small(tmp_path, head + "  text: |\n" + indented + rest)
    briefing = load(path)
    assert len(briefing.document.text) > DEFAULT_LIMITS.max_scalar_chars


# -- bytes --------------------------------------------------------------------------------------


def test_a_bom_and_crlf_are_accepted_and_spans_index_lf_text(tmp_path: Path) -> None:
    path = write_small(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    article = tmp_path / "small.txt"
    article.write_bytes(b"\xef\xbb\xbf" + article.read_bytes().replace(b"\n", b"\r\n"))
    briefing = load(path)
    text = briefing.document.text
    assert "\r" not in text and not text.startswith("\ufeff")
    quote = briefing.item("call").evidence[0]
    assert text[quote.span.start : quote.span.end] == quote.exact


def test_invalid_utf8_is_reported_at_the_bad_byte(tmp_path: Path) -> None:
    path = write_small(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"place: Tokyo", b"place: T\xf4kyo"))
    problem = first_error(path)
    assert "not UTF-8" in problem.message
    assert (problem.line, problem.column) == (5, 11)


def test_invalid_utf8_in_the_article_is_reported_in_the_article(tmp_path: Path) -> None:
    path = write_small(tmp_path)
    article = tmp_path / "small.txt"
    data = article.read_bytes()
    assert data.index(b"Paris next") < data.index(b"\n")
    article.write_bytes(data.replace(b"Paris next", b"Par\xe9s next"))
    problem = first_error(path)
    column = data.index(b"Paris next") + len("Par") + 1
    assert (Path(problem.path).name, problem.line, problem.column) == ("small.txt", 1, column)


def test_nul_is_reported_at_its_position(tmp_path: Path) -> None:
    path = write_small(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"place: Tokyo", b"place: Tok\0yo"))
    problem = first_error(path)
    assert "NUL" in problem.message
    assert (problem.line, problem.column) == (5, 13)
    article = tmp_path / "small.txt"
    article.write_bytes(b"line one\nab\0")
    path.write_text(small_text())
    problem = first_error(path)
    assert (Path(problem.path).name, problem.line, problem.column) == ("small.txt", 2, 3)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xef\xbb\xbf",
        b"   \n\n",
        os.urandom(64) + b"\0",
        b'briefing: 1\ndocument:\n  title: "cut',
    ],
    ids=["empty", "bom-only", "blank", "binary", "truncated"],
)
def test_degenerate_files_have_a_positioned_problem(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    problem = first_error(path)
    assert problem.line is not None and problem.column is not None


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("2021-02-30", "February 2021 has 28 days"),
        ("2021-13", "month 13"),
        ("2021-04-31", "April 2021 has 30 days"),
        ("2021-03-05/2021-03-01", "ends before it starts"),
        ("0000", "year 0000"),
        ("21-03", "is not a date"),
    ],
)
def test_impossible_dates_are_refused_at_their_position(
    tmp_path: Path, date: str, words: str
) -> None:
    path = briefing_with(tmp_path, "date: 2021-03-04", f"date: '{date}'")
    problem = first_error(path)
    assert words in problem.message
    assert (problem.line, problem.column) == where(path, f"'{date}'")


def test_an_impossible_dateline_is_refused(tmp_path: Path) -> None:
    path = briefing_with(tmp_path, "published: 2021-03-05", "published: 2021-02-29")
    problem = first_error(path)
    assert "not a real day" in problem.message
    assert (problem.line, problem.column) == (4, 14)


# -- no YAML 1.1 coercion -----------------------------------------------------------------------


def test_yaml11_scalars_stay_as_written(tmp_path: Path) -> None:
    path = briefing_with(tmp_path, "name: Jean Martin", "name: no")
    text = path.read_text().replace(
        "roles: [French counterpart]",
        "roles: [on, '010', 3.10, 1:30, 010, yes, null, ~, 0x1F, 1e3]",
    )
    text = text.replace("name: France", "name: off")
    text = text.replace("title: Trade", "title: 2021-03-04")
    path.write_text(text)
    briefing = load(path)
    martin = briefing.item("martin")
    assert martin.name == "no"  # type: ignore[union-attr]
    assert martin.roles == ("on", "010", "3.10", "1:30", "010", "yes", "null", "~", "0x1F", "1e3")  # type: ignore[union-attr]
    assert briefing.item("france").name == "off"  # type: ignore[union-attr]
    assert briefing.item("trade").title == "2021-03-04"  # type: ignore[union-attr]


# -- control characters -------------------------------------------------------------------------


def test_control_characters_are_accepted_with_warnings(tmp_path: Path) -> None:
    raw = "\x1b[31m\x9b2J\x7f\u202e\x08"
    path = briefing_with(tmp_path, "name: Jean Martin", f"name: Jean{raw} Martin")
    text = path.read_text().replace("title: Trade", 'title: "Trade\\e]8;;http://x\\a"')
    text = text.replace("  place: Tokyo", "  place: 'Tok\tyo'")
    path.write_text(text)
    article = tmp_path / "small.txt"
    article.write_text(article.read_text() + "\x1b]52;c;ZXZpbA==\x07\n")
    briefing = load(path)
    assert briefing.item("martin").name == f"Jean{raw} Martin"  # type: ignore[union-attr]
    warned = {(Path(p.path).name, p.line) for p in briefing.warnings}
    assert warned == {
        ("small.yaml", where(path, "'Tok")[0]),
        ("small.yaml", where(path, "Jean")[0]),
        ("small.yaml", where(path, '"Trade')[0]),
        ("small.txt", 6),
    }
    for problem in briefing.warnings:
        assert problem.severity is Severity.WARNING
        assert not list(find_controls(problem.format()))


def test_newlines_and_tabs_are_fine_in_the_article_only(tmp_path: Path) -> None:
    briefing = load(write_small(tmp_path))
    assert "\n" in briefing.document.text
    assert briefing.warnings == ()


def test_warnings_are_capped(tmp_path: Path) -> None:
    names = "".join(f'  - id: s{index}\n    name: "s\\e{index}"\n' for index in range(1500))
    path = briefing_with(tmp_path, "sides:\n", "sides:\n" + names)
    briefing = load(path)
    assert len(briefing.warnings) == DEFAULT_LIMITS.max_problems + 1
    assert briefing.warnings[0].message == "500 more warnings not shown"
