"""The installed package's version, read from its metadata (pyproject.toml is the one source)."""

from __future__ import annotations

from functools import cache

DISTRIBUTION = "briefing-tui"
UNKNOWN = "0+unknown"
"""The version of a checkout run without being installed (there is no metadata to read)."""


@cache
def package_version() -> str:
    """The version of the installed `briefing-tui`, or `UNKNOWN` when it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN
