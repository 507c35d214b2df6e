"""The strict YAML reader: positions, values as written, refusals, limits, bytes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_tui.format import yamlreader
from briefing_tui.format.errors import BriefingError, Problem
from briefing_tui.format.yamlreader import (
    Alias,
    Limits,
    Mapping,
    Parsed,
    Scalar,
    Sequence,
    decode,
    parse,
    read_file,
)


@pytest.fixture(params=["libyaml", "pure-python"], autouse=True)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every test runs with libyaml and with PyYAML's pure-Python parser (the fallback)."""
    if request.param == "libyaml":
        if yamlreader._CParser is None:
            pytest.skip("libyaml is not available")
    else:
        monkeypatch.setattr(yamlreader, "_CParser", None)
    yield request.param


def read(text: str, limits: Limits = yamlreader.DEFAULT_LIMITS, **kwargs: object) -> Parsed:
    return parse(text, "f.yaml", limits, **kwargs)  # type: ignore[arg-type]


def fatal(text: str, limits: Limits = yamlreader.DEFAULT_LIMITS, **kwargs: object) -> Problem:
    with pytest.raises(BriefingError) as caught:
        read(text, limits, **kwargs)
    return caught.value.problems[-1]


def value(node: object, *keys: str | int) -> object:
    for key in keys:
        if isinstance(key, int):
            assert isinstance(node, Sequence)
            node = node.items[key]
        else:
            assert isinstance(node, Mapping)
            node = node.items[key][1]
    return node


def test_scalars_are_the_text_as_written() -> None:
    text = (
        "a: no\nb: on\nc: 010\nd: 3.10\ne: 1:30\nf: 2021-03-04\ng: ~\nh: null\ni: true\nj: 0x1F\n"
    )
    root = read(text).root
    assert isinstance(root, Mapping)
    got = {key: node.value for key, (_, node) in root.items.items()}  # type: ignore[union-attr]
    assert got == {
        "a": "no",
        "b": "on",
        "c": "010",
        "d": "3.10",
        "e": "1:30",
        "f": "2021-03-04",
        "g": "~",
        "h": "null",
        "i": "true",
        "j": "0x1F",
    }


def test_quoted_and_block_scalars_keep_their_style() -> None:
    root = read("a: plain\nb: 'single'\nc: \"dq\\tx\"\nd: |\n  lit\n").root
    a, b, c, d = (value(root, key) for key in "abcd")
    assert isinstance(a, Scalar) and a.plain
    assert isinstance(b, Scalar) and not b.plain and b.value == "single"
    assert isinstance(c, Scalar) and c.value == "dq\tx"
    assert isinstance(d, Scalar) and d.value == "lit\n" and not d.plain


def test_positions_are_one_based_and_count_characters() -> None:
    root = read("first: 1\nlist:\n  - éé: x\n    ü: [a, bb]\n").root
    assert isinstance(root, Mapping)
    assert (root.line, root.column) == (1, 1)
    key, _ = root.items["list"]
    assert (key.line, key.column) == (2, 1)
    entry = value(root, "list", 0)
    assert isinstance(entry, Mapping) and (entry.line, entry.column) == (3, 5)
    inner = value(root, "list", 0, "ü")
    assert isinstance(inner, Sequence) and (inner.line, inner.column) == (4, 8)
    bb = value(root, "list", 0, "ü", 1)
    assert isinstance(bb, Scalar) and (bb.value, bb.line, bb.column) == ("bb", 4, 12)


def test_duplicate_keys_name_the_first_line() -> None:
    parsed = read("a: 1\nb: 2\na: 3\n")
    assert [p.format() for p in parsed.problems] == [
        'f.yaml:3:1: error: duplicate key "a" (first at line 1) '
        "(remove one of them; a key may appear once in a mapping)"
    ]
    assert value(parsed.root, "a").value == "1"  # type: ignore[attr-defined]


