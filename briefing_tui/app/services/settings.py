"""The reader's remembered settings (the theme chosen in the palette), kept between runs.

One small JSON file in the user's config directory: `$XDG_CONFIG_HOME/briefing-tui/config.json`,
or `~/.config/briefing-tui/config.json` without XDG_CONFIG_HOME. It is read with the standard
library only. A file that cannot be read or is not what is expected is ignored (the caller gets
a one-line reason to show), never a crash; it is written atomically (a temporary file in the same
directory, then a rename), so a crash mid-write leaves the old file whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

APP_DIR = "briefing-tui"
FILE_NAME = "config.json"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the reader remembers."""

    theme: str | None = None
    """The name of the Textual theme last chosen (None: Textual's default)."""


def config_path(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    """Where the settings live for the environment `environ` (the process's by default)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / APP_DIR / FILE_NAME


def read_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings in `path`, and why they were ignored if they were (None when all is well).

    A missing file is no problem: it is the first run.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError) as error:
        return Settings(), f"cannot read {path}: {error.strerror or error}"  # type: ignore[union-attr]
    import json  # only when there is a file: the first frame does not wait for the module

    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Settings(), f"{path} is not valid JSON ({error}); ignored"
    if not isinstance(value, dict):
        return Settings(), f"{path} does not hold a JSON object; ignored"
    theme = value.get("theme")
    if theme is not None and not isinstance(theme, str):
        return Settings(), f"{path}: theme is not a string; ignored"
    return Settings(theme=theme), None


def write_settings(path: Path, settings: Settings) -> None:
    """Write `settings` to `path` atomically (raises OSError when it cannot)."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"theme": settings.theme}, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class ThemeMemory:
    """The theme remembered between runs: read once at start, written when the user picks one."""

    def __init__(self, available: Collection[str]) -> None:
        self.path: Path | None = None
        """Where the settings live (None when there is no config directory)."""
        self.theme: str | None = None
        """The remembered theme, if it is one of `available`."""
        self.notice: str | None = None
        """Why the settings were ignored, for the user, or None."""
        try:
            self.path = config_path()
        except (RuntimeError, KeyError):  # no home directory to keep them in
            return
        settings, self.notice = read_settings(self.path)
        if settings.theme is not None:
            if settings.theme in available:
                self.theme = settings.theme
            else:
                self.notice = f"{self.path}: unknown theme {settings.theme!r}; ignored"

    def remember(self, theme: str) -> str | None:
        """Write `theme` to the settings file; a notice for the user when that fails."""
        if self.path is None:
            return None
        try:
            write_settings(self.path, Settings(theme=theme))
        except OSError as error:
            return f"The theme could not be remembered: {self.path}: {error}"
        return None
