"""Pure view models of the reader: what the panes show, worked out without Textual."""