def test_anchors_aliases_tags_and_merge_keys_are_refused_with_positions() -> None:
    text = (
        "base: &b {x: 1}\n"
        "copy: *b\n"
        "merged:\n  <<: {y: 2}\n"
        "s: !!str 010\n"
        "o: !!python/object:os.system echo\n"
        "c: !custom x\n"
        "n: ! x\n"
    )
    parsed = read(text)
    found = [(p.line, p.column, p.message) for p in parsed.problems]
    assert found == [
        (1, 7, "anchors are not allowed (&b)"),
        (2, 7, "aliases are not allowed (*b)"),
        (4, 3, "merge keys (<<) are not allowed"),
        (5, 4, "tags are not allowed (!!str)"),
        (6, 4, "tags are not allowed (!!python/object:os.system)"),
        (7, 4, "tags are not allowed (!custom)"),
        (8, 4, "tags are not allowed (!)"),
    ]
    assert isinstance(value(parsed.root, "copy"), Alias)
    assert "<<" not in value(parsed.root, "merged").items  # type: ignore[attr-defined]


def test_a_self_referencing_alias_refers_to_nothing() -> None:
    parsed = read("a: &a [*a, *a]\n")
    assert len(parsed.problems) == 3
    inner = value(parsed.root, "a")
    assert isinstance(inner, Sequence)
    assert all(isinstance(item, Alias) for item in inner.items)


def test_a_second_document_is_refused_at_its_start() -> None:
    parsed = read("a: 1\n---\nb: 2\n")
    assert [(p.line, p.column) for p in parsed.problems] == [(2, 1)]
    assert "second YAML document" in parsed.problems[0].message
    assert list(parsed.root.items) == ["a"]  # type: ignore[union-attr]


def test_an_explicit_single_document_is_fine() -> None:
    parsed = read("---\na: 1\n...\n")
    assert parsed.problems == ()
    assert list(parsed.root.items) == ["a"]  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "\n\n", "# just a comment\n"])
def test_no_document_gives_no_root(text: str) -> None:
    assert read(text) == Parsed(None, ())


def test_keys_must_be_strings() -> None:
    parsed = read("? [a, b]\n: 1\nc: 2\n")
    assert [(p.line, p.message) for p in parsed.problems] == [
        (1, "a key must be a string, not a list")
    ]
    assert list(parsed.root.items) == ["c"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("a: 'open\nb: c\n", (1, 4), "quoted string is not closed"),
        ('a: "open\n', (1, 4), "quoted string is not closed"),
        ("a: b: c\n", (1, 5), "mapping values are not allowed"),
        ("a:\n\tb: 1\n", (2, 1), "cannot start any token"),
        ("a: [1, 2\n", None, "not valid YAML"),
    ],
)
def test_syntax_errors_have_positions(text: str, where: tuple[int, int] | None, words: str) -> None:
    problem = fatal(text)
    assert words in problem.message
    assert problem.line is not None
    if where is not None:
        assert (problem.line, problem.column) == where


def test_a_tab_gets_a_hint() -> None:
    assert "tabs" in (fatal("a:\n\tb: 1\n").hint or "")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "{a: " * 100_000,
        "- " * 100_000 + "x\n",
        "".join(" " * depth + "a:\n" for depth in range(2000)),
        "".join(" " * depth + "-\n" for depth in range(2000)),
    ],
    ids=["flow-seq", "flow-map", "compact", "block-map", "block-seq"],
)
def test_deep_nesting_is_a_clear_error(text: str) -> None:
    problem = fatal(text)
    assert "levels deep" in problem.message
    assert problem.line is not None and problem.column is not None


def test_nesting_up_to_the_limit_is_fine() -> None:
    limits = Limits(max_depth=10)
    assert read("[" * 10 + "]" * 10, limits).problems == ()
    assert "levels deep" in fatal("[" * 11 + "]" * 11, limits).message


