"""Live reload: the app follows its file (and its article file) as they are saved.

Each test runs the real app with Pilot on a copy of the small fixture briefing in tmp_path and
edits the files the ways editors do: in place, truncate-then-write, write-new-and-rename-over,
delete-and-recreate. The reader must show a valid save keeping the selection, focus, filters
and history, keep the last good briefing with a banner naming `FILE:LINE:COL` for a broken
one, and never write to the files itself.
"""

from __future__ import annotations

import asyncio
import gc
import os
import re
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing_tui.app import compat
from briefing_tui.app.app import BriefingApp
from briefing_tui.app.services import reload
from briefing_tui.app.services.reload import Stamp, stamp, watched_paths
from briefing_tui.app.widgets.banner import banner_content
from briefing_tui.app.widgets.filterbar import FilterInput
from briefing_tui.app.widgets.inspector import Inspector
from briefing_tui.app.widgets.panes import TimelineList
from briefing_tui.format.errors import Problem, Severity
from briefing_tui.format.loader import load
from tests.app.conftest import palette_search, wait_until
from tests.format.fixtures import small_text, write_small

Script = Callable[[BriefingApp, Pilot[None]], Awaitable[None]]


def drive(path: Path, script: Script, size: tuple[int, int] = (120, 40)) -> BriefingApp:
    """Run the app on `path` and `script` against it."""

    async def main() -> BriefingApp:
        app = BriefingApp(load(path), path=path)
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            await script(app, pilot)
        return app

    return asyncio.run(main())


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool]) -> None:
    """Let the app run until `condition` holds (its timeout only guards against a hang)."""
    await wait_until(pilot, condition)


def settled(app: BriefingApp) -> bool:
    """No load runs, and the files are as the last load found them."""
    return app.reloader is not None and app.reloader.current


def banner_text(app: BriefingApp) -> str:
    """The problem banner's text ("" when hidden, or never mounted: it is mounted on need)."""
    banner = app.main.shown_problem_banner()
    return "" if banner is None else banner.text


def banner_shown(app: BriefingApp) -> bool:
    banner = app.main.shown_problem_banner()
    return banner is not None and banner.display


def name_of(app: BriefingApp, item_id: str) -> str:
    return app.briefing.items[item_id].label


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return write_small(tmp_path)


