"""`briefing-tui serve`: the reader in headless Chromium over loopback, a clean stop on Ctrl+C,
and one clear message for a port in use."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from briefing_tui.format.loader import seed_path
from tests.export.browser import Watch, chromium

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-B]")
PANES = ("Timeline", "Participants", "Topics", "Article", "Inspector")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def descendants(pid: int) -> list[tuple[int, str]]:
    """The processes below `pid` (pid, command line), read from `ps` by parent id."""
    listing = subprocess.run(
        ["ps", "-e", "-o", "pid=,ppid=,args="], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split(None, 2) for line in listing.splitlines()]
    found: list[tuple[int, str]] = []
    parents = {str(pid)}
    while parents:
        children = [row for row in rows if len(row) == 3 and row[1] in parents]
        found += [(int(row[0]), row[2]) for row in children]
        parents = {row[0] for row in children}
    return found


@contextmanager
def serving(*argv: str) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", "serve", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


@pytest.mark.slow
def test_serve_shows_the_reader_in_chromium_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path
    seed = seed_path()
    for source in seed.parent.iterdir():
        if source.suffix in (".yaml", ".txt"):
            shutil.copy(source, folder)
    (folder / seed.name).rename(folder / "seed.yaml")
    port = free_port()
    with serving(str(folder / "seed.yaml"), "--port", str(port)) as process:
        wait_for(lambda: accepts(port) or process.poll() is not None, 30, "the server")
        assert process.poll() is None
        url = f"http://127.0.0.1:{port}/"
        frames: list[bytes] = []

        def screen() -> str:
            """What the reader wrote since the last clear, escape sequences taken out (joined
            first: a sequence or a character may be split between two websocket messages)."""
            return ANSI.sub("", b"".join(frames).decode("utf-8", "replace"))

        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            watch = Watch(page)
            missing: list[str] = []
            page.on("response", lambda r: r.status >= 400 and missing.append(r.url))

            def on_socket(ws: Any) -> None:
                def keep(payload: str | bytes) -> None:
                    if isinstance(payload, bytes):  # the reader's output (text frames are meta)
                        frames.append(payload)

                ws.on("framereceived", keep)

            page.on("websocket", on_socket)
            page.goto(url)
            page.wait_for_function(
                "document.body.classList.contains('-first-byte')", timeout=30_000
            )

            def panes_drawn() -> bool:
                shown = screen()
                return all(name in shown for name in PANES)

            deadline = time.monotonic() + 30
            while not panes_drawn():
                assert time.monotonic() < deadline, screen()[-2000:]
                page.wait_for_timeout(100)
            shown = screen()
            assert "Blinken and Austin prepare first" in shown

            # Keys reach the reader: `e` (no browser takes it) opens the export commands, and
            # Ctrl+P, which a browser would print with, reaches the app's palette.
            def shows(words: str) -> None:
                deadline = time.monotonic() + 30
                while words not in screen():
                    assert time.monotonic() < deadline, (words, screen()[-2000:])
                    page.wait_for_timeout(100)

            # Keys reach the reader: `e` (no browser takes it) opens the export commands and the
            # chosen one writes beside the briefing; Ctrl+P, which a browser would print with,
            # opens the reader's palette. (No Escape between them: an ESC byte followed at once by
            # another key reads as Alt+key, as in any terminal.)
            page.click("#terminal")
            frames.clear()
            page.keyboard.press("e")
            shows("Export to which format")
            page.keyboard.type("md")
            shows("Export to md")
            page.keyboard.press("Enter")
            shows("Wrote md to")
            assert (folder / "seed.md").read_text(encoding="utf-8").startswith("# Blinken")
            frames.clear()
            page.keyboard.press("Control+p")
            shows("Search for")
            hosts = {re.sub(r"^(\w+://[^/]+).*", r"\1", request) for request in watch.requests}
            assert hosts <= {f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}"}, hosts
            assert [m for m in missing if not m.endswith("/favicon.ico")] == []
            assert all("favicon" in error or "404" in error for error in watch.errors), watch.errors
            # Ctrl+C with the tab still open: the server stops at once and its reader with it.
            readers = descendants(process.pid)
            assert any("briefing_tui.serve.child" in args for _, args in readers), readers
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "Traceback" not in err + out
        assert "serve: stopped" in err
        wait_for(
            lambda: not any(Path(f"/proc/{pid}").exists() for pid, _ in readers), 10, "readers"
        )


def test_serve_reports_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with serving(str(seed_path()), "--port", str(port)) as process:
            out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert out == ""
    assert (
        err
        == f"briefing-tui serve: port {port} on 127.0.0.1 is in use; choose another with --port\n"
    )


def test_serve_reports_a_bad_briefing(tmp_path: Path) -> None:
    with serving(str(tmp_path / "missing.yaml"), "--port", str(free_port())) as process:
        out, err = process.communicate(timeout=60)
    assert (process.returncode, out) == (1, "")
    assert err == f"{tmp_path / 'missing.yaml'}: error: no such file\n"


def test_export_and_serve_import_no_textual_and_no_library_until_used() -> None:
    """Every module of the export package and the serve command imports no Textual; icalendar,
    networkx and textual-serve come in only with their format (or the server)."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import briefing_tui.export
        names = [info.name for info in pkgutil.walk_packages(
            briefing_tui.export.__path__, "briefing_tui.export.")]
        for name in [*names, "briefing_tui.serve.serve_command", "briefing_tui.serve.child"]:
            importlib.import_module(name)
        def loaded(*roots):
            return sorted(m for m in sys.modules if m.split(".")[0] in roots)
        print(loaded("textual", "textual_serve", "aiohttp", "networkx", "icalendar"))
        from briefing_tui.export.formats import render
        from briefing_tui.format.loader import load, seed_path
        briefing = load(seed_path())
        for name in ("text", "md", "html", "timeline", "annotations"):
            render(briefing, name)
        print(loaded("textual", "textual_serve", "aiohttp", "networkx", "icalendar"))
        render(briefing, "ics"); render(briefing, "graphml")
        print(loaded("textual", "networkx", "icalendar") != [], loaded("textual"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["[]", "[]", "True []"], result.stdout + result.stderr


def test_serve_a_hostile_briefing_from_a_markup_path(tmp_path: Path) -> None:
    """A path of Rich markup starts the server, and the page shows the hostile title as text."""
    import urllib.request

    from tests.export.conftest import write_web_hostile

    folder = tmp_path / "[" / "]x"  # the path holds `[/]`, a closing tag with nothing open
    folder.mkdir(parents=True)
    assert "[/]x" in str(folder)
    path = write_web_hostile(folder)
    port = free_port()
    with serving(str(path), "--port", str(port)) as process:
        wait_for(lambda: accepts(port) or process.poll() is not None, 30, "the server")
        assert process.poll() is None, process.communicate()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            page = response.read().decode("utf-8")
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"Serving the reader on http://127.0.0.1:{port}" in err
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "Doc title [@click=app.quit]x[/]" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x1b" not in page
