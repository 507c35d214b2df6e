"""briefing-tui: a terminal reader for annotated news briefings.

The data side (`briefing_tui.format`) imports no Textual, so `import briefing_tui` and `load()` stay
cheap and usable on their own.
"""

from __future__ import annotations

__version__ = "0.1.0"
