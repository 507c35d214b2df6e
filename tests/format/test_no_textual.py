"""The data side and the CLI never import Textual (the reader imports it only when it opens)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.format.fixtures import REPO, SMALL


def test_the_format_package_and_the_cli_import_no_textual() -> None:
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        import briefing_tui, briefing_tui.format
        names = ["briefing_tui.cli", "briefing_tui.__main__"] + [
            info.name for info in pkgutil.walk_packages(
                briefing_tui.format.__path__, "briefing_tui.format.")
        ]
        for name in names:
            importlib.import_module(name)
        from briefing_tui import load, Briefing, BriefingError
        from briefing_tui.cli import main
        assert main(["validate", {str(SMALL)!r}]) == 0
        assert main(["schema"]) == 0
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
