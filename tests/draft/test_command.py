"""`briefing-tui draft` on good and bad input: one clear line, exit 1 or 2, nothing overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.format.loader import load

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_655d5a0009c8cdc1.txt"
ARTICLES = Path(__file__).parent / "articles"


def test_draft_writes_a_valid_briefing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "seed.txt"
    shutil.copy(SEED, article)
    out = tmp_path / "seed.yaml"
    assert main(["draft", str(article), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text.startswith("# DRAFT")
    assert "# check:" in text
    briefing = load(out)
    assert briefing.document.text_file == "seed.txt"
    assert any(p.name == "Antony Blinken" for p in briefing.participants)


def test_existing_out_is_kept_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.yaml"
    out.write_text("mine\n")
    assert main(["draft", str(SEED), "-o", str(out)]) == 1
    assert out.read_text() == "mine\n"
    assert "--force" in capsys.readouterr().err
    assert main(["draft", str(SEED), "-o", str(out), "--force"]) == 0
    assert load(out).participants


def test_html_page_text_is_written_beside(tmp_path: Path) -> None:
    out = tmp_path / "berlin.yaml"
    assert main(["draft", str(ARTICLES / "berlin.html"), "-o", str(out)]) == 0
    briefing = load(out)
    assert briefing.document.text_file == "berlin.txt"
    assert (tmp_path / "berlin.txt").read_text("utf-8").startswith("BERLIN --")
    assert briefing.document.published.isoformat() == "2023-11-02"


@pytest.mark.parametrize(
    ("content", "suffix", "words", "code"),
    [
        (b"", ".txt", "empty", 2),
        (b"\x89PNG\x00\x00", ".txt", "binary", 2),
        (b"caf\xe9 latte\n", ".txt", "not UTF-8", 2),
        (b"Nothing says when this was written.\n", ".txt", "--published", 2),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", ".html", "no article", 2),
    ],
)
def test_bad_input_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    suffix: str,
    words: str,
    code: int,
) -> None:
    article = tmp_path / f"a{suffix}"
    article.write_bytes(content)
    out = tmp_path / "out.yaml"
    assert main(["draft", str(article), "-o", str(out)]) == code
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not out.exists()


def test_huge_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "big.txt"
    with article.open("wb") as stream:
        stream.truncate(9 * 1024 * 1024)
    assert main(["draft", str(article)]) == 2
    assert "bytes" in capsys.readouterr().err


def test_unwritable_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(SEED), "-o", str(tmp_path / "missing" / "x.yaml")]) == 1
    assert "no such folder" in capsys.readouterr().err


def test_stdout_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(SEED), "--title", "Seed"]) == 0
    assert 'title: "Seed"' in capsys.readouterr().out


def test_published_and_place_options_win(tmp_path: Path) -> None:
    out = tmp_path / "seed.yaml"
    argv = ["draft", str(SEED), "-o", str(out), "--published", "2021-03-12", "--place", "Osaka"]
    assert main(argv) == 0
    briefing = load(out)
    assert briefing.document.published.isoformat() == "2021-03-12"
    assert briefing.document.place == "Osaka"
    dates = {event.when.text: event.when.date for event in briefing.events}
    assert dates["On Thursday"] == "2021-03-11"  # resolved from the given day, not the dateline
