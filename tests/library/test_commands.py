"""The library's commands through `briefing-tui`: search, validate DIR, show DIR --item, sample."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from briefing_tui.cli import main
from briefing_tui.format.loader import load
from briefing_tui.library.index import Library

from .conftest import ARTICLE

_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<snippet>.*)$")


def _word_at(file: Path, line: int, column: int) -> str:
    """The word starting at LINE:COL of the file as an editor shows it (independent reading)."""
    text = file.read_text("utf-8").splitlines()[line - 1]
    return re.match(r"\w+", text[column - 1 :]).group()  # type: ignore[union-attr]


@pytest.mark.parametrize("inline", [False, True], ids=["text_file", "inline"])
def test_search_prints_the_place_of_the_first_matched_word(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str], inline: bool
) -> None:
    path = write("a.yaml", inline=inline)
    assert main(["search", str(folder), "trade", "first", "--limit", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    for line in lines:
        match = _LINE.match(line)
        assert match, line
        file = Path(match["file"])
        assert file == (path if inline else path.with_suffix(".txt"))
        word = _word_at(file, int(match["line"]), int(match["col"]))
        assert word.casefold() in {"trade", "first"}
        assert "trade" in match["snippet"] and "first" in match["snippet"]


def test_search_in_an_inline_article_of_many_lines_points_into_the_yaml(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    article = ARTICLE + "".join(f"\nParagraph {n} mentions walrus number {n}.\n" for n in range(9))
    path = write("a.yaml", inline=True, article=article)
    # Written as a literal block, as people write articles inline.
    data = path.read_text("utf-8")
    block = "  text: |\n" + "".join(
        f"    {line}\n" if line else "\n" for line in article.split("\n")[:-1]
    )
    path.write_text(re.sub(r"  text: .*\n", lambda _: block, data), "utf-8")
    assert load(path).document.text == article
    assert main(["search", str(folder), "walrus", "7"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    match = _LINE.match(line)
    assert match
    row = path.read_text("utf-8").splitlines()[int(match["line"]) - 1]
    assert row.strip() == "Paragraph 7 mentions walrus number 7."
    # The first matched word of the paragraph: "7" ("Paragraph 7 mentions walrus").
    assert _word_at(path, int(match["line"]), int(match["col"])) == "7"
    assert row.index("7") + 1 == int(match["col"])


def test_search_exits_1_when_nothing_matches(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write("a.yaml")
    assert main(["search", str(folder), "zeppelin"]) == 1
    assert capsys.readouterr().out == ""
    assert main(["search", str(folder / "missing"), "trade"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_search_limit(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b", "c"):
        write(f"{name}.yaml")
    assert main(["search", str(folder), "Archer", "--limit", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_validate_dir_reports_a_broken_file_and_checks_the_others(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write("a.yaml")
    write("c.yaml")
    (folder / "b.yaml").write_text("briefing: 1\ndocument: {title: x}\n", "utf-8")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{folder / 'a.yaml'}: valid" in out and f"{folder / 'c.yaml'}: valid" in out
    assert re.search(rf"^{re.escape(str(folder / 'b.yaml'))}:2:\d+: error: ", out, re.M)
    assert out.splitlines()[-1].startswith("3 files: 2 valid, 1 with")


def test_validate_dir_warns_about_likely_duplicates_with_both_places(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    first = write("a.yaml")
    second = write("b.yaml", alice_id="a-archer")  # the same Alice Archer under another id
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out
    warnings = [line for line in out.splitlines() if ": warning: " in line]
    # Her name and her alias are each shared by the two ids.
    assert len(warnings) == 2
    places = re.findall(r"(\S+\.yaml):(\d+):(\d+)", "\n".join(warnings))
    assert {Path(file) for file, _, _ in places} == {first, second}
    for file, line, col in places:
        text = Path(file).read_text("utf-8").splitlines()[int(line) - 1]
        assert text[int(col) - 1 :].startswith(("Alice Archer", "Archer"))
    assert "2 warnings" in out.splitlines()[-1]


def test_show_item_prints_the_dossier_across_briefings(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write("a.yaml", title="First article")
    write("b.yaml", title="Second article", published="2021-03-09", meeting_date="2021-03-02")
    assert main(["show", str(folder), "--item", "meeting"]) == 0
    out = capsys.readouterr().out
    assert "In 2 briefings:" in out and "First article" in out and "Second article" in out
    assert "the sources give different dates" in out
    assert main(["show", str(folder), "--item", "alice"]) == 0
    out = capsys.readouterr().out
    assert out.count("Paris meeting") == 2 and out.count("Next meeting") == 2
    assert "roles Envoy" in out and "aliases Archer" in out
    assert main(["show", str(folder), "--item", "nobody"]) == 1


def test_sample_library_is_deterministic_valid_and_overlapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample", "--library", "9", str(tmp_path / "one")]) == 0
    assert main(["sample", "--library", "9", str(tmp_path / "two")]) == 0
    assert "wrote 9 briefings" in capsys.readouterr().out
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    ids: dict[str, int] = {}
    for path in sorted((tmp_path / "one").glob("*.yaml")):
        briefing = load(path)
        assert not briefing.warnings
        assert yaml.safe_load(path.read_text("utf-8"))["briefing"] == 1
        for item_id in briefing.items:
            ids[item_id] = ids.get(item_id, 0) + 1
    assert sum(1 for count in ids.values() if count > 1) >= 5
    with Library.open([tmp_path / "one"]) as library:
        library.update()
        story = library.story()
        assert any(event.sources > 1 for event in story)
        assert max(entity.briefings for entity in library.entities()) > 1
    assert main(["sample", "--library", "0", str(tmp_path / "none")]) == 2


def test_a_folder_or_several_files_open_the_library_which_needs_a_terminal(
    folder: Path, write: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a = write("a.yaml")
    b = write("b.yaml")
    for argv in ([str(folder)], [str(a), str(b)], ["--", str(folder)]):
        assert main(argv) == 2  # pytest's stdin is not a terminal
        assert "the library needs a terminal" in capsys.readouterr().err
    assert main(["search", "--help"]) == 0
    assert "FILE:LINE:COL" in capsys.readouterr().out
