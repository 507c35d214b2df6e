"""Issue 14: `briefing-tui FILE` on a broken file opens a problems view, and fixing the file
brings the reader up in place."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from briefing_tui.app.pending import PendingApp
from briefing_tui.app.screens.main import MainScreen
from briefing_tui.app.screens.problems import ProblemsScreen
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from tests.app.conftest import screen_text, wait_until
from tests.format.fixtures import small_text, write_small


def _problems(path: Path) -> tuple:  # type: ignore[type-arg]
    with pytest.raises(BriefingError) as caught:
        load(path)
    return caught.value.problems


def test_problems_view_lists_every_problem_and_opens_the_reader_when_fixed(
    tmp_path: Path,
) -> None:
    good = small_text()
    broken = good.replace("kind: person", "kind: nation", 1).replace(
        "certainty: stated", "certainty: probable", 1
    )
    assert broken != good
    path = write_small(tmp_path, broken)
    problems = _problems(path)
    assert len(problems) >= 2
    seen: dict[str, object] = {}

    async def main() -> None:
        app = PendingApp(path, problems)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ProblemsScreen)
            text = screen_text(app)
            for problem in problems:  # every one, with its FILE:LINE:COL
                where = f"{path.name}:{problem.line}:{problem.column}"
                assert problem.format()[:60] in app.screen.text
                assert where in text or where in app.screen.text
            assert "more)" not in text
            await pilot.press("question_mark", "l", "[")  # nothing to do yet: no crash
            assert isinstance(app.screen, ProblemsScreen)
            path.write_text(good, "utf-8")
            await wait_until(pilot, lambda: isinstance(app.screen, MainScreen))
            await wait_until(pilot, lambda: app.selected_id is not None)
            seen["text"] = screen_text(app)
            seen["reloader"] = app.reloader is not None

    asyncio.run(main())
    assert "Timeline" in str(seen["text"]) and seen["reloader"]


def test_run_without_a_terminal_still_prints_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_tui.app.run import run

    path = write_small(tmp_path, small_text().replace("kind: person", "kind: nation", 1))
    assert run(path) == 1  # pytest's stdout is no terminal
    assert f"{path.name}:" in capsys.readouterr().err
