"""What the benchmark ran on, so its figures can be read against the machine."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _with_libyaml() -> bool:
    import yaml

    return bool(getattr(yaml, "__with_libyaml__", False))


def machine_info() -> dict[str, Any]:
    """CPU model, cores, load, Python, library versions and platform."""
    import briefing_tui

    try:
        load = [round(value, 2) for value in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "loadavg_at_start": load,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "executable": sys.executable,
        "briefing_tui": briefing_tui.__version__,
        "textual": _version("textual"),
        "rich": _version("rich"),
        "pyyaml": _version("PyYAML"),
        "libyaml": _with_libyaml(),
        "platform": platform.platform(),
    }
