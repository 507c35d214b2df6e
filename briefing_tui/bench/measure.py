"""The benchmark's parent side: start fresh child processes and collect their figures.

Definitions (each figure and its baseline are measured the same way, interleaved in one run):

- First paint: the wall time from immediately before the child process is created (so fork/exec,
  interpreter start-up and every import are included) until the parent has read from the child's
  pty the output that completes the first frame showing the expected text: for the app, every
  string in `APP_MARKERS` (pane titles and seed names); for the bare app, its Static's text.
  "Showing" means printed to the terminal: escape sequences are stripped from the pty stream and
  the markers searched in what remains, so a frame without the content (a blank or loading screen)
  does not count. The child is started the way a user starts it (`python -m briefing_tui SEED`,
  `python -m briefing_tui.bench.baseline`) in a pty of 120x40 cells, not headless, and killed
  once the markers are seen. One unrecorded warm-up of each comes first (it writes the bytecode
  caches a user's install already has); then app and bare runs alternate. The bench runs a third,
  the reader's first screen as plain Statics (`static_screen_target`), in the same rounds.
- Load: `load(FILE)` vs reading FILE as text + `yaml.compose(text, Loader=yaml.CSafeLoader)`, each
  one call in its own fresh process with imports done before the clock starts; wall time
  (`perf_counter`); the order of the pair alternates from run to run.
- Keypress and peak RSS: one fresh process per target and size, see `briefing_tui.bench.probe`;
  it runs in a 120x40 pty, so the cost includes writing each update to the terminal. Each child
  also costs the same waits without a key ("idle cycles"), reported beside the figures. The app
  and its OptionList baseline run side by side and take turns of ten steps
  (`keypress_pair`): a shared machine's speed drifts over seconds, and two children run one
  after the other could measure the baseline in a fast stretch and the app in a slow one.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_tui.bench.markers import APP_MARKERS, BARE_MARKERS, STATIC_SCREEN_MARKERS
from briefing_tui.bench.probe import DEFAULT_APP, DEFAULT_LOADER, Control
from briefing_tui.bench.terminal import PtyChild, TerminalError, WindowSize, child_environment

DEFAULT_SIZE = WindowSize(120, 40)
FIRST_PAINT_TIMEOUT_S = 30.0
LOAD_TIMEOUT_S = 120.0
KEYPRESS_TIMEOUT_S = 240.0
PROBE = (sys.executable, "-m", "briefing_tui.bench.probe")
STEPS_PER_TURN = 10
"""Presses (or idle cycles) a keypress child takes before the other takes its turn: short beside
the machine's drift, long enough that the presses of a turn run back to back (with turns of one
press the other process runs in between and the caches are cold again at every press)."""


class BenchError(RuntimeError):
    """A measurement could not be taken (a child failed, timed out or drew the wrong thing)."""


@dataclass(frozen=True, slots=True)
class PaintTarget:
    """A command whose first paint is timed, and the text that shows it has painted."""

    argv: tuple[str, ...]
    markers: tuple[str, ...]


def app_target(
    briefing: Path,
    markers: Sequence[str] = APP_MARKERS,
    command: Sequence[str] | None = None,
) -> PaintTarget:
    """The reader on `briefing`, started as a user starts it (or by `command` + the path)."""
    if command is not None:
        argv = (*command, str(briefing))
    elif importlib.util.find_spec("briefing_tui.__main__") is not None:
        argv = (sys.executable, "-m", "briefing_tui", str(briefing))
    else:
        argv = (
            sys.executable,
            "-c",
            "import sys; from briefing_tui.app.run import run; sys.exit(run(sys.argv[1]))",
            str(briefing),
        )
    return PaintTarget(argv, tuple(markers))


def bare_target() -> PaintTarget:
    """The bare Textual app with one Static."""
    return PaintTarget((sys.executable, "-m", "briefing_tui.bench.baseline"), BARE_MARKERS)


def static_screen_target(texts: Path) -> PaintTarget:
    """The reader's first screen as plain Statics, showing the texts in `texts`."""
    argv = (sys.executable, "-m", "briefing_tui.bench.static_screen", str(texts))
    return PaintTarget(argv, STATIC_SCREEN_MARKERS)


def first_paint_ms(target: PaintTarget, size: WindowSize = DEFAULT_SIZE) -> float:
    """One fresh process: milliseconds from its creation to its first frame with the markers."""
    with PtyChild(target.argv, size=size) as child:
        try:
            return child.wait_for_text(target.markers, FIRST_PAINT_TIMEOUT_S) * 1000
        except TerminalError as error:
            raise BenchError(f"first paint of {' '.join(target.argv)}: {error}") from error


