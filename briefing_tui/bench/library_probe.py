"""The keypress child's library target: `briefing-tui DIR`'s app, its story shown, and searches.

Used by `briefing_tui.bench.probe keypress --target library --dir DIR` (a child process; this
module imports Textual through the app). The app is the one `briefing-tui DIR` runs
(`LibraryApp` on `Library.open([DIR])`); before the presses the story view is shown (its key,
`2`), its cursor taken to the first row (the view opens at the now divider, which is the last
row when every event is past) and settled, so the Down presses move through the story timeline:
every event of every briefing. After the presses, `searches` runs that many searches through
the search view's prompt (queries drawn from the library's own words, as the library's search
figure draws them), each waited for until settled, so the peak RSS the child reports covers
first paint, presses and searches.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

STORY_KEY = "2"
FIRST_KEY = "home"
SEARCH_KEY = "slash"
LEAVE_SEARCH_KEY = "escape"


def library_app(folder: str | Path) -> Any:
    """The app `briefing-tui DIR` runs on `folder` (its index opened, not yet updated)."""
    from briefing_tui.app.library_app import LibraryApp
    from briefing_tui.library.index import Library

    return LibraryApp(Library.open([Path(folder)]))


def story_rows(folder: str | Path) -> int:
    """Rows of the story timeline of `folder`'s library: every event, and the now divider."""
    from briefing_tui.library.index import Library

    with Library.open([Path(folder)]) as library:
        return len(library.story()) + 1


async def show_story(pilot: Any, settle: Callable[[], Awaitable[bool]]) -> None:
    """Shows the story view (its list focused, the cursor on the first row) and waits until the
    app has settled."""
    await pilot.press(STORY_KEY)
    await pilot.pause()
    await settle()
    await pilot.press(FIRST_KEY)
    await pilot.pause()
    await settle()


async def searches(pilot: Any, count: int, settle: Callable[[], Awaitable[bool]]) -> int:
    """Runs `count` searches in the search view, each settled; how many showed results."""
    from textual.widgets import Input, OptionList

    from briefing_tui.library.bench import bench_queries

    app = pilot.app
    queries = bench_queries(app.library, count, seed=1)
    await pilot.press(SEARCH_KEY)
    await pilot.pause()
    prompt = app.screen.query_one("#search-input", Input)
    results = app.screen.query_one("#search-results", OptionList)
    found = 0
    for query in queries:
        prompt.value = query
        await pilot.pause()
        await settle()
        found += results.option_count > 0
    await pilot.press(LEAVE_SEARCH_KEY)
    await pilot.pause()
    return found
