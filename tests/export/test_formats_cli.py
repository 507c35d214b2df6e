"""`export` and `show` on the command line: output, bad input, nothing half-written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.export import atomic, formats
from briefing_tui.export.formats import FORMATS, default_output, output_path
from briefing_tui.format.loader import seed_path
from tests.app.hostile_briefing import INJECTED_BYTES
from tests.export.conftest import assert_no_escape_bytes

INVALID = """\
briefing: 1
document:
  title: Broken
  published: "2021-02-30"
  place: Paris
  text: Hello world.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", list(FORMATS))
def test_export_writes_the_file_whole_and_says_where(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"seed{FORMATS[name].suffix}"
    code, stdout, err = run(capsys, "export", str(seed_path()), "--to", name, "-o", str(out))
    assert code == 0, err
    assert stdout == ""
    assert f"wrote {name} to {out}" in err
    code, to_stdout, _ = run(capsys, "export", str(seed_path()), "--to", name)
    assert code == 0
    assert out.read_bytes().decode("utf-8") == to_stdout
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_ics_and_timeline_count_what_they_leave_out(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "export", "--to", "ics")
    assert "ics: left out 1 undated event" in err
    assert "ics: left out 5 open-ended events" in err
    _, _, err = run(capsys, "export", "--to", "timeline")
    assert "timeline: left out 1 undated event" in err


def test_unknown_format_lists_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", "--to", "pdf")
    assert code == 1
    assert out == ""
    assert err.strip() == (
        "briefing-tui export: unknown format 'pdf'; the formats are: " + ", ".join(FORMATS)
    )


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for command in (["export", "--to", "md"], ["show"]):
        code, out, err = run(capsys, command[0], str(tmp_path / "nope.yaml"), *command[1:])
        assert (code, out) == (1, "")
        assert err.strip() == f"{tmp_path / 'nope.yaml'}: error: no such file"


def test_invalid_briefing_gives_its_positions_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(INVALID, encoding="utf-8")
    out = tmp_path / "out.md"
    out.write_text("the user's file", encoding="utf-8")
    code, stdout, err = run(capsys, "export", str(bad), "--to", "md", "-o", str(out))
    assert (code, stdout) == (1, "")
    assert re.fullmatch(rf"{re.escape(str(bad))}:4:14: error: .*2021-02-30.*\n", err), err
    assert out.read_text(encoding="utf-8") == "the user's file"
    code, stdout, err = run(capsys, "show", str(bad))
    assert (code, stdout) == (1, "")
    assert f"{bad}:4:14: error:" in err


@pytest.mark.parametrize("where", ["missing-folder/out.html", "."])
def test_unwritable_output(where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / where
    code, out, err = run(capsys, "export", "--to", "html", "-o", str(target))
    assert (code, out) == (1, "")
    assert err.startswith(f"briefing-tui export: cannot write {target}: ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_atomic_write_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.fixture
def beside(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's own choice of folder (the suite points it at a temporary one)."""
    monkeypatch.setattr(formats, "READER_EXPORT_FOLDER", None)


@pytest.mark.usefixtures("beside")
def test_never_writes_over_the_briefing_or_its_article(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = sample_path.with_suffix(".txt")
    before = (sample_path.read_bytes(), article.read_bytes())
    for out in (sample_path, article):
        code, stdout, err = run(capsys, "export", str(sample_path), "--to", "text", "-o", str(out))
        assert (code, stdout) == (1, "")
        assert "is the briefing or its article" in err
    assert (sample_path.read_bytes(), article.read_bytes()) == before
    for name in FORMATS:  # where the reader writes
        assert Path(output_path(str(sample_path), name)) not in (sample_path, article)


def test_the_suite_keeps_reader_exports_out_of_the_checkout(reader_export_folder: Path) -> None:
    assert output_path(str(seed_path()), "md") == str(
        reader_export_folder / seed_path().with_suffix(".md").name
    )


@pytest.mark.usefixtures("beside")
def test_output_paths() -> None:
    assert default_output("/x/brief.yaml", "html") == "/x/brief.html"
    assert default_output("notes", "md") == "notes.md"
    assert output_path(None, "ics") == "briefing.ics"


def test_show_into_a_pipe_has_no_colour(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "--width", "100")
    assert (code, err) == (0, "")
    assert "\x1b" not in out
    assert out.startswith(
        'Blinken and Austin prepare first "two-plus-two" with Japan under Biden\n'
    )
    assert "now · 2021-03-05" in out
    assert "  Antony Blinken · person · U.S. Secretary of State" in out
    assert "Human rights violations against the Uyghur minority" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_show_item_with_links_and_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "--item", "antony-blinken", "--width", "120")
    assert code == 0
    assert out.startswith("PARTICIPANT · antony-blinken\nAntony Blinken\n")
    assert "U.S. Secretary of State Antony Blinken" in out  # the evidence, in the article's words
    assert "Events (4)" in out
    assert "Blinken and Austin visit Japan" in out
    code, out, err = run(capsys, "show", "--item", "blinken")
    assert (code, out) == (1, "")
    assert "no item with id 'blinken'" in err and "antony-blinken" in err


def test_show_hostile_is_literal(hostile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for extra in ([], ["--item", "alpha"], ["--item", "meeting"]):
        code, out, _ = run(capsys, "show", str(hostile_path), "--width", "200", *extra)
        assert code == 0
        assert_no_escape_bytes(out)
        assert "[@click=app.quit]x[/]" in out
        assert "<script>alert(1)</script>" in out
        assert "␛[2JCLR" in out


def test_show_colours_only_a_terminal_and_not_with_no_color(hostile_path: Path) -> None:
    """Run in a pseudo-terminal: colour codes there (but none of the file's own escapes), none
    with NO_COLOR."""
    import pty
    import subprocess
    import sys

    def in_pty(env: dict[str, str], *files: str) -> bytes:
        leader, follower = pty.openpty()
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui", "show", "--width", "100", *files],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
        os.close(leader)
        return b"".join(chunks)

    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["TERM"] = "xterm-256color"
    coloured = in_pty(env)
    assert re.search(rb"\x1b\[[0-9;]*3[0-9](;[0-9]+)*m", coloured), coloured[:300]
    hostile = in_pty(env, str(hostile_path))
    assert re.search(rb"\x1b\[[0-9;]*3[0-9](;[0-9]+)*m", hostile)
    assert b"[@click=app.quit]x[/]" in hostile
    for injected in INJECTED_BYTES:
        assert injected not in hostile, injected
    plain = in_pty({**env, "NO_COLOR": "1"})
    assert b"Antony Blinken" in plain
    assert not re.search(rb"\x1b\[[0-9;]*(3[0-9]|4[0-9]|38;|48;)[0-9;]*m", plain)
