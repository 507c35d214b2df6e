"""The library package is the data side: no Textual, small modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import briefing_tui.library

PACKAGE = Path(briefing_tui.library.__file__).parent


def test_the_library_imports_no_textual() -> None:
    modules = sorted(f"briefing_tui.library.{p.stem}" for p in PACKAGE.glob("*.py"))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_module_is_small() -> None:
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text("utf-8").splitlines()) <= 400, path.name
