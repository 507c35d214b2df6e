"""The bench smoke run shared by the bench's tests: `bench --json` at tiny sizes, run once."""

from __future__ import annotations

import argparse
import io
import sys

import pytest

from briefing_tui.bench import cache, run
from briefing_tui.commands.bench import add_arguments

SIZES = (20, 40)
LIBRARY_SIZE = 12


@pytest.fixture(scope="session")
def smoke_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """stdout of `bench --json` at tiny sizes, one run each, 3 presses, a library of 12
    briefings (about 15-20 s).

    A session-scoped fixture cannot use capsys, so sys.stdout is swapped for the run.
    """
    cache_dir = tmp_path_factory.mktemp("bench-cache")
    patch = pytest.MonkeyPatch()
    patch.setattr(cache, "CACHE_DIR", cache_dir)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    sizes = ",".join(map(str, SIZES))
    quick = ["--load-events", "20", "--runs", "1", "--presses", "3", "--idle-cycles", "2"]
    quick += ["--library-size", str(LIBRARY_SIZE)]
    args = parser.parse_args(["--json", "--sizes", sizes, *quick])
    out = io.StringIO()
    patch.setattr(sys, "stdout", out)
    try:
        status = run.main(args)
    finally:
        patch.undo()
    assert status == 0
    return out.getvalue()
