"""`briefing-tui serve`: the reader in a web browser through textual-serve (no Textual here)."""
