"""The benchmark's child side: one measurement per fresh process.

Run as `python -m briefing_tui.bench.probe {load,compose,keypress} ...` by
`briefing_tui.bench.measure`; not a user command. Each kind imports what it needs before its
clock starts.

- `load FILE` / `compose FILE`: one timed call, printed as JSON on stdout. `load` is
  `briefing_tui.format.loader.load(FILE)`; `compose` is reading the file as UTF-8 text plus
  `yaml.compose(text, Loader=yaml.CSafeLoader)`. Both include reading the file.
- `keypress`: runs the app (or the bare OptionList) under Pilot in the terminal it was given
  (not headless unless `--headless`), waits for the first paint with the timeline focused, then
  presses "down" `--presses` times. Each press is costed as the `time.process_time()` delta (CPU of
  all threads of the process) from just before the press until the app has settled: the key is
  handled (`Pilot.press`: posted, then two idle waits and the animator), every pump of the screen
  has processed its queue and the compositor has written the update (`Pilot.pause`), and nothing is
  left pending (see `_pending`): no widget or the screen waiting to refresh, lay out, scroll or
  recompose, no running one-shot timer (debounces), no worker started since the app settled at
  start, no animation. The deltas are back to back (each press starts where the previous one
  ended), so work pushed to a timer or thread that outlives the settle checks still lands in the
  next press. The result (JSON) goes to `--out`, because stdout is the app's terminal.
  `--target library --dir DIR` does the same on `briefing-tui DIR`'s app with its story shown
  (`briefing_tui.bench.library_probe`), and runs `--searches` searches after the presses.

  Before the presses, `--idle-cycles` cycles of exactly the same waits without a key are costed
  the same way (`_idle_cycle`): what the measuring itself and the app's background work cost per
  press (Pilot's waits post a callback to every widget, so this grows with the widget count).
  Subtracting it gives a per-press cost comparable to "CPU from /proc, idle subtracted".

  With `--control IN,OUT` (two inherited pipe ends) the child takes its steps one at a time:
  it writes `r` to OUT once it has settled after start, then for each byte it reads from IN (`i`:
  one idle cycle, `p`: one press) takes that step and writes `.` to OUT. The bench runs the app
  and its OptionList baseline side by side this way and gives them turns of a few steps, so both
  are measured in the same moments of a machine whose speed drifts from one second to the next
  (`measure.keypress_pair`). A step's cost starts when its command arrives: the wait for the
  other child's turn (idle, but not free for the app) is no press's cost. Within a turn the
  commands are already queued, so its steps run back to back as above.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

DEFAULT_APP = "briefing_tui.app.app:BriefingApp"
DEFAULT_LOADER = "briefing_tui.format.loader:load"
SETTLE_LIMIT_S = 2.0
IDLE_SAMPLE_S = 0.5


def _resolve(spec: str) -> Callable[..., Any]:
    """`module:attribute` -> the attribute (a hook so the harness can be tried on stand-ins)."""
    module_name, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def _peak_rss_kb() -> int:
    """VmHWM of this process (peak resident set since exec), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _timed(call: Callable[[], object]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return {
        "wall_ms": (time.perf_counter() - wall) * 1000,
        "cpu_ms": (time.process_time() - cpu) * 1000,
    }


def _load(path: str, loader: str) -> dict[str, float]:
    load = _resolve(loader)
    return _timed(lambda: load(path))


def _compose(path: str) -> dict[str, float]:
    import yaml

    def compose() -> None:
        text = Path(path).read_text(encoding="utf-8")
        yaml.compose(text, Loader=yaml.CSafeLoader)

    return _timed(compose)


def _pending(app: Any, known_workers: set[Any]) -> bool:
    """True while the app still has work queued that a keypress caused."""
    from textual.worker import WorkerState

    screen = app.screen
    if (
        screen._layout_required
        or screen._repaint_required
        or screen._scroll_required
        or screen._recompose_required
        or screen._dirty_widgets
        or app.animator._animations
        or app.animator._scheduled
    ):
        return True
    widgets = list(screen.walk_children(with_self=False))
    for widget in widgets:
        if (
            widget._repaint_required
            or widget._layout_required
            or widget._scroll_required
            or widget._recompose_required
            or widget._refresh_styles_required
        ):
            return True
    for pump in (app, screen, *widgets):
        for timer in pump._timers:
            task = timer._task
            one_shot_running = timer._repeat == 0 and task is not None and not task.done()
            if one_shot_running and timer._active.is_set():
                return True
    return any(
        worker not in known_workers and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
        for worker in app.workers
    )


async def _settle(pilot: Any, known_workers: set[Any]) -> bool:
    """Waits until nothing is pending; False if that took longer than SETTLE_LIMIT_S."""
    deadline = time.monotonic() + SETTLE_LIMIT_S
    while _pending(pilot.app, known_workers):
        if time.monotonic() > deadline:
            return False
        await pilot.pause()
    return True


class Control:
    """The child's end of `--control`: commands in, one byte back for each step taken."""

    READY = b"r"
    IDLE = b"i"
    PRESS = b"p"
    DONE = b"."

    def __init__(self, commands: int, replies: int) -> None:
        self.commands = commands
        self.replies = replies

    @classmethod
    def parse(cls, text: str) -> Control:
        """`IN,OUT` (file descriptor numbers) as given on the command line."""
        commands, _, replies = text.partition(",")
        return cls(int(commands), int(replies))

    async def expect(self, command: bytes) -> None:
        """Waits (letting the app run) until the next command arrives; it must be `command`."""
        loop = asyncio.get_running_loop()
        arrived: asyncio.Future[bytes] = loop.create_future()

        def readable() -> None:
            loop.remove_reader(self.commands)
            if not arrived.done():
                arrived.set_result(os.read(self.commands, 1))

        loop.add_reader(self.commands, readable)
        received = await arrived
        if received != command:
            raise RuntimeError(f"control: expected {command!r}, got {received!r}")

    def reply(self, byte: bytes = DONE) -> None:
        """Tells the bench a step is done (or, with READY, that the child is ready)."""
        os.write(self.replies, byte)


async def _costed(
    step: Callable[[], Awaitable[object]],
    count: int,
    control: Control | None = None,
    command: bytes = b"",
) -> list[float]:
    """Runs `step` `count` times; the CPU milliseconds of each, back to back.

    With `control`, each step waits for `command` first and is answered with `Control.DONE`;
    its cost starts when the command has arrived, not where the previous step ended.
    """
    costs: list[float] = []
    before = time.process_time()
    for _ in range(count):
        if control is not None:
            await control.expect(command)
            before = time.process_time()
        await step()
        now = time.process_time()
        costs.append((now - before) * 1000)
        before = now
        if control is not None:
            control.reply()
    return costs


async def _idle_cycle(pilot: Any, known_workers: set[Any]) -> None:
    """`Pilot.press` + `Pilot.pause` + `_settle` with the key left out."""
    from textual._wait import wait_for_idle

    await wait_for_idle(0)
    await pilot.app.animator.wait_until_complete()
    await wait_for_idle(0)
    await pilot._wait_for_screen()
    await pilot.pause()
    await _settle(pilot, known_workers)


def _focused_id(app: Any) -> str | None:
    focused = app.focused
    return None if focused is None else focused.id


def _build_app(args: argparse.Namespace) -> Any:
    if args.target == "optionlist":
        from briefing_tui.bench.baseline import option_list_app

        return option_list_app(args.rows)
    if args.target == "library":
        from briefing_tui.bench.library_probe import library_app

        return library_app(args.dir)
    briefing = _resolve(args.loader)(args.file)
    return _resolve(args.app)(briefing, path=Path(args.file))


async def _drive(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    app = _build_app(args)
    size = (args.columns, args.lines) if args.headless else None
    profiler = None
    async with app.run_test(headless=args.headless, size=size) as pilot:
        await pilot.pause()
        known_workers = set(app.workers)
        await _settle(pilot, known_workers)
        if args.target == "library":
            from briefing_tui.bench import library_probe

            await library_probe.show_story(pilot, lambda: _settle(pilot, known_workers))
        known_workers = set(app.workers)
        ready_s = time.perf_counter() - started
        focused_start = _focused_id(app)
        control = Control.parse(args.control) if args.control else None
        if control is not None:
            control.reply(Control.READY)
        idle_costs = await _costed(
            lambda: _idle_cycle(pilot, known_workers), args.idle_cycles, control, Control.IDLE
        )
        unsettled = 0

        async def press() -> None:
            nonlocal unsettled
            await pilot.press("down")
            await pilot.pause()
            if not await _settle(pilot, known_workers):
                unsettled += 1

        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        costs = await _costed(press, args.presses, control, Control.PRESS)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        found = None
        if args.searches:
            from briefing_tui.bench import library_probe

            settle = lambda: _settle(pilot, set(app.workers))  # noqa: E731
            found = await library_probe.searches(pilot, args.searches, settle)
        idle_start = time.process_time()
        await asyncio.sleep(IDLE_SAMPLE_S)
        idle_ms_per_s = (time.process_time() - idle_start) * 1000 / IDLE_SAMPLE_S
        result = {
            "costs_ms": costs,
            "idle_cycle_ms": idle_costs,
            "unsettled": unsettled,
            "focused_start": focused_start,
            "focused_end": _focused_id(app),
            "ready_s": ready_s,
            "idle_cpu_ms_per_s": idle_ms_per_s,
            "size": list(app.size),
            "peak_rss_kb": _peak_rss_kb(),
            "searches_with_hits": found,
        }
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m briefing_tui.bench.probe")
    kinds = parser.add_subparsers(dest="kind", required=True)
    load = kinds.add_parser("load")
    load.add_argument("file")
    load.add_argument("--loader", default=DEFAULT_LOADER)
    compose = kinds.add_parser("compose")
    compose.add_argument("file")
    keypress = kinds.add_parser("keypress")
    keypress.add_argument("--target", choices=("app", "optionlist", "library"), required=True)
    keypress.add_argument("--dir", help="the library's folder (target library)")
    keypress.add_argument("--searches", type=int, default=0, help="searches after the presses")
    keypress.add_argument("--file", help="the briefing (target app)")
    keypress.add_argument("--rows", type=int, default=0, help="rows (target optionlist)")
    keypress.add_argument("--presses", type=int, default=200)
    keypress.add_argument("--idle-cycles", type=int, default=40)
    keypress.add_argument("--out", required=True)
    keypress.add_argument("--headless", action="store_true")
    keypress.add_argument("--columns", type=int, default=120)
    keypress.add_argument("--lines", type=int, default=40)
    keypress.add_argument("--profile", help="write cProfile stats of the presses here")
    keypress.add_argument("--control", help="IN,OUT: take steps on command (see above)")
    keypress.add_argument("--loader", default=DEFAULT_LOADER)
    keypress.add_argument("--app", default=DEFAULT_APP)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Runs one measurement; see the module docstring."""
    args = _parser().parse_args(argv)
    if args.kind == "load":
        print(json.dumps(_load(args.file, args.loader)))
    elif args.kind == "compose":
        print(json.dumps(_compose(args.file)))
    else:
        result = asyncio.run(_drive(args))
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