def paired_runs(
    first: Callable[[], float],
    second: Callable[[], float],
    runs: int,
    *,
    warm_up: bool = False,
    tick: Callable[[], None] | None = None,
) -> tuple[list[float], list[float]]:
    """`runs` of each, interleaved, the pair's order alternating so drift hits both alike."""
    a, b = interleaved_runs((first, second), runs, warm_up=warm_up, tick=tick)
    return a, b


def interleaved_runs(
    measurements: Sequence[Callable[[], float]],
    runs: int,
    *,
    warm_up: bool = False,
    tick: Callable[[], None] | None = None,
) -> list[list[float]]:
    """`runs` rounds of every measurement, one of each a round, the results per measurement.

    The order turns from round to round (A B C, then B C A, then C A B; with two: A B, then B A),
    so each one comes first, in the middle and last equally often and drift hits all alike.
    `warm_up` runs each once, unrecorded, before the first round.
    """
    if warm_up:
        for measure in measurements:
            measure()
    results: list[list[float]] = [[] for _ in measurements]
    count = len(measurements)
    for round_index in range(runs):
        for offset in range(count):
            index = (round_index + offset) % count
            results[index].append(measurements[index]())
        if tick is not None:
            tick()
    return results


def child_json(
    command: Sequence[str], args: Sequence[str], timeout: float, label: str = ""
) -> dict[str, Any]:
    """Run a measuring child (`command` + `args`) and return the JSON it prints; a `BenchError`
    naming it (`label` and `args`) when it fails or takes longer than `timeout` seconds."""
    name = " ".join([label, *args]).strip()
    try:
        done = subprocess.run(
            [*command, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=child_environment(),
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"{name} took over {timeout:.0f} s") from error
    if done.returncode != 0:
        raise BenchError(f"{name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def _probe_json(args: Sequence[str], timeout: float) -> dict[str, Any]:
    return child_json(PROBE, args, timeout, label="probe")


def load_ms(path: Path, loader: str = DEFAULT_LOADER) -> float:
    """One fresh process: wall milliseconds of `load(path)`."""
    return _probe_json(["load", str(path), "--loader", loader], LOAD_TIMEOUT_S)["wall_ms"]


def compose_ms(path: Path) -> float:
    """One fresh process: wall milliseconds of reading `path` and composing it with CSafeLoader."""
    return _probe_json(["compose", str(path)], LOAD_TIMEOUT_S)["wall_ms"]


@dataclass(frozen=True, slots=True)
class KeypressRun:
    """What one keypress child reported."""

    costs_ms: tuple[float, ...]
    idle_cycle_ms: tuple[float, ...]
    peak_rss_mb: float
    idle_cpu_ms_per_s: float
    focused_start: str | None
    focused_end: str | None
    unsettled: int
    ready_s: float
    size: tuple[int, int]
    searches_with_hits: int | None = None


def keypress_pair(
    *,
    briefing: Path | None,
    rows: int,
    presses: int,
    idle_cycles: int = 40,
    headless: bool = False,
    size: WindowSize = DEFAULT_SIZE,
    app: str = DEFAULT_APP,
    loader: str = DEFAULT_LOADER,
    library: Path | None = None,
    searches: int = 0,
) -> tuple[KeypressRun, KeypressRun]:
    """The app on `briefing` and a bare OptionList of `rows`, side by side, taking turns.

    With `library` (a folder), the app is `briefing-tui DIR`'s on it, its story shown, and it
    runs `searches` searches after the presses (`briefing_tui.bench.library_probe`).

    Both children start at once and wait, settled, for commands (`probe.Control`). Then they
    take turns of `STEPS_PER_TURN` idle cycles or presses (who goes first alternating from turn
    to turn), a turn starting only once the other's has ended: one child works at a time while
    the other idles, and both are costed within the same second or so of the run. Returns
    (app, optionlist).
    """
    with contextlib.ExitStack() as stack:
        stepped: list[_Stepped] = []
        for target in ("app" if library is None else "library", "optionlist"):
            out = stack.enter_context(_result_file())
            commands_in, commands = os.pipe()
            replies, replies_out = os.pipe()
            stack.callback(os.close, commands)
            stack.callback(os.close, replies)
            argv = _keypress_argv(
                target, out, presses, idle_cycles, briefing, rows, headless, size, app, loader
            )
            if target == "library":
                argv += ["--dir", str(library), "--searches", str(searches)]
            argv += ["--control", f"{commands_in},{replies_out}"]
            try:
                child = PtyChild(argv, size=size, watch=False, pass_fds=(commands_in, replies_out))
            finally:
                os.close(commands_in)
                os.close(replies_out)
            stack.enter_context(child)
            stepped.append(_Stepped(target, child, commands, replies, out))
        deadline = time.monotonic() + KEYPRESS_TIMEOUT_S
        for one in stepped:
            _await_reply(one, stepped, Control.READY, deadline)
        for command, count in ((Control.IDLE, idle_cycles), (Control.PRESS, presses)):
            for turn, start in enumerate(range(0, count, STEPS_PER_TURN)):
                steps = min(STEPS_PER_TURN, count - start)
                for one in stepped if turn % 2 == 0 else stepped[::-1]:
                    os.write(one.commands, command * steps)
                    for _ in range(steps):
                        _await_reply(one, stepped, Control.DONE, deadline)
        _await_exits(stepped, deadline)
        app_run, list_run = (_keypress_result(one) for one in stepped)
    return app_run, list_run


@dataclass(frozen=True, slots=True)
class _Stepped:
    """A keypress child run on command: its pty and the parent's ends of its two pipes."""

    target: str
    child: PtyChild
    commands: int
    replies: int
    out: Path


def _await_reply(
    one: _Stepped, every: Sequence[_Stepped], expected: bytes, deadline: float
) -> None:
    """Waits for `one`'s next reply, draining every child's terminal meanwhile (a child whose
    pty is full would stop drawing, and so never answer)."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BenchError(f"keypress {one.target}: no answer within {KEYPRESS_TIMEOUT_S:.0f} s")
        if not _drain_until_readable(every, one.replies, remaining):
            continue
        reply = os.read(one.replies, 1)
        if reply == expected:
            return
        if reply:
            problem = f"answered {reply!r}, not {expected!r}"
        else:
            with contextlib.suppress(TerminalError):
                one.child.wait_for_exit(10)
            problem = f"exited with status {one.child.process.returncode} before answering"
        raise BenchError(f"keypress {one.target} {problem}; last output: {one.child.tail(3000)}")


def _await_exits(every: Sequence[_Stepped], deadline: float) -> None:
    """Drains both terminals until both children have exited."""
    while any(one.child.process.poll() is None for one in every):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BenchError(f"keypress: still running after {KEYPRESS_TIMEOUT_S:.0f} s")
        any_open = any(one.child.is_open for one in every)
        _drain_until_readable(every, None, min(remaining, 0.25 if any_open else 0.05))


def _drain_until_readable(every: Sequence[_Stepped], fd: int | None, timeout: float) -> bool:
    """Waits up to `timeout` for `fd` to be readable (or just waits, without one), draining
    whatever the children write to their terminals meanwhile; whether `fd` is readable."""
    ptys = {one.child.fileno(): one.child for one in every if one.child.is_open}
    watched = [*ptys] if fd is None else [fd, *ptys]
    ready, _, _ = select.select(watched, [], [], timeout)
    for ready_fd in ready:
        if ready_fd in ptys:
            ptys[ready_fd].drain()
    return fd is not None and fd in ready


@contextlib.contextmanager
def _result_file() -> Iterator[Path]:
    """A temporary file for a child's JSON result, removed afterwards."""
    fd, name = tempfile.mkstemp(prefix="bench-keypress-", suffix=".json")
    os.close(fd)
    try:
        yield Path(name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _keypress_argv(
    target: str,
    out: Path,
    presses: int,
    idle_cycles: int,
    briefing: Path | None,
    rows: int,
    headless: bool,
    size: WindowSize,
    app: str,
    loader: str,
) -> list[str]:
    argv = [*PROBE, "keypress", "--target", target, "--out", str(out)]
    argv += ["--presses", str(presses), "--idle-cycles", str(idle_cycles)]
    argv += ["--columns", str(size.columns), "--lines", str(size.lines)]
    if briefing is not None and target == "app":
        argv += ["--file", str(briefing)]
    argv += ["--rows", str(rows), "--app", app, "--loader", loader]
    if headless:
        argv.append("--headless")
    return argv


def _keypress_result(one: _Stepped) -> KeypressRun:
    status = one.child.process.returncode
    if status != 0 or one.out.stat().st_size == 0:
        raise BenchError(
            f"keypress {one.target} exited with status {status}; "
            f"last output: {one.child.tail(3000)}"
        )
    result = json.loads(one.out.read_text(encoding="utf-8"))
    return KeypressRun(
        costs_ms=tuple(result["costs_ms"]),
        idle_cycle_ms=tuple(result["idle_cycle_ms"]),
        peak_rss_mb=result["peak_rss_kb"] / 1024,
        idle_cpu_ms_per_s=result["idle_cpu_ms_per_s"],
        focused_start=result["focused_start"],
        focused_end=result["focused_end"],
        unsettled=result["unsettled"],
        ready_s=result["ready_s"],
        size=(result["size"][0], result["size"][1]),
        searches_with_hits=result.get("searches_with_hits"),
    )
