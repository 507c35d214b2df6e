"""Suite-wide fixtures: nothing a test does in the reader writes into the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def reader_export_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reader-exports")


@pytest.fixture(autouse=True)
def _reader_exports_stay_out_of_the_checkout(
    reader_export_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key `e` then Enter in the reader exports the briefing beside its file, and random-key
    tests press exactly that on the bundled seed: its exports go to a temporary folder instead."""
    from briefing_tui.export import formats

    monkeypatch.setattr(formats, "READER_EXPORT_FOLDER", str(reader_export_folder))
