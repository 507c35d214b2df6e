"""The briefings list read lazily: the same entries as reading them all, in the same order."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.library.index import Library
from briefing_tui.library.records import Entries
from briefing_tui.library.sample import write_library


def test_entries_are_read_a_block_at_a_time_in_the_list_order(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write_library(folder, 150)
    (folder / "broken.yaml").write_text("briefing: 1\ndocument: [\n", "utf-8")
    with Library.open([folder]) as library:
        library.update()
        fetched: list[int] = []
        store = library.store

        def fetch(ids: object) -> list[tuple[object, ...]]:
            fetched.append(len(ids))  # type: ignore[arg-type]
            return store.briefings_by_id(ids)  # type: ignore[arg-type]

        entries = Entries(store.listing(), fetch, library.path)
        assert len(entries) == 151 and not fetched  # nothing read yet
        assert entries.broken == 1
        last = entries[-1]
        assert not last.ok and last.path.name == "broken.yaml"
        assert fetched == [151 % Entries.BLOCK]  # one block, the last
        published = [entry.published for entry in entries[:-1]]
        assert published == sorted(published, reverse=True)  # newest first
        assert [entry.id for entry in entries] == entries.ids
        assert entries[3:6] == [entries[3], entries[4], entries[5]]
        by_one = {library.entry(briefing_id) for briefing_id in entries.ids}
        assert by_one == set(entries)


def test_a_row_gone_from_the_index_reads_as_a_briefing_that_no_longer_loads(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    write_library(folder, 3)
    with Library.open([folder]) as library:
        library.update()
        listing = library.store.listing()
        entries = Entries(listing, lambda ids: [], library.path)
        assert [entry.ok for entry in entries] == [False, False, False]
        assert entries[0].problem == "no longer in the index"
