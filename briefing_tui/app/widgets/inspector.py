"""The inspector: everything about the selected item, and its links, each one selectable.

Lines are rebuilt when the selection or the width changes: fields and quotes are wrapped then,
link lines (a topic may link 10,000 events) are only ids until they scroll into view. The cursor
rests on link lines only; Enter on one announces `LinkChosen` and the App follows it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from briefing_tui.app import keys, safe
from briefing_tui.app.view.labels import STATUS_GLYPHS, date_range_long
from briefing_tui.app.view.via import ViaLinks
from briefing_tui.app.widgets.linelist import (
    LineList,
    fit,
    focus_title,
    line_strip,
    scroll_percent,
    set_border_text,
    visual_style,
)
from briefing_tui.app.widgets.link_label import link_label
from briefing_tui.app.widgets.messages import ItemChosen
from briefing_tui.format.model import (
    Briefing,
    Event,
    Item,
    ItemKind,
    Participant,
    Topic,
)

_LABEL_WIDTH = 11
_KIND_ORDER = (ItemKind.SIDE, ItemKind.PARTICIPANT, ItemKind.EVENT, ItemKind.TOPIC)
_KIND_HEADINGS = {
    ItemKind.SIDE: "Side",
    ItemKind.PARTICIPANT: "Participants",
    ItemKind.EVENT: "Events",
    ItemKind.TOPIC: "Topics",
}


class _Link(str):
    """A line standing for a link to the item with this id (rendered when shown)."""

    __slots__ = ()


class _ViaLink(_Link):
    """A line standing for an item linked through an event (shown with the event)."""

    __slots__ = ()


class Inspector(LineList):
    """Fields, evidence and links of the selected item."""

    BINDINGS: ClassVar[list[BindingType]] = keys.INSPECTOR

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "inspector--kind",
        "inspector--title",
        "inspector--label",
        "inspector--heading",
        "inspector--quote",
        "inspector--link",
        "inspector--cursor",
        "inspector--dim",
    }

    class LinkChosen(ItemChosen):
        """The user chose a link: select that item in its own pane and focus it."""

    def __init__(
        self, briefing: Briefing, *, via_links: ViaLinks | None = None, id: str = "inspector"
    ) -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self.via_links = via_links if via_links is not None else ViaLinks(briefing)
        """What is linked to an item through an event (and through which)."""
        self.item_id: str | None = None
        self._lines: list[Content | _Link] = []
        self._built_width = -1
        self._order: dict[str, int] | None = None
        self._cache: dict[tuple[int, bool], Strip] = {}
        self.border_title = "Inspector"

    @property
    def link_ids(self) -> list[str]:
        """The linked ids in the order the inspector lists them."""
        return [str(line) for line in self._lines if isinstance(line, _Link)]

    @property
    def cursor_link(self) -> str | None:
        """The id of the link under the cursor."""
        if 0 <= self.cursor < len(self._lines):
            line = self._lines[self.cursor]
            if isinstance(line, _Link):
                return str(line)
        return None

    @property
    def text(self) -> str:
        """The inspector's text, one line per line (links by label), for tests and captures."""
        return "\n".join(
            self._line_label(line).plain if isinstance(line, _Link) else line.plain
            for line in self._lines
        )

    def show(self, item_id: str | None) -> None:
        """Show `item_id` (or the document when None) from the top."""
        self.item_id = item_id
        width = self.scrollable_content_region.width
        if width > 0:
            self._build(width)
        else:  # not laid out yet: built at its width when first drawn (`content_width_changed`)
            self._built_width = -1
            self._lines = []
        self.cursor = -1
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def select_link(self, item_id: str) -> bool:
        """Put the cursor on the link to `item_id` (for tests and scripted use)."""
        for index, line in enumerate(self._lines):
            if isinstance(line, _Link) and line == item_id:
                self.set_cursor(index, quiet=True)
                return True
        return False

    # LineList.

    def position_text(self) -> Content | None:
        return scroll_percent(self)

    def line_count(self) -> int:
        return len(self._lines)

    def line_selectable(self, line: int) -> bool:
        return 0 <= line < len(self._lines) and isinstance(self._lines[line], _Link)

    def cursor_chosen(self, line: int) -> None:
        link = self.cursor_link
        if link is not None:
            self.post_message(self.LinkChosen(self, link))

    def clear_render_cache(self) -> None:
        self._cache.clear()

    def on_click(self, event: events.Click) -> None:
        """A click on a link follows it (a link is a link: one click)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + round(self.scroll_offset.y)
        if self.line_selectable(line):
            event.stop()
            event.prevent_default()
            self.set_cursor(line, quiet=True)
            self.cursor_chosen(line)

    def on_focus(self, event: events.Focus) -> None:
        set_border_text(self, focus_title(self, Content("Inspector"), True))

    def on_blur(self, event: events.Blur) -> None:
        set_border_text(self, focus_title(self, Content("Inspector"), False))

    def on_resize(self, event: events.Resize) -> None:
        """Rewrap for the new width (`LineList.on_resize` runs next and updates the scroll)."""
        self.content_width_changed(self.scrollable_content_region.width)

    def content_width_changed(self, width: int) -> None:
        if width != self._built_width:
            cursor_link = self.cursor_link
            self._build(width)
            self.cursor = -1
            if cursor_link is not None:
                self.select_link(cursor_link)

    def render_list_line(self, line: int, width: int) -> Strip:
        if width != self._built_width:
            self._build(width)
            if line >= len(self._lines):
                return Strip.blank(width, self.get_visual_style().rich_style)
        cursor = line == self.cursor and self.has_focus
        key = (line, cursor)
        strip = self._cache.get(key)
        if strip is None:
            entry = self._lines[line]
            if isinstance(entry, _Link):
                classes = ("inspector--link", "inspector--cursor") if cursor else ()
                if line == self.cursor and not cursor:
                    classes = ("inspector--link",)
                base = visual_style(self, *classes)
                marker = "› " if line != self.cursor else "▶ "
                if isinstance(entry, _ViaLink):
                    marker = "◇ " if line != self.cursor else "▶ "
                content = Content.assemble("  ", marker, self._line_label(entry))
            else:
                base = self.get_visual_style()
                content = entry
            strip = line_strip(fit(content, width), base, width)
            self._cache[key] = strip
        return strip

    # Building lines.

    def _style(self, name: str) -> Style:
        return visual_style(self, name, partial=True)

    def _build(self, width: int) -> None:
        self._built_width = width
        self._cache.clear()
        lines: list[Content | _Link] = []
        width = max(width, 20)
        item = None if self.item_id is None else self.briefing.items.get(self.item_id)
        if item is None:
            self._build_document(lines, width)
        else:
            self._build_item(item, lines, width)
        self._lines = lines
        self.update_virtual_size()

    def _wrapped(self, content: Content, width: int, indent: int = 0) -> list[Content]:
        if width - indent <= 4:
            return [content]
        pad = Content(" " * indent)
        return [pad + line for line in content.wrap(width - indent)]

    def _field(self, lines: list[Content | _Link], label: str, value: Content, width: int) -> None:
        label_content = Content(label.ljust(_LABEL_WIDTH - 1) + " ").stylize(
            self._style("inspector--label")
        )
        wrapped = value.wrap(max(8, width - _LABEL_WIDTH))
        for index, part in enumerate(wrapped or [Content("")]):
            head = label_content if index == 0 else Content(" " * _LABEL_WIDTH)
            lines.append(head + part)

    def _build_document(self, lines: list[Content | _Link], width: int) -> None:
        document = self.briefing.document
        lines.append(
            Content.assemble(
                ("DOCUMENT", self._style("inspector--kind")),
                (" · d: back to the item", self._style("inspector--dim")),
            )
        )
        lines.extend(
            self._wrapped(safe.literal(document.title, self._style("inspector--title")), width)
        )
        lines.append(Content(""))
        dateline = document.published.strftime("%a %Y-%m-%d")
        self._field(lines, "Dateline", Content(dateline), width)
        self._field(lines, "Place", safe.literal(document.place), width)
        if document.source:
            self._field(lines, "Source", safe.literal(document.source), width)
        if document.summary:
            lines.append(Content(""))
            lines.append(Content("Summary").stylize(self._style("inspector--heading")))
            lines.extend(self._wrapped(safe.literal(document.summary), width, indent=2))

    def _build_item(self, item: Item, lines: list[Content | _Link], width: int) -> None:
        kind = item.item_kind
        lines.append(
            Content.assemble(
                (kind.value.upper(), self._style("inspector--kind")),
                (" · ", self._style("inspector--dim")),
                safe.literal(item.id, self._style("inspector--dim")),
            )
        )
        lines.extend(
            self._wrapped(safe.literal(item.label, self._style("inspector--title")), width)
        )
        field = self._field
        if isinstance(item, Event):
            when = item.when
            field(lines, "When", safe.literal(when.text), width)
            dates = date_range_long(when)
            if when.date is not None and (when.mod or when.date != dates):
                written = when.date + (f" ({when.mod.value})" if when.mod else "")
                dates_content = Content.assemble(
                    dates, (" · ", ""), safe.literal(written, self._style("inspector--dim"))
                )
            else:
                dates_content = Content(dates)
            field(lines, "Dates", dates_content, width)
            field(
                lines, "Status", Content(f"{STATUS_GLYPHS[item.status]} {item.status.value}"), width
            )
            field(lines, "Certainty", Content(item.certainty.value), width)
            if item.place:
                field(lines, "Place", safe.literal(item.place), width)
        elif isinstance(item, Participant):
            field(lines, "Kind", Content(item.kind.value), width)
            if item.roles:
                for index, role in enumerate(item.roles):
                    field(lines, "Roles" if index == 0 else "", safe.literal(role), width)
            if item.side is not None:
                field(lines, "Side", self._name_of(item.side), width)
            if item.org is not None:
                field(lines, "Org", self._name_of(item.org), width)
            if item.aliases:
                field(lines, "Aliases", safe.literal(", ".join(item.aliases)), width)
        elif isinstance(item, Topic):
            field(lines, "Certainty", Content(item.certainty.value), width)
            if item.parent is not None:
                field(lines, "Parent", self._name_of(item.parent), width)
            if item.aliases:
                field(lines, "Aliases", safe.literal(", ".join(item.aliases)), width)
        self._build_evidence(item, lines, width)
        self._build_links(item, lines)

    def _name_of(self, item_id: str) -> Content:
        other = self.briefing.items.get(item_id)
        return safe.literal(item_id if other is None else other.label)

    def _build_evidence(self, item: Item, lines: list[Content | _Link], width: int) -> None:
        if not item.evidence:
            return
        lines.append(Content(""))
        heading = self._style("inspector--heading")
        lines.append(Content(f"Evidence ({len(item.evidence)})").stylize(heading))
        quote_style = self._style("inspector--quote")
        for quote in item.evidence:
            text = Content.assemble("“", safe.literal(quote.exact), "”").stylize(quote_style)
            lines.extend(self._wrapped(text, width, indent=2))

    def _build_links(self, item: Item, lines: list[Content | _Link]) -> None:
        linked = self.briefing.links.linked(item.id)
        if not linked:
            return
        items = self.briefing.items
        groups: dict[ItemKind, list[str]] = {}
        for link in linked:
            other = items.get(link)
            if other is not None:
                groups.setdefault(other.item_kind, []).append(link)
        heading = self._style("inspector--heading")
        order = self._file_order()
        for kind in _KIND_ORDER:
            ids = groups.get(kind)
            if not ids:
                continue
            if kind == ItemKind.EVENT:  # in timeline order, as the timeline pane lists them
                timeline = self.via_links.event_order()
                ids.sort(key=lambda i: (timeline.get(i, len(timeline)), order.get(i, 0)))
            else:
                ids.sort(key=lambda i: order.get(i, 0))
            title = _KIND_HEADINGS[kind]
            if kind == ItemKind.TOPIC and isinstance(item, Topic):
                title = "Topics (parent and subtopics)"
            lines.append(Content(""))
            lines.append(Content(f"{title} ({len(ids)})").stylize(heading))
            lines.extend(_Link(i) for i in ids)
        self._build_via(item, lines)

    def _build_via(self, item: Item, lines: list[Content | _Link]) -> None:
        via = self.via_links.via(item.id)
        if not via:
            return
        order = self._file_order()
        title = "Topics" if isinstance(item, Participant) else "Participants"
        heading = self._style("inspector--heading")
        lines.append(Content(""))
        lines.append(Content(f"{title} via events ({len(via)})").stylize(heading))
        lines.extend(_ViaLink(i) for i in sorted(via, key=lambda i: order.get(i, 0)))

    def _file_order(self) -> dict[str, int]:
        if self._order is None:
            self._order = {item_id: index for index, item_id in enumerate(self.briefing.items)}
        return self._order

    def _line_label(self, line: _Link) -> Content:
        """A link's label; for a link through events, "via" the first event (and how many)."""
        label = self._link_label(str(line))
        if not isinstance(line, _ViaLink) or self.item_id is None:
            return label
        events = self.via_links.via(self.item_id).get(str(line), ())
        if not events:
            return label
        first = self.briefing.items.get(events[0])
        name = safe.literal(events[0] if first is None else first.label)
        more = f" +{len(events) - 1}" if len(events) > 1 else ""
        dim = self._style("inspector--dim")
        return Content.assemble(label, (" · via ", dim), name, (more, dim))

    def _link_label(self, item_id: str) -> Content:
        return link_label(self.briefing, item_id, self._style("inspector--dim"))
