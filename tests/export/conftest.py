"""Fixtures for the export tests: the seed, a hostile briefing with web markup too, the 10k sample.

The hostile briefing is the app's (tests/app/hostile_briefing.py: Textual/Rich markup and terminal
escapes in every text field) with HTML, script and Markdown added to every field that ends in
" end" and to the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import Briefing
from tests.app.hostile_briefing import ARTICLE, INJECTED_BYTES, hostile_yaml

WEB = (
    " <script>alert(1)</script> <img src=x onerror=alert(2)> [md](javascript:alert(3))"
    " **bold** `code` | &amp; <b>b</b> www.evil.example http://evil.example/x"
)
"""HTML, script and Markdown that must stay text in every export."""

WEB_ARTICLE = ARTICLE + f"Web line {WEB} tail.\n"

SCRIPT_MARKERS = ("<script", "<img", "onerror", "javascript:")


def write_web_hostile(folder: Path) -> Path:
    """The hostile briefing with `WEB` in every text field and the article."""
    (folder / "article.txt").write_text(WEB_ARTICLE, encoding="utf-8")
    path = folder / "hostile.yaml"
    path.write_text(hostile_yaml().replace(' end"', WEB + ' end"'), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed() -> Briefing:
    return load(seed_path())


@pytest.fixture(scope="session")
def hostile_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_web_hostile(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile(hostile_path: Path) -> Briefing:
    briefing = load(hostile_path)
    assert "<script>alert(1)</script>" in briefing.document.title
    assert "\x1b" in briefing.document.title
    return briefing


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from briefing_tui.bench.sample import write_sample

    path = tmp_path_factory.mktemp("sample") / "sample.yaml"
    write_sample(path, events=10_000)
    return path


@pytest.fixture(scope="session")
def sample(sample_path: Path) -> Briefing:
    return load(sample_path)


def assert_no_escape_bytes(output: str | bytes) -> None:
    """None of the hostile briefing's terminal sequences (or raw bidi controls) is in `output`."""
    data = output.encode("utf-8") if isinstance(output, str) else output
    for injected in INJECTED_BYTES:
        assert injected not in data, injected
    assert b"\x1b" not in data
    assert b"\x07" not in data
