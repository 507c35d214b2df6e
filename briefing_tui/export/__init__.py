"""Share a briefing: text, Markdown, HTML, iCalendar, TimelineJS, GraphML and Web Annotations.

The data side, like `format/`: no Textual import, reads the model only, usable as a library.
`formats.render(briefing, name)` gives one format's output; each format is its own module, imported
only when it is asked for (some need a library of their own: icalendar, networkx).
"""
