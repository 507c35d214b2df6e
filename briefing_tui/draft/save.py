"""Saving a draft the reader shows: whole or not at all, and never over an existing file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class SaveError(Exception):
    """The draft was not written; `str()` is the one line for the user."""


def save_draft(yaml_text: str, target: Path) -> None:
    """Write `yaml_text` to `target` through a temporary file and a link that fails if it exists."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as error:
        raise SaveError(f"{target}: cannot write: {error.strerror or error}") from None
    try:
        os.fchmod(handle, 0o644)  # mkstemp makes 0600; a briefing is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(yaml_text)
        try:
            os.link(temporary, target)  # atomic, and refuses to replace an existing file
        except FileExistsError:
            raise SaveError(f"{target}: already exists; not overwritten") from None
        except OSError as error:
            raise SaveError(f"{target}: cannot write: {error.strerror or error}") from None
    finally:
        Path(temporary).unlink(missing_ok=True)
