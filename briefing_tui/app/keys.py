"""The reader's keys: one table.

Each class that binds keys takes its `BINDINGS` from here, the footer shows them through Textual's
active bindings, and the help screen is made from the same table (`help_sections`), so the three
never disagree. Keys that move through a pane are declared once (`MOVE_KEYS`) for the list panes,
the inspector and the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingsMap, BindingType

MOVE_KEYS: Mapping[str, str] = {
    "up": "up,k",
    "down": "down,j",
    "page_up": "pageup",
    "page_down": "pagedown",
    "first": "home,g",
    "last": "end,G",
}
"""The keys of each way of moving through a pane (vi keys beside the arrows)."""


def movement(
    actions: Mapping[str, tuple[str, str]], extra: Mapping[str, str] | None = None
) -> list[Binding]:
    """Hidden bindings of `MOVE_KEYS` (plus `extra` keys) to `(action, description)` per move."""
    more = extra or {}
    return [
        Binding(",".join(filter(None, (MOVE_KEYS[move], more.get(move)))), action, text, show=False)
        for move, (action, text) in actions.items()
    ]


APP: list[BindingType] = [
    Binding("q", "quit", "Quit", tooltip="Quit the reader"),
    Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    Binding("question_mark", "help", "Help", key_display="?"),
    Binding("f1", "help", "Help", show=False),
    Binding("e", "export", "Export", show=False, tooltip="Export the briefing to a file"),
]

SCREEN: list[BindingType] = [
    Binding("tab", "cycle(1)", "Next pane", show=False),
    Binding("shift+tab", "cycle(-1)", "Previous pane", show=False),
    # 1-5 and `/` are priority bindings: the screen acts on them before Textual hands the
    # keys typed after them to the focused widget, so "2/knap" in one burst filters the
    # participants (a plain binding acts only when the focused pane passes the key up, after
    # the rest of the burst has gone to that pane). In the filter prompt they are typed.
    Binding("1", "focus_pane('timeline')", "Timeline", show=False, priority=True),
    Binding("2", "focus_pane('participants')", "Participants", show=False, priority=True),
    Binding("3", "focus_pane('topics')", "Topics", show=False, priority=True),
    Binding("4", "focus_pane('article')", "Article", show=False, priority=True),
    Binding("5", "focus_pane('inspector')", "Inspector", show=False, priority=True),
    Binding("left_square_bracket", "app.back", "Back", key_display="["),
    Binding("alt+left,backspace", "app.back", "Back", show=False),
    Binding("right_square_bracket", "app.forward", "Forward", key_display="]"),
    Binding("alt+right", "app.forward", "Forward", show=False),
    Binding(
        "slash",
        "filter",
        "Filter",
        tooltip="Filter the focused list incrementally",
        priority=True,
    ),
    Binding("l", "app.toggle_linked_only", "Linked only", tooltip="Show only linked items"),
    Binding(
        "d",
        "show_document",
        "Document",
        tooltip="The document in the inspector: title, dateline, place, source, summary",
    ),
]

LINE_LIST: list[BindingType] = [
    *movement(
        {
            "up": ("cursor_up", "Up"),
            "down": ("cursor_down", "Down"),
            "page_up": ("page_up", "Page up"),
            "page_down": ("page_down", "Page down"),
            "first": ("first", "First"),
            "last": ("last", "Last"),
        }
    )
]
"""Moving the cursor in any list (the list panes and the inspector)."""

ITEM_LIST: list[BindingType] = [
    Binding("enter", "choose", "Open", tooltip="Open the item in the inspector"),
    Binding("n", "next_linked", "Next linked", show=False),
    Binding("N", "previous_linked", "Previous linked", show=False),
    Binding("escape", "clear_filter", "Clear filter", show=False),
]

INSPECTOR: list[BindingType] = [
    Binding("enter", "choose", "Follow link", tooltip="Select the linked item in its pane"),
]

ARTICLE: list[BindingType] = [
    Binding("n", "next_span", "Next span", tooltip="Move to the next highlighted span"),
    Binding("N", "previous_span", "Prev span", tooltip="Move to the previous highlighted span"),
    Binding("enter", "choose_span", "Select span's item", show=False),
    *movement(
        {
            "up": ("scroll_up", "Scroll up"),
            "down": ("scroll_down", "Scroll down"),
            "page_up": ("page_up", "Page up"),
            "page_down": ("page_down", "Page down"),
            "first": ("scroll_home", "Top"),
            "last": ("scroll_end", "Bottom"),
        },
        extra={"page_down": "space"},
    ),
]

FILTER: list[BindingType] = [
    Binding("escape", "cancel", "Clear filter", tooltip="Clear the filter and close it"),
    Binding("up", "move(-1)", "Previous match", show=False),
    Binding("down", "move(1)", "Next match", show=False),
]

HELP: list[BindingType] = [
    Binding("escape", "close", "Close help"),
    Binding("question_mark,f1,q", "close", "Close help", show=False),
]


def merged(*layers: Iterable[BindingType]) -> list[Binding]:
    """The bindings of `layers` as Textual merges a class's with its bases': a later layer's
    bindings for a key replace an earlier one's, in the earlier one's place."""
    keys: dict[str, list[Binding]] = {}
    for layer in layers:
        keys.update(BindingsMap(layer).key_to_bindings)
    return [binding for bindings in keys.values() for binding in bindings]


def inherited(cls: type) -> list[Binding]:
    """The bindings `cls` has from its own `BINDINGS` and those of every base (for the App and
    the screen, whose classes keep their bases' bindings)."""
    layers = [vars(base)["BINDINGS"] for base in reversed(cls.__mro__) if "BINDINGS" in vars(base)]
    return merged(*layers)


Section = tuple[str, list[Binding]]


def help_sections(
    app_class: type, screen_class: type, palette: Binding | None
) -> list[list[Section]]:
    """The help's columns of sections: where keys work, and their bindings."""
    everywhere = inherited(app_class) + ([palette] if palette is not None else [])
    return [
        [("Everywhere", everywhere + inherited(screen_class))],
        [
            ("Timeline, Participants, Topics", merged(LINE_LIST, ITEM_LIST)),
            ("Inspector", merged(LINE_LIST, INSPECTOR)),
            ("Filter prompt (/)", merged(FILTER)),
        ],
        [("Article", merged(ARTICLE))],
    ]
