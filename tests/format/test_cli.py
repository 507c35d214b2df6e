"""The command line, run as users run it (`python -m briefing_tui` in a subprocess)."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from briefing_tui import __version__, cli
from briefing_tui.format.text import find_controls
from tests.format.fixtures import REPO, SMALL, small_text, write_small

LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): ")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        cwd=cwd or REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    return result


def located(output: str, path: Path) -> list[tuple[int, int, str]]:
    """`(line, column, rest)` of every FILE:LINE:COL line about `path`."""
    found = []
    for line in output.splitlines():
        match = LOCATED.match(line)
        if match and match["file"] == str(path):
            found.append((int(match["line"]), int(match["col"]), line[match.start("severity") :]))
    return found


def validate_one(path: Path) -> tuple[subprocess.CompletedProcess[str], list[tuple[int, int, str]]]:
    result = run("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.rstrip().splitlines()[-1].startswith("1 file: 0 valid, 1 with ")
    return result, located(result.stdout, path)


def test_a_valid_file_passes() -> None:
    result = run("validate", str(SMALL))
    assert result.returncode == 0, result.stdout
    assert result.stdout == f"{SMALL}: valid\n1 file: 1 valid\n"


def test_validate_without_a_file_checks_the_seed() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout.endswith("1 file: 1 valid\n")
    assert "000_655d5a0009c8cdc1.yaml: valid" in result.stdout


def test_truncated_files(tmp_path: Path) -> None:
    text = small_text()
    inside_quote = text.index('"expected to discuss') + 5
    _, found = validate_one(write_small(tmp_path, text[:inside_quote], "cut1.yaml"))
    assert found and found[0][:2] == (77, 17)
    assert "quoted string is not closed" in found[0][2]
    at_line = text.index("  - id: call")
    _, found = validate_one(write_small(tmp_path, text[:at_line], "cut2.yaml"))
    assert [(line, column) for line, column, _ in found] == [(56, 14), (56, 21), (56, 30)]
    assert all("there is no topic with that id" in message for _, _, message in found)
    cut = text.index("    evidence:\n      - will visit")
    _, found = validate_one(write_small(tmp_path, text[:cut], "cut3.yaml"))
    assert [(line, column) for line, column, _ in found] == [(38, 5)]
    assert 'missing "evidence" in an event' in found[0][2]


def test_a_duplicate_key(tmp_path: Path) -> None:
    path = write_small(
        tmp_path, small_text().replace("  place: Tokyo\n", "  place: Tokyo\n  place: Osaka\n")
    )
    _, found = validate_one(path)
    assert found == [
        (
            6,
            3,
            'error: duplicate key "place" (first at line 5) '
            "(remove one of them; a key may appear once in a mapping)",
        )
    ]


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    _, found = validate_one(path)
    assert found == [
        (1, 1, "error: the file is empty (a briefing starts with `briefing: 1` and a `document`)")
    ]


def test_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01" + bytes(range(256)))
    _, found = validate_one(path)
    assert len(found) == 1
    assert found[0][:2] == (1, 1)
    assert "not UTF-8" in found[0][2] and "binary" in found[0][2]


def test_an_unclosed_quote(tmp_path: Path) -> None:
    text = small_text().replace("- Other potential", '- "Other potential')
    opening = text.index('"Other potential')
    line = text.count("\n", 0, opening) + 1
    column = opening - text.rindex("\n", 0, opening)
    _, found = validate_one(write_small(tmp_path, text))
    assert found == [
        (
            line,
            column,
            "error: not valid YAML: a quoted string is not closed before the end of the file "
            "(close the quote, or check that the file is complete)",
        )
    ]


def test_a_misspelt_top_level_key_suggests_the_key_meant(tmp_path: Path) -> None:
    path = write_small(tmp_path, small_text().replace("\nevents:", "\nevnts:"))
    _, found = validate_one(path)
    assert found == [
        (37, 1, 'error: unknown key "evnts" at the top level (did you mean "events"?)')
    ]


def test_a_quote_not_in_the_article(tmp_path: Path) -> None:
    path = write_small(
        tmp_path,
        small_text().replace("- the Foreign Ministry said", "- the Foreign Ministry denied"),
    )
    _, found = validate_one(path)
    assert len(found) == 1
    line, column, message = found[0]
    assert (line, column) == (29, 9)
    assert 'quote not found in the article: "the Foreign Ministry denied"' in message
    assert "closest in the article" in message


def test_two_problems_are_both_reported(tmp_path: Path) -> None:
    text = small_text().replace("certainty: stated", "certainty: sure", 1)
    text = text.replace("    side: france", "    side: frnace")
    result, found = validate_one(write_small(tmp_path, text))
    assert [(line, column) for line, column, _ in found] == [(33, 11), (42, 16)]
    assert 'did you mean "france"?' in found[0][2]
    assert "one of: stated, expected, likely, possible" in found[1][2]
    assert result.stdout.endswith("1 file: 0 valid, 1 with 2 errors\n")


def test_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = run("validate", str(missing))
    assert result.returncode == 1
    assert result.stdout == f"{missing}: error: no such file\n1 file: 0 valid, 1 with 1 error\n"


def test_a_good_file_beside_bad_ones_every_file_is_checked(tmp_path: Path) -> None:
    bad = write_small(tmp_path, small_text().replace("kind: person", "kind: persn", 1), "bad.yaml")
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    result = run("validate", str(bad), str(tmp_path / "missing.yaml"), str(SMALL), str(empty))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{bad}:17:11: error:") for line in lines)
    assert f"{tmp_path / 'missing.yaml'}: error: no such file" in lines
    assert f"{SMALL}: valid" in lines
    assert any(line.startswith(f"{empty}:1:1: error:") for line in lines)
    assert lines[-1] == "4 files: 1 valid, 3 with 3 errors"


def test_warnings_are_printed_and_do_not_fail(tmp_path: Path) -> None:
    path = write_small(
        tmp_path, small_text().replace("name: Jean Martin", 'name: "Jean\\e]52;c;eA==\\a Martin"')
    )
    result = run("validate", str(path))
    assert result.returncode == 0
    assert located(result.stdout, path) == [
        (
            31,
            11,
            'warning: "name" contains 2 control characters (the first at character 5), '
            "shown as ␛, ␇",
        )
    ]
    assert result.stdout.endswith("1 file: 1 valid, 1 warning\n")


def test_output_never_carries_control_characters(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b[2J\x9b.yaml"
    name.write_bytes(b"\x1b]52;c;aGk=\x07: \x1b[31m\n\xc2\x9b[2J: x\n")
    result = run("validate", str(name))
    assert result.returncode == 1
    for line in result.stdout.splitlines():
        assert not list(find_controls(line)), repr(line)


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"briefing-tui {__version__}\n")


def test_schema_is_json() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["$schema"].endswith("2020-12/schema")


def test_opening_without_a_terminal_says_so_and_exits_2() -> None:
    result = run(str(SMALL))
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "needs a terminal" in line and "briefing-tui validate" in line
    assert run().returncode == 2


def test_bad_usage_is_a_usage_error() -> None:
    result = run("validate", "--bogus")
    assert result.returncode == 2
    assert "usage: briefing-tui validate" in result.stderr
    assert run("sample", "--events", "x", "f.yaml").returncode == 2


# -- dispatch, in process ------------------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Pretend to be on a terminal, with a reader that records what it was asked to open."""
    from briefing_tui.commands import open as open_command

    opened: list[Path] = []
    fake = types.ModuleType("briefing_tui.app.run")
    fake.run = lambda path: opened.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "briefing_tui.app.run", fake)
    monkeypatch.setattr(open_command, "is_terminal", lambda stream: True)
    return opened


