"""Building the frozen model from checked values, and the checks that need every item.

`ModelBuilder` extends the spec-driven `Checks` with one builder per record (a record's checked
values -> its model object), the article (read from `text_file` or given inline, indexed for the
evidence quotes as soon as the document is met) and, once every item is known, the checks across
items: every reference names an item of the right kind, and topic parents form no cycle.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from briefing_tui.format import spec
from briefing_tui.format.checks import Checks
from briefing_tui.format.dates import DateError
from briefing_tui.format.dates import resolve as resolve_dates
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.files import char_position, decode, read_file
from briefing_tui.format.links import build_links
from briefing_tui.format.model import (
    Briefing,
    Document,
    Event,
    Item,
    ItemKind,
    Participant,
    Side,
    Topic,
    When,
)
from briefing_tui.format.nodes import Limits, Mapping, Node, Scalar, Sequence
from briefing_tui.format.quotes import ArticleIndex
from briefing_tui.format.report import INVALID, TooMany, controls_message, did_you_mean, show
from briefing_tui.format.text import find_controls, visible

__all__ = ["TOP_ORDER", "ModelBuilder"]

TOP_ORDER = ("briefing", "document", "sides", "participants", "topics", "events")
"""The order the top level is walked in, whatever order the file uses: the document first, so
the article is there when the first evidence quote is met; topics before events."""
_HINTS = 200
"""Did-you-mean searches over ids per load, so a file of many bad references stays quick."""
_HINT_CANDIDATES = 20_000
_SHOWN_PATH = 300
_DOCUMENT_TYPE = spec.RecordOf(spec.DOCUMENT)
_LIST_ITEMS: dict[str, spec.FieldType] = {
    field.name: field.type.item
    for field in spec.BRIEFING.fields
    if isinstance(field.type, spec.ListOf) and not field.type.unique
}
"""The top-level lists (sides, participants, events, topics) and the type of their entries (a
list whose entries must be unique would report a repeat at the entry: it is not streamed)."""


class ModelBuilder(Checks):
    """One load's checks and the model they build, for the briefing file at `path`."""

    def __init__(self, path: Path, label: str, limits: Limits) -> None:
        super().__init__(label, limits)
        self.path = path
        self.items: dict[str, Item] = {}
        self.parent_nodes: dict[str, Scalar] = {}
        self.article_text: str | None = None
        self.hints_left = _HINTS
        self.document_checked = False
        self.whens: dict[tuple[str, str | None, Any], When] = {}
        """Equal dates are one `When` (a long timeline repeats its dates and their wording)."""
        self.places: dict[str, str] = {}
        """Equal places are one string."""
        self.too_many = False
        """Set when `stream` met `TooMany`: the loader stops once the file is read."""
        self.builders: dict[str, Callable[[dict[str, Any], Mapping], Any]] = {
            spec.DOCUMENT.name: self._build_document,
            spec.SIDE.name: self._build_side,
            spec.PARTICIPANT.name: self._build_participant,
            spec.EVENT.name: self._build_event,
            spec.WHEN.name: self._build_when,
            spec.TOPIC.name: self._build_topic,
        }

    def briefing(self, root: Mapping) -> Briefing | None:
        """The briefing of the file's top level; None when anything was reported."""
        values, valid, _ = self.record(root, spec.BRIEFING, "the top level", order=TOP_ORDER)
        self.article = None  # every quote is resolved: its index is not needed any more
        self._check_refs()
        self._check_topic_cycles()
        if not valid or self.errors:
            return None
        sides = values.get("sides", ())
        participants = values.get("participants", ())
        events = values.get("events", ())
        topics = values.get("topics", ())
        items: dict[str, Item] = {}
        for group in (sides, participants, events, topics):
            for item in group:
                items[item.id] = item
        return Briefing(
            document=values["document"],
            sides=sides,
            participants=participants,
            events=events,
            topics=topics,
            links=build_links(sides, participants, events, topics),
            path=self.path,
            items=MappingProxyType(items),
            warnings=tuple(self.sorted_problems()),
        )

    def stream(self, name: str, node: Mapping | Sequence, entry: bool) -> object:
        """Checks the document, and each entry of the top-level lists, while the file is read.

        Given to `yamlreader.parse`: an entry checked as soon as it is complete leaves behind only
        its model object (or `INVALID`), not the hundreds of thousands of nodes a long list has.
        Entries met before the document (whose article their quotes need) are left to the check
        of the whole file, as are keys the file misspells.
        """
        if self.too_many:
            return node
        if entry:
            item_type = _LIST_ITEMS.get(name)
            if item_type is None or not self.document_checked:
                return node
        elif name == "document":
            item_type = _DOCUMENT_TYPE
            self.document_checked = True
        else:
            return node
        try:
            return self.check(node, item_type, name)
        except TooMany:
            self.too_many = True
            return node

    def build(
        self,
        record: spec.Record,
        values: dict[str, Any],
        valid: bool,
        node: Mapping,
        items: dict[str, tuple[Scalar, Node]],
    ) -> Any:
        if record is spec.DOCUMENT:
            self._prepare_article(values, items)
        if not valid:
            return INVALID
        return self.builders[record.name](values, node)

    # -- the article -----------------------------------------------------------------------------

    def _prepare_article(
        self, values: dict[str, Any], items: dict[str, tuple[Scalar, Node]]
    ) -> None:
        """Reads the article even when other document fields failed, so quotes still get checked."""
        if "text_file" in values and "text" not in items:
            text_node = items["text_file"][1]
            text = self._read_article(values["text_file"], text_node)  # type: ignore[arg-type]
        elif "text" in values and "text_file" not in items:
            text = values["text"]
        else:
            return
        if text is not INVALID:
            self.article_text = text
            self.article = ArticleIndex(text)

    def _read_article(self, relative: str, node: Scalar) -> Any:
        if Path(relative).is_absolute() or relative.startswith("~"):
            self.error(
                node,
                f'"text_file" must be a path relative to the briefing file, not {show(relative)}',
            )
            return INVALID
        label = os.path.join(os.path.dirname(self.label), relative)
        try:
            text = decode(
                read_file(self.path.parent / relative, label, self.limits.max_file_bytes), label
            )
        except BriefingError as error:
            for problem in error.problems:
                if problem.line is None:  # the file itself: reported at `text_file`
                    shown = show(label, _SHOWN_PATH)
                    self.error(node, f"article file {shown}: {problem.message}", problem.hint)
                else:  # a bad byte: at its own position in the article
                    self.add_errors([problem])
            return INVALID
        if not text.strip():
            self.error(node, f"the article file {show(label, _SHOWN_PATH)} is empty")
            return INVALID
        found = list(find_controls(text, multiline=True))
        if found:
            line, column = char_position(text, found[0][0])
            self.warn(controls_message("the article", text, found), line, column, label)
        return text

    # -- builders, one per record ----------------------------------------------------------------

    def _build_document(self, values: dict[str, Any], node: Mapping) -> Any:
        text = self.article_text
        if text is None:
            return INVALID
        return Document(
            title=values["title"],
            published=values["published"],
            place=values["place"],
            text=text,
            source=values.get("source"),
            summary=values.get("summary"),
            text_file=values.get("text_file"),
        )

    def _build_side(self, values: dict[str, Any], node: Mapping) -> Any:
        side = Side(id=values["id"], name=values["name"], evidence=values.get("evidence", ()))
        self.items.setdefault(side.id, side)
        return side

    def _build_participant(self, values: dict[str, Any], node: Mapping) -> Any:
        item_id = values["id"]
        org = values.get("org")
        if org is not None and org == item_id:
            self.error(node.items["org"][1], f'{show(org)} cannot be its own "org"')
            return INVALID
        participant = Participant(
            id=item_id,
            name=values["name"],
            kind=values["kind"],
            evidence=values["evidence"],
            side=values.get("side"),
            roles=values.get("roles", ()),
            org=org,
            aliases=values.get("aliases", ()),
        )
        self.items.setdefault(item_id, participant)
        return participant

    def _build_event(self, values: dict[str, Any], node: Mapping) -> Any:
        event = Event(
            id=values["id"],
            title=values["title"],
            when=values["when"],
            status=values["status"],
            certainty=values["certainty"],
            evidence=values["evidence"],
            participants=values.get("participants", ()),
            topics=values.get("topics", ()),
            place=self._place(values.get("place")),
        )
        self.items.setdefault(event.id, event)
        return event

    def _place(self, place: str | None) -> str | None:
        return place if place is None else self.places.setdefault(place, place)

    def _build_when(self, values: dict[str, Any], node: Mapping) -> Any:
        key = (values["text"], values.get("date"), values.get("mod"))
        when = self.whens.get(key)
        if when is None:
            when = self._new_when(values, node)
            if when is not INVALID:
                self.whens[key] = when
        return when

    def _new_when(self, values: dict[str, Any], node: Mapping) -> Any:
        date = values.get("date")
        mod = values.get("mod")
        if date is None:
            if mod is not None:
                self.error(
                    node.items["mod"][1],
                    '"mod" qualifies a "date", but this "when" has none',
                    'add a "date" or remove "mod"',
                )
                return INVALID
            return When(text=values["text"])
        try:
            earliest, latest = resolve_dates(date, mod)
        except DateError as error:
            self.error(node.items["date"][1], visible(str(error)))
            return INVALID
        return When(text=values["text"], date=date, mod=mod, earliest=earliest, latest=latest)

    def _build_topic(self, values: dict[str, Any], node: Mapping) -> Any:
        topic = Topic(
            id=values["id"],
            title=values["title"],
            certainty=values["certainty"],
            evidence=values["evidence"],
            parent=values.get("parent"),
            aliases=values.get("aliases", ()),
        )
        if topic.parent is not None:
            self.parent_nodes[topic.id] = node.items["parent"][1]  # type: ignore[assignment]
        self.items.setdefault(topic.id, topic)
        return topic

    # -- checks across items ---------------------------------------------------------------------

    def _ref(self, node: Scalar, ftype: spec.Ref, name: str) -> Any:
        """A reference to an item already built is settled at once, and shares its id string;
        any other waits for `_check_refs`, when every item is known."""
        target = self.items.get(node.value)
        if (
            target is not None
            and target.item_kind is ftype.kind
            and (not ftype.participant_kinds or target.kind in ftype.participant_kinds)  # type: ignore[union-attr]
        ):
            return target.id
        return super()._ref(node, ftype, name)

    def _check_refs(self) -> None:
        items = self.items
        for node, ref, name in self.refs:
            value = node.value
            target = items.get(value)
            kind = self.id_kinds.get(value)
            if kind is not None and kind is not ref.kind:
                self.error(
                    node,
                    f'"{name}" needs the id of {spec.indefinite(ref.kind)}, but {show(value)} is '
                    f"{spec.indefinite(kind)}",
                    self._id_hint(value, ref.kind),
                )
            elif target is None:
                if value in self.id_nodes:
                    continue
                self.error(
                    node,
                    f'"{name}" names {show(value)}, but there is no {ref.kind} with that id',
                    self._id_hint(value, ref.kind),
                )
            elif ref.participant_kinds and target.kind not in ref.participant_kinds:  # type: ignore[union-attr]
                wanted = " or ".join(str(kind) for kind in ref.participant_kinds)
                self.error(
                    node,
                    f'"{name}" needs {spec.indefinite(wanted)}, but {show(value)} is '
                    f"{spec.indefinite(target.kind)}",  # type: ignore[union-attr]
                )

    def _id_hint(self, value: str, kind: ItemKind) -> str | None:
        if self.hints_left <= 0:
            return None
        self.hints_left -= 1
        candidates = [item_id for item_id, known in self.id_kinds.items() if known is kind]
        if not candidates:
            return f"the briefing has no {kind}s"
        if len(candidates) > _HINT_CANDIDATES:
            return None
        return did_you_mean(value, candidates)

    def _check_topic_cycles(self) -> None:
        """Reports each cycle of topic parents once, at the first topic of it in the file."""
        parents = {
            item_id: item.parent
            for item_id, item in self.items.items()
            if isinstance(item, Topic) and item.parent is not None
        }
        done: set[str] = set()
        for start in parents:
            path: list[str] = []
            on_path: set[str] = set()
            current: str | None = start
            while current is not None and current not in done and current not in on_path:
                path.append(current)
                on_path.add(current)
                current = parents.get(current)
            if current is not None and current in on_path:
                cycle = path[path.index(current) :]
                first = min(cycle, key=lambda topic: self.parent_nodes[topic].line)
                shown = " -> ".join(show(topic) for topic in [*cycle, cycle[0]])
                self.error(
                    self.parent_nodes[first],
                    f"topic parents form a cycle: {shown}",
                    "topics form a tree: one topic in the cycle must have no parent",
                )
            done.update(path)
