"""The app's layers: the pure view models import no Textual, and the App, the reloader and the
palette import one another in one direction only (not even for type hints)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import briefing_tui.app

APP = Path(briefing_tui.app.__file__).parent


def test_the_view_models_import_no_textual() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import briefing_tui.app.view as view
        names = [info.name for info in pkgutil.walk_packages(view.__path__, view.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print("IMPORTED", len(names))
        assert not bad, bad
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "IMPORTED" in result.stdout and "IMPORTED 0" not in result.stdout


def _imports(path: Path) -> set[str]:
    """Every module `path` imports anywhere (also inside functions and TYPE_CHECKING blocks)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_app_reload_and_palette_have_no_import_loop() -> None:
    modules = {
        "app": APP / "app.py",
        "reload": APP / "services" / "reload.py",
        "palette": APP / "palette.py",
    }
    names = {
        "app": "briefing_tui.app.app",
        "reload": "briefing_tui.app.services.reload",
        "palette": "briefing_tui.app.palette",
    }
    imports = {key: _imports(path) for key, path in modules.items()}
    assert names["reload"] in imports["app"] and names["palette"] in imports["app"]
    for key in ("reload", "palette"):
        assert names["app"] not in imports[key], key
        assert not any(name.startswith("briefing_tui.app.screens") for name in imports[key]), key
    assert names["palette"] not in imports["reload"] and names["reload"] not in imports["palette"]


def test_no_module_of_the_app_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(APP)): count
        for path in APP.rglob("*.py")
        if (count := len(path.read_text("utf-8").splitlines())) > 400
    }
    assert long == {}
