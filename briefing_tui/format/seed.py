"""Where the bundled seed briefing is: a module of its own, so finding it imports nothing heavy."""

from __future__ import annotations

from pathlib import Path

SEED_NAME = "000_655d5a0009c8cdc1.yaml"


def seed_path() -> Path:
    """The bundled seed briefing: in the installed package `briefing_tui.seeds`, or in `seeds/` of
    a checkout run from its root (`seeds/` becomes `briefing_tui.seeds` only when installed)."""
    try:
        import briefing_tui.seeds as seeds
    except ImportError:
        return Path(__file__).resolve().parents[2] / "seeds" / SEED_NAME
    return Path(seeds.__file__).with_name(SEED_NAME)