def test_a_file_named_like_a_subcommand_opens_with_open_or_as_a_path(
    terminal: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "validate").write_text("")
    assert cli.main(["open", "validate"]) == 0
    assert cli.main(["./validate"]) == 0
    assert cli.main(["--", "validate"]) == 0
    assert cli.main(["open", "--", "open"]) == 0
    assert terminal == [Path("validate"), Path("./validate"), Path("validate"), Path("open")]
    assert cli.main([]) == 0
    assert cli.main(["open"]) == 0
    assert [path.name for path in terminal[-2:]] == ["000_655d5a0009c8cdc1.yaml"] * 2
    assert cli.main(["some-briefing.yaml"]) == 0
    assert terminal[-1] == Path("some-briefing.yaml")


def test_help_lists_every_command_and_says_how_to_open_a_file_named_like_one() -> None:
    from briefing_tui.commands import COMMANDS

    result = run("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\s+\S", result.stdout, re.MULTILINE), name
    assert "briefing-tui open FILE" in " ".join(result.stdout.split())


def test_the_reader_on_a_file_imports_no_argparse() -> None:
    code = (
        "import sys\n"
        "import briefing_tui.commands.open as o\n"
        "o.open_reader = lambda file: print(file) or 0\n"
        "from briefing_tui import cli\n"
        "status = cli.main(['x.yaml'])\n"
        "print('argparse' in sys.modules, status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        check=True,
    )
    assert result.stdout.split() == ["x.yaml", "False", "0"]


def test_bench_help_lists_every_option_the_readme_names() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Benchmark")
    section = readme[start : readme.index("\n## ", start + 1)]
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", section))
    assert {"--json", "--sizes", "--presses"} <= named
    options = re.compile(r"(?<![\w-])(--[a-z][a-z-]*)")
    result = run("bench", "--help")
    assert result.returncode == 0
    shown = set(options.findall(result.stdout))
    sample = set(options.findall(run("sample", "--help").stdout))  # the section names sample's too
    assert named - sample - {"--help"} <= shown, sorted(named - sample - shown)


def test_each_command_gets_its_own_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_tui.commands import bench, sample

    seen: list[argparse.Namespace] = []
    monkeypatch.setattr(sample, "run", lambda options: seen.append(options) or 0)
    monkeypatch.setattr(bench, "run", lambda options: seen.append(options) or 0)
    assert cli.main(["sample", "--events", "50", "--topics", "4", "out.yaml"]) == 0
    assert cli.main(["bench", "--json", "--sizes", "10,20"]) == 0
    sample_args, bench_args = seen
    assert (
        sample_args.events,
        sample_args.participants,
        sample_args.topics,
        sample_args.seed,
        sample_args.force,
        sample_args.file,
    ) == (50, None, 4, 0, False, "out.yaml")
    assert (bench_args.json, bench_args.sizes) == (True, (10, 20))


def test_a_command_module_is_imported_only_when_it_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_tui import commands

    imported: list[str] = []
    real = commands.command_module
    monkeypatch.setattr(cli, "command_module", lambda name: imported.append(name) or real(name))
    assert cli.main(["schema"]) == 0
    assert set(imported) == {"schema"}
    assert json.loads(capsys.readouterr().out)["$id"]
