"""Entities across the library and the dossier of the one chosen.

Left, every participant merged by id (most often in the news first). Right, its dossier: how each
briefing gives it (name, side, roles, aliases), then every event and topic linked to it across
the library by date, each with its quote and its article. Enter on a dossier row opens that
article in the reader at that quote.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.app.safe import assemble, literal
from briefing_tui.app.widgets.library_list import RowList
from briefing_tui.app.widgets.library_rows import OpenBriefing, entity_prompt, linked_prompt
from briefing_tui.library.index import Library
from briefing_tui.library.records import Appearance, Entity, Linked


def appearance_prompt(appearance: Appearance) -> Content:
    """How one briefing gives the entity, on one line."""
    facts = [appearance.name]
    if appearance.side:
        facts.append(f"side {appearance.side}")
    if appearance.roles:
        facts.append("; ".join(appearance.roles))
    if appearance.aliases:
        facts.append("aka " + ", ".join(appearance.aliases))
    return assemble(
        (f"{appearance.published}  ", "dim"),
        (" · ".join(" ".join(fact.split()) for fact in facts), ""),
    )


class DossierView(Horizontal):
    """The entities (left) and the highlighted entity's dossier (right)."""

    DEFAULT_CSS = """
    DossierView { height: 1fr; }
    DossierView > #entity-list { width: 2fr; height: 1fr; border: round $primary-muted; }
    DossierView > #dossier { width: 3fr; height: 1fr; border: round $primary-muted; }
    DossierView > OptionList:focus, DossierView > RowList:focus { border: round $primary; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,l", "focus_dossier", "Dossier", show=False),
        Binding("left,h", "focus_entities", "Entities", show=False),
    ]

    def __init__(self, library: Library, *, id: str = "entities") -> None:
        super().__init__(id=id)
        self.library = library
        self.entities: list[Entity] = []
        self.rows: list[Linked] = []
        self._shown: str | None = None

    def compose(self) -> ComposeResult:
        entities: RowList[Entity] = RowList(entity_prompt, id="entity-list")
        entities.border_title = "Entities"
        yield entities
        dossier = OptionList(id="dossier")
        dossier.border_title = "Dossier"
        yield dossier

    @property
    def entity_list(self) -> RowList[Entity]:
        return self.query_one("#entity-list", RowList)

    @property
    def dossier_list(self) -> OptionList:
        return self.query_one("#dossier", OptionList)

    @property
    def current_entity(self) -> Entity | None:
        return self.entity_list.current

    def reload(self) -> None:
        """Read the entities again from the index, keeping the cursor on the same one."""
        current = self.current_entity
        self.entities = self.library.entities()
        entity_list = self.entity_list
        entity_list.border_title = f"Entities · {len(self.entities)}"
        ids = [entity.item_id for entity in self.entities]
        keep = current is not None and current.item_id in ids
        entity_list.set_rows(self.entities, ids.index(current.item_id) if keep else 0)
        self._shown = None
        self.show_dossier(self.current_entity)

    def show_dossier(self, entity: Entity | None) -> None:
        """Fill the dossier pane with `entity`'s appearances and linked events and topics."""
        item_id = None if entity is None else entity.item_id
        if item_id == self._shown:
            return
        self._shown = item_id
        options: list[Option | None] = []
        self.rows = []
        if item_id is not None:
            for appearance in self.library.appearances(item_id):
                options.append(Option(appearance_prompt(appearance), disabled=True))
            options.append(None)
            self.rows = self.library.dossier(item_id)
            for index, row in enumerate(self.rows):
                options.append(Option(linked_prompt(row), id=str(index)))
        dossier = self.dossier_list
        dossier.clear_options()
        dossier.add_options(options)
        # Separators (None) are not options: count only real ones.
        real = [option for option in options if option is not None]
        first = next((index for index, option in enumerate(real) if not option.disabled), None)
        dossier.highlighted = first
        name = "" if entity is None else f" · {' '.join(entity.name.split())}"
        dossier.border_title = literal(f"Dossier{name} · {len(self.rows)} linked")

    @on(RowList.Highlighted, "#entity-list")
    def _entity_highlighted(self, message: RowList.Highlighted) -> None:
        self.show_dossier(self.current_entity)

    @on(RowList.Chosen, "#entity-list")
    def _entity_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        self.dossier_list.focus()

    @on(OptionList.OptionSelected, "#dossier")
    def _row_chosen(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        index = int(message.option.id or 0)
        if index < len(self.rows):
            row = self.rows[index]
            self.post_message(OpenBriefing(row.path, row.item_id, row.quote_start))

    def action_focus_dossier(self) -> None:
        self.dossier_list.focus()

    def action_focus_entities(self) -> None:
        self.entity_list.focus()
