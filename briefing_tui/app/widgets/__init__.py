"""The reader's widgets: Line-API panes, the header, the footer and the filter prompt."""