def test_long_values_are_refused_except_where_allowed() -> None:
    limits = Limits(max_scalar_chars=10, max_long_scalar_chars=20)
    long = "x" * 15
    problem = fatal(f"document:\n  title: {long}\n", limits)
    assert "15 characters" in problem.message and (problem.line, problem.column) == (2, 10)
    parsed = read(f"document:\n  text: {long}\n", limits, long_scalars=[("document", "text")])
    assert value(parsed.root, "document", "text").value == long  # type: ignore[attr-defined]
    assert "characters" in fatal(f"document:\n  text: {'x' * 21}\n", limits).message
    assert "characters" in fatal(f"other:\n  text: {long}\n", limits).message


def test_the_node_count_is_limited() -> None:
    limits = Limits(max_nodes=100)
    assert "more than 100 values" in fatal("[" + "a," * 200 + "]", limits).message


def test_problems_are_capped() -> None:
    limits = Limits(max_problems=5)
    text = "".join(f"k{i}: !!str v\n" for i in range(50))
    with pytest.raises(BriefingError) as caught:
        read(text, limits)
    assert len(caught.value.problems) == 6
    assert "too many problems" in caught.value.problems[-1].message


def test_control_characters_survive_parsing() -> None:
    raw = "a\x1b[31mb\x9bc\x7fd\x85e\u2028f\u202eg"
    root = read(f'name: {raw}\nq: "x\\e[0m"\n').root
    assert value(root, "name").value == raw  # type: ignore[attr-defined]
    assert value(root, "q").value == "x\x1b[0m"  # type: ignore[attr-defined]


def test_line_separators_do_not_shift_line_numbers() -> None:
    root = read("a: x\u2028y\x85z\nb: 1\n").root
    key, _ = root.items["b"]  # type: ignore[union-attr]
    assert key.line == 2


def test_placeholders_dodge_private_use_characters_already_in_the_file() -> None:
    private = "".join(chr(code) for code in range(0xF0000, 0xF0100))
    raw = f"{private}\x1b"
    assert value(read(f"name: '{raw}'\n").root, "name").value == raw  # type: ignore[attr-defined]


def test_cr_and_crlf_are_line_breaks() -> None:
    root = read("a: 1\r\nb: 2\rc: 3\n").root
    assert [key.line for key, _ in root.items.values()] == [1, 2, 3]  # type: ignore[union-attr]


def test_decode_accepts_a_bom_and_crlf() -> None:
    assert decode(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n", "f") == "a: 1\nb: 2\n"


def test_decode_keeps_a_lone_cr() -> None:
    assert decode(b"a\rb", "f") == "a\rb"


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"a: 1\nb: caf\xe9\n", (2, 7)),
        (b"\xef\xbb\xbfname: \xc3\xa9\xff\n", (1, 8)),
        (b"x\n\xc3", (2, 1)),
        (b"\x89PNG\r\n\x1a\n\0\0", (1, 1)),
    ],
)
def test_invalid_utf8_is_reported_at_the_bad_byte(data: bytes, where: tuple[int, int]) -> None:
    with pytest.raises(BriefingError) as caught:
        decode(data, "f.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == where
    assert "UTF-8" in problem.message


def test_utf16_gets_a_hint() -> None:
    with pytest.raises(BriefingError) as caught:
        decode("a: 1\n".encode("utf-16"), "f")
    assert "UTF-16" in (caught.value.problems[0].hint or "")


def test_nul_is_reported_at_its_position() -> None:
    with pytest.raises(BriefingError) as caught:
        decode(b"a: 1\nbb: x\0y\n", "f.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 6)
    assert "NUL" in problem.message


def test_read_file_refuses_what_is_not_a_small_regular_file(tmp_path: Path) -> None:
    def message(path: Path, limit: int = 1000) -> str:
        with pytest.raises(BriefingError) as caught:
            read_file(path, str(path), limit)
        [problem] = caught.value.problems
        assert problem.line is None
        return problem.message

    assert message(tmp_path / "missing") == "no such file"
    assert "directory" in message(tmp_path)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    assert "refused" in message(big)
    (tmp_path / "ok").write_bytes(b"x" * 1000)
    assert read_file(tmp_path / "ok", "ok", 1000) == b"x" * 1000
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        assert "not a regular file" in message(fifo)