def renamed(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_a_valid_save_reloads_in_place_keeping_selection_focus_and_history(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("martin")
        app.jump_to("talks")
        app.jump_to("tanaka")
        await pilot.pause()
        assert app.main.focused_pane == "participants"
        history = app.history.entries
        before = app.briefing

        path.write_text(renamed(small_text(), "name: Aiko Tanaka", "name: Aiko Tanaka-Sato"))
        await wait_for(pilot, lambda: name_of(app, "tanaka") == "Aiko Tanaka-Sato")
        await pilot.pause()
        assert app.briefing is not before
        assert app.selected_id == "tanaka"
        assert app.main.focused_pane == "participants"
        assert app.main.list_pane("participants").cursor_id == "tanaka"
        assert app.history.entries == history
        assert "Aiko Tanaka-Sato" in app.main.query_one(Inspector).text
        assert banner_text(app) == ""

        await pilot.press("left_square_bracket")
        assert app.selected_id == "talks"
        await pilot.press("right_square_bracket")
        assert app.selected_id == "tanaka"

    drive(path, script)


def test_the_selection_moves_to_the_item_in_its_place_when_its_id_is_gone(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("visit")
        app.jump_to("call")
        await pilot.pause()
        assert app.main.focused_pane == "timeline"

        path.write_text(renamed(small_text(), "- id: call", "- id: video-call"))
        await wait_for(pilot, lambda: "video-call" in app.briefing.items)
        await pilot.pause()
        assert app.selected_id == "video-call"
        assert app.main.focused_pane == "timeline"
        assert "call" not in app.history.entries
        assert app.history.entries[-1] == "visit" or "visit" in app.history.entries
        assert any("no longer in the file" in n.message for n in compat.notifications(app))

    drive(path, script)


def test_a_broken_save_keeps_the_last_good_briefing_and_shows_where(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("martin")
        await pilot.pause()
        before = app.briefing
        broken = renamed(small_text(), "kind: organization", "kind: organisation")
        broken = renamed(broken, "certainty: possible", "certainty: perhaps")
        path.write_text(broken)

        await wait_for(pilot, lambda: banner_text(app) != "")
        assert banner_shown(app)
        text = banner_text(app)
        line = broken.splitlines().index("    kind: organisation") + 1
        assert f"{path}:{line}:11: error: " in text, text
        assert re.search(r"small\.yaml:\d+:\d+: error: .*organisation", text)
        assert text.endswith("(and 1 more)")
        assert app.briefing is before
        assert app.selected_id == "martin"
        assert app.main.focused_pane == "participants"

        path.write_text(small_text())
        await wait_for(pilot, lambda: app.briefing is not before)
        await pilot.pause()
        assert banner_text(app) == ""
        assert not banner_shown(app)
        assert app.selected_id == "martin"

    drive(path, script)


def test_an_editor_that_truncates_before_writing(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        before = app.briefing
        with path.open("w"):
            pass
        await wait_for(pilot, lambda: banner_text(app) != "")
        assert app.briefing is before
        assert "small.yaml" in banner_text(app)

        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean-Luc Martin"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean-Luc Martin")
        await pilot.pause()
        assert banner_text(app) == ""

        # Truncated and written again between two looks: the size or mtime still differs.
        with path.open("w") as file:
            file.flush()
            file.write(renamed(small_text(), "name: Jean Martin", "name: Jean-Paul Martin"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean-Paul Martin")

    drive(path, script)


def test_a_new_file_renamed_over_is_seen_even_with_the_same_size_and_mtime(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        old = os.stat(path)
        text = renamed(small_text(), "name: Jean Martin", "name: Jean Mertin")
        assert len(text.encode()) == old.st_size
        fresh = path.with_name(".small.yaml.swp")
        fresh.write_text(text)
        os.utime(fresh, ns=(old.st_atime_ns, old.st_mtime_ns))
        os.replace(fresh, path)
        new = os.stat(path)
        assert (new.st_size, new.st_mtime_ns) == (old.st_size, old.st_mtime_ns)
        assert new.st_ino != old.st_ino

        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Mertin")

    drive(path, script)


def test_a_deleted_file_is_a_problem_until_it_is_back(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        before = app.briefing
        path.unlink()
        await wait_for(pilot, lambda: banner_text(app) != "")
        assert app.briefing is before
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean Back"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Back")
        await pilot.pause()
        assert banner_text(app) == ""

    drive(path, script)


def test_the_article_file_is_watched_too(path: Path) -> None:
    article = path.parent / "small.txt"
    original = article.read_text()

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        before = app.briefing
        article.write_text(original + "\nA new closing sentence.\n")
        await wait_for(pilot, lambda: app.briefing is not before)
        assert app.briefing.document.text.rstrip().endswith("A new closing sentence.")

        current = app.briefing
        article.write_text(original.replace("video call", "phone call"))
        await wait_for(pilot, lambda: banner_text(app) != "")
        assert app.briefing is current
        assert "small.yaml" in banner_text(app)

        article.write_text(original)
        await wait_for(pilot, lambda: app.briefing is not current)
        await pilot.pause()
        assert banner_text(app) == ""

    drive(path, script)


def test_the_filter_prompt_stays_open_across_a_reload(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "slash", "t", "a")
        await pilot.pause()
        pane = app.main.list_pane("participants")
        assert pane.filter_text == "ta"
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean Marta"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Marta")
        await wait_for(pilot, lambda: settled(app))
        await pilot.pause()
        bar = app.main.shown_filter_bar()
        assert bar is not None and bar.display and bar.target == "participants"
        assert bar.query_one(FilterInput).value == "ta"
        assert app.main.list_pane("participants").filter_text == "ta"
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        # The key went to the prompt (Input selects its text when focused, so "q" may replace it).
        assert bar.query_one(FilterInput).value in ("taq", "q")
        await pilot.press("escape")

    drive(path, script)


def test_linked_only_and_other_panes_cursors_stay(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        app.jump_to("talks")
        await pilot.pause()
        await pilot.press("l")
        assert app.linked_only
        topics_cursor = app.main.list_pane("topics").cursor_id
        path.write_text(renamed(small_text(), "title: Trade", "title: Trade and tariffs"))
        await wait_for(pilot, lambda: name_of(app, "trade") == "Trade and tariffs")
        await pilot.pause()
        assert app.selected_id == "talks"
        for name in ("timeline", "participants", "topics"):
            assert app.main.list_pane(name).linked_only
        assert app.main.list_pane("topics").cursor_id == topics_cursor

    drive(path, script)


def test_reloads_under_the_help_and_the_palette(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean Helper"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Helper")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main

        await pilot.press("ctrl+p")
        await pilot.pause()
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean Palette"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Palette")
        await palette_search(pilot, "palette", "Jean Palette")
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected_id == "martin"

    drive(path, script)


def test_rapid_saves_end_on_the_last_one(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        # The first save starts a load; the others follow at once, while it runs or after.
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean 0"))
        await wait_for(pilot, lambda: app.reloader is not None and app.reloader.loads >= 1)
        for index in range(1, 6):
            path.write_text(renamed(small_text(), "name: Jean Martin", f"name: Jean {index}"))
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean 5")
        await wait_for(pilot, lambda: settled(app))
        assert name_of(app, "martin") == "Jean 5"
        assert not app.reloader.loading  # type: ignore[union-attr]

    drive(path, script)


def test_the_app_never_writes_to_its_files(path: Path) -> None:
    article = path.parent / "small.txt"
    folder = sorted(p.name for p in path.parent.iterdir())
    before = {
        p: (p.read_bytes(), os.stat(p).st_mtime_ns, os.stat(p).st_ino) for p in (path, article)
    }

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("tab", "down", "enter", "l", "slash", "a", "enter", "n", "5", "down")
        # Touch the article (same bytes, new mtime): a reload that reads both files.
        stat = os.stat(article)
        os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
        await wait_for(pilot, lambda: app.reloader is not None and app.reloader.loads == 1)
        await wait_for(pilot, lambda: not app.reloader.loading)  # type: ignore[union-attr]
        await pilot.press("q")

    drive(path, script)
    assert sorted(p.name for p in path.parent.iterdir()) == folder
    assert path.read_bytes() == before[path][0]
    assert os.stat(path).st_mtime_ns == before[path][1]
    assert os.stat(path).st_ino == before[path][2]
    assert article.read_bytes() == before[article][0]


def test_loading_runs_off_the_main_thread_and_the_ui_keeps_answering(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_thread = threading.get_ident()
    loaded_in: list[int] = []
    release = threading.Event()
    real_read = reload.read_briefing

    def held_read(target: Path) -> object:
        loaded_in.append(threading.get_ident())
        # The load does not finish until the test has used the reader meanwhile.
        assert release.wait(30)
        return real_read(target)

    monkeypatch.setattr(reload, "read_briefing", held_read)

    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        path.write_text(renamed(small_text(), "name: Jean Martin", "name: Jean Slow"))
        await wait_for(pilot, lambda: app.reloader is not None and app.reloader.loading)
        timeline = app.main.list_pane("timeline")
        seen: list[str | None] = []
        for key in ("down", "down", "up", "down"):
            await pilot.press(key)
            seen.append(timeline.cursor_id)
        # Every key was handled while the load was still held in its thread.
        assert app.reloader is not None and app.reloader.loading
        assert len(set(seen)) >= 2 and app.selected_id == seen[-1]
        release.set()
        await wait_for(pilot, lambda: name_of(app, "martin") == "Jean Slow")

    try:
        drive(path, script)
    finally:
        release.set()
    assert loaded_in and all(ident != main_thread for ident in loaded_in)


def test_replaced_panes_are_freed(path: Path) -> None:
    async def script(app: BriefingApp, pilot: Pilot[None]) -> None:
        for name in ("Jean 0", "Jean 1"):
            path.write_text(renamed(small_text(), "name: Jean Martin", f"name: {name}"))
            await wait_for(pilot, lambda name=name: name_of(app, "martin") == name)
            await wait_for(pilot, lambda: settled(app))
        current = app.main.query_one(TimelineList)
        gc.unfreeze()
        try:
            gc.collect()
            stale = [
                o for o in gc.get_objects() if isinstance(o, TimelineList) and o is not current
            ]
        finally:
            gc.freeze()
        assert stale == []

    drive(path, script)


def test_stamps_see_size_mtime_and_inode(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    assert stamp(target) is None
    target.write_text("x")
    first = stamp(target)
    assert isinstance(first, Stamp) and first.size == 1
    os.utime(target, ns=(first.mtime_ns, first.mtime_ns + 1))
    assert stamp(target) != first
    briefing = load(write_small(tmp_path))
    assert watched_paths(tmp_path / "small.yaml", briefing) == (
        tmp_path / "small.yaml",
        tmp_path / "small.txt",
    )
    assert watched_paths(target, None) == (target,)


def test_the_banner_names_the_first_error_and_counts_the_rest() -> None:
    problems = (
        Problem("b.yaml", "control characters", 1, 2, severity=Severity.WARNING),
        Problem("b\x1b]0;x\x07.yaml", "unknown [@click=app.quit]x[/]", 3, 4),
        Problem("b.yaml", "second", 5, 6),
        Problem("b.yaml", "third", 7, 8),
    )
    content = banner_content(problems)
    assert "b␛]0;x␇.yaml:3:4: error: unknown [@click=app.quit]x[/]" in content.plain
    assert content.plain.endswith("(and 2 more)")
    assert "\x1b" not in content.plain
    assert banner_content(()).plain == ""


def test_run_prints_problems_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_tui.app.run import run

    bad = write_small(tmp_path, small_text().replace("kind: person", 'kind: "\\e[2Jx"', 1))
    hostile = bad.with_name("evil\x1b]0;pwned\x07\u202e.yaml")
    bad.rename(hostile)
    assert run(hostile) == 1
    err = capsys.readouterr().err
    assert err.strip()
    assert "\x1b" not in err and "\u202e" not in err and "\x07" not in err
    assert "evil␛]0;pwned␇<U+202E>.yaml" in err
