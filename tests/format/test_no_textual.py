"""The data side and the CLI never import Textual (the reader imports it only when it opens),
and the data side never imports the package root."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

from tests.format.fixtures import REPO, SMALL


def test_the_format_package_and_the_cli_import_no_textual() -> None:
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        import briefing_tui, briefing_tui.format
        names = ["briefing_tui.cli", "briefing_tui.__main__", "briefing_tui.commands"] + [
            info.name for info in pkgutil.walk_packages(
                briefing_tui.format.__path__, "briefing_tui.format.")
        ]
        for name in names:
            importlib.import_module(name)
        from briefing_tui import load, Briefing, BriefingError
        from briefing_tui.cli import main
        assert main(["validate", {str(SMALL)!r}]) == 0
        assert main(["schema"]) == 0
        assert main(["--help"]) == 0
        bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual.")
                     or m.startswith("briefing_tui.app"))
        print("IMPORTED", len(names))
        assert not bad, bad
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "IMPORTED" in result.stdout


def test_the_format_package_never_imports_the_package_root() -> None:
    # `briefing_tui/__init__.py` is the library's front door; `format/` sits below it, so it takes
    # nothing from it (the version comes from the package metadata: `format.version`).
    for path in sorted((REPO / "briefing_tui" / "format").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "briefing_tui", f"{path.name}:{node.lineno}"
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
                assert "briefing_tui" not in names, f"{path.name}:{node.lineno}"
