"""The Textual reader: `BriefingApp` (app.py), started by `run.run(path)`."""
