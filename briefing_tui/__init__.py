"""briefing-tui: a terminal reader for annotated news briefings.

The data side (`briefing_tui.format`) imports no Textual, so `import briefing_tui` and `load()` stay
cheap and usable on their own. `load`, `Briefing` and `BriefingError` are imported on first use, so
that `briefing-tui --version` does not pay for the YAML parser; `__version__` is read from the
installed package's metadata on first use, as pyproject.toml is the one place it is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Briefing", "BriefingError", "__version__", "load"]

if TYPE_CHECKING:
    __version__: str
    from briefing_tui.format.errors import BriefingError
    from briefing_tui.format.loader import load
    from briefing_tui.format.model import Briefing

_LAZY = {
    "load": "briefing_tui.format.loader",
    "Briefing": "briefing_tui.format.model",
    "BriefingError": "briefing_tui.format.errors",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from briefing_tui.format.version import package_version

        globals()[name] = package_version()
        return globals()[name]
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
