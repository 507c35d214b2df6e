"""Property tests: whatever the bytes, `load` raises only `BriefingError`, and quickly.

Three sources of input: arbitrary bytes, YAML-ish text built from the tokens YAML cares about, and
random mutations of a valid briefing (bytes deleted, inserted, replaced, lines swapped or
duplicated). A problem that starts with "internal error" means the loader's last guard caught
something unexpected: that is a failure too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from briefing_tui.format.model import Briefing
from briefing_tui.format.text import find_controls
from tests.format.fixtures import SMALL, SMALL_ARTICLE

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz")
    shutil.copy(SMALL_ARTICLE, path / SMALL_ARTICLE.name)
    return path


def check(folder: Path, data: bytes) -> None:
    path = folder / "fuzzed.yaml"
    path.write_bytes(data)
    try:
        result = load(path)
    except BriefingError as error:
        assert error.problems
        for problem in error.problems:
            assert not problem.message.startswith("internal error"), problem.format()
            assert not list(find_controls(problem.format())), problem.format()
    else:
        assert isinstance(result, Briefing)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(folder: Path, data: bytes) -> None:
    check(folder, data)


_TOKENS = [
    "briefing",
    "document",
    "sides",
    "participants",
    "events",
    "topics",
    "id",
    "name",
    "kind",
    "evidence",
    "when",
    "date",
    "text_file: small.txt",
    "text",
    ":",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\n    ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "'",
    '"',
    "&a ",
    "*a",
    "!!str ",
    "! ",
    "<<: ",
    "? ",
    "|\n  ",
    ">-\n  ",
    "---\n",
    "...\n",
    "#",
    "\t",
    "\\",
    "\x1b",
    "\x85",
    "\u2028",
    "\ufeff",
    "1",
    "2021-02-30",
    "no",
    "~",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
]


@FUZZ
@given(st.lists(st.sampled_from(_TOKENS) | st.text(max_size=5), max_size=80))
def test_yaml_ish_text(folder: Path, parts: list[str]) -> None:
    check(folder, "".join(parts).encode("utf-8", "surrogatepass"))


_SEED = SMALL.read_bytes()


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    data = bytearray(_SEED)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "replace", "swap", "duplicate"]))
        start = draw(st.integers(0, len(data)))
        end = min(len(data), start + draw(st.integers(0, 40)))
        if kind == "delete":
            del data[start:end]
        elif kind == "insert":
            data[start:start] = draw(
                st.binary(max_size=12)
                | st.sampled_from(
                    [b": ", b"- ", b"\n", b"&x ", b"*x", b"!!str ", b'"', b"\t", b"\xff", b"\0"]
                )
            )
        elif kind == "replace":
            data[start:end] = draw(st.binary(max_size=end - start))
        else:
            lines = bytes(data).split(b"\n")
            first = draw(st.integers(0, len(lines) - 1))
            second = draw(st.integers(0, len(lines) - 1))
            if kind == "swap":
                lines[first], lines[second] = lines[second], lines[first]
            else:
                lines.insert(second, lines[first])
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@FUZZ
@given(mutations())
def test_mutations_of_a_valid_briefing(folder: Path, data: bytes) -> None:
    check(folder, data)
