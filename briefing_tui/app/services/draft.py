"""An unsaved draft in the reader: the YAML drafted in memory and where the save key writes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_tui.format.model import Briefing

NOTE = "UNSAVED DRAFT (ctrl+s saves)"
"""What the header says while the briefing shown is a draft that exists only in memory."""


class DraftNotSaved(Exception):
    """The draft could not be written or read back; the message is one line for the user."""


@dataclass(frozen=True)
class UnsavedDraft:
    """A draft made from an article, and the file it is to be written to."""

    yaml_text: str
    target: Path

    def save(self) -> Briefing:
        """Write the draft (never over an existing file) and load it back from its new file."""
        from briefing_tui.draft.save import SaveError, save_draft
        from briefing_tui.format.errors import BriefingError
        from briefing_tui.format.loader import load
        from briefing_tui.format.text import visible

        try:
            save_draft(self.yaml_text, self.target)
            return load(self.target)
        except (SaveError, BriefingError) as error:
            raise DraftNotSaved(visible(str(error).splitlines()[0])) from None
