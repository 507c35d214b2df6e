"""The benchmark's child for the live reload: how long the screen is blocked while one runs.

Run as `python -m briefing_tui.bench.reload_probe --file FILE --out OUT` by the bench; not a user
command. It copies FILE (and the article it names) into a scratch directory, so the sample is
never written, opens the reader on the copy under Pilot (headless, 120x40) and, once it has
settled, starts two things on the app's own loop:

- a tick every `TICK_S` that records when it ran: a gap between two ticks is a time the loop
  could neither draw a frame nor handle a key;
- Down and Up presses, one after the other, each recorded when Pilot has seen it handled.

Then it appends a comment line to the copy, so the reader's file watcher loads it again, waits
until the app shows a briefing other than the first and for `AFTER_S` more (what the app does
after the swap counts too), and writes to `--out` as JSON: `max_block_ms`, the longest gap
between two ticks from the save to the end (frames and keys are handled on the same loop, so
none waited longer); `max_key_gap_ms`, the longest between two handled presses, which includes
Pilot's own waits after each press (tens of ms with nothing blocked); the number of presses
handled; and `reload_s`, from the save to the new briefing on screen. It changes nothing in the
app: it only reads `app.briefing` and uses public Textual calls.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from briefing_tui.bench.probe import DEFAULT_APP, DEFAULT_LOADER, _resolve, _settle

TICK_S = 0.01
AFTER_S = 1.5
TIMEOUT_S = 300.0


def _copy(path: Path, into: Path, loader: str) -> Path:
    """`path` and the article file it names, copied into `into`; the copy's path."""
    briefing = _resolve(loader)(path)
    copy = into / path.name
    shutil.copyfile(path, copy)
    text_file = briefing.document.text_file
    if text_file is not None:
        target = into / text_file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path.parent / text_file, target)
    return copy


def _max_gap(times: list[float], start: float) -> float:
    """The longest time between two consecutive `times` from `start` on, in ms."""
    after = [start, *(t for t in times if t >= start)]
    return max((b - a for a, b in itertools.pairwise(after)), default=0.0) * 1000


async def _drive(path: Path, app_spec: str, loader: str) -> dict[str, Any]:
    briefing = _resolve(loader)(path)
    app = _resolve(app_spec)(briefing, path=path)
    ticks: list[float] = []
    keys: list[float] = []
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        await pilot.pause()
        await _settle(pilot, set(app.workers))
        first = app.briefing
        app.set_interval(TICK_S, lambda: ticks.append(time.perf_counter()))
        stop = False

        async def press() -> None:
            index = 0
            while not stop:
                await pilot.press("down" if index % 2 == 0 else "up")
                keys.append(time.perf_counter())
                index += 1

        presser = asyncio.create_task(press())
        await asyncio.sleep(0.5)
        saved = time.perf_counter()
        with path.open("a", encoding="utf-8") as file:
            file.write("\n# saved again by the bench\n")
        deadline = saved + TIMEOUT_S
        while app.briefing is first and time.perf_counter() < deadline:
            await asyncio.sleep(TICK_S)
        swapped = time.perf_counter()
        reloaded = app.briefing is not first  # read while the app runs: its screen holds it
        await asyncio.sleep(AFTER_S)
        stop = True
        await presser
    tick_gap = _max_gap(ticks, saved)
    key_gap = _max_gap(keys, saved)
    return {
        "max_block_ms": round(tick_gap, 1),
        "max_key_gap_ms": round(key_gap, 1),
        "presses": sum(1 for t in keys if t >= saved),
        "reloaded": reloaded,
        "reload_s": round(swapped - saved, 3),
    }


def measure_reload(
    file: Path, app: str = DEFAULT_APP, loader: str = DEFAULT_LOADER
) -> dict[str, Any]:
    """The bench's side: runs this probe on `file` in a fresh process and returns its figures."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="briefing-tui-reload-out-") as scratch:
        out = Path(scratch) / "reload.json"
        command = [sys.executable, "-m", __name__, "--file", str(file), "--out", str(out)]
        command += ["--app", app, "--loader", loader]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S + 120, check=False
        )
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"reload probe failed: {done.stderr.strip()[-500:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Measures one reload; see the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m briefing_tui.bench.reload_probe")
    parser.add_argument("--file", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--app", default=DEFAULT_APP)
    parser.add_argument("--loader", default=DEFAULT_LOADER)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-tui-reload-") as scratch:
        copy = _copy(Path(args.file), Path(scratch), args.loader)
        result = asyncio.run(_drive(copy, args.app, args.loader))
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
