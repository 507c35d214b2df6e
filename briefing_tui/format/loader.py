"""Loading a briefing: file -> strict YAML nodes -> checks against the spec -> the frozen model.

`load` reads the file with `yamlreader` (strict YAML, limits, positions), walks the nodes against
the records declared in `spec` and builds the model on the way. It does not stop at the first
problem: every problem found is collected, with its position and, where one helps, a hint (a
did-you-mean for misspelt keys, values and ids), and raised together as one `BriefingError`.
Control characters in text are not errors: they come back as warnings in `Briefing.warnings`.

The top level is walked in a fixed order (document first, so the article is there when the first
evidence quote is met; topics before events) whatever order the file uses. References are checked
once every item is known.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from briefing_tui.format import spec
from briefing_tui.format.dates import DateError
from briefing_tui.format.dates import resolve as resolve_dates
from briefing_tui.format.errors import BriefingError, Problem, Severity
from briefing_tui.format.links import build_links
from briefing_tui.format.model import (
    Briefing,
    Document,
    Event,
    Item,
    ItemKind,
    Participant,
    Quote,
    Side,
    Topic,
    When,
)
from briefing_tui.format.quotes import ArticleIndex, QuoteError
from briefing_tui.format.seed import SEED_NAME, seed_path
from briefing_tui.format.text import SHOWN, find_controls, shorten, visible
from briefing_tui.format.yamlreader import (
    DEFAULT_LIMITS,
    Alias,
    Limits,
    Mapping,
    Node,
    Scalar,
    Sequence,
    decode,
    parse,
    read_file,
)

__all__ = ["SEED_NAME", "load", "seed_path"]

_ARTICLE_PATH = ("document", "text")
_TOP_ORDER = ("briefing", "document", "sides", "participants", "topics", "events")
"""The order the top level is walked in (see the module docstring)."""

_ID = re.compile(spec.ID_PATTERN)
_ISO_DATE = re.compile(spec.ISO_DATE_PATTERN)
_INTEGER = re.compile(r"[-+]?[0-9]+")
_HINTS = 200
"""Did-you-mean searches over ids per load, so a file of many bad references stays quick."""
_HINT_CANDIDATES = 20_000
_SHOWN_PATH = 300
_NO_PROBLEMS: tuple[Problem, ...] = ()


class _Invalid:
    """The value of anything that failed its checks (already reported)."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()


class _TooMany(Exception):
    """Raised to stop once `Limits.max_problems` errors are collected."""


def load(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Briefing:
    """The briefing in the file at `path`, checked completely.

    Raises `BriefingError` (and nothing else, whatever the bytes) listing every problem found;
    warnings (control characters in text) are in `Briefing.warnings` of a file that loads, and
    among the problems of one that does not.
    """
    label = os.fsdecode(path)
    try:
        return _Loader(Path(label), label, limits).load()
    except BriefingError:
        raise
    except Exception as error:
        raise BriefingError(
            [
                Problem(
                    label,
                    f"internal error while loading: {type(error).__name__}: "
                    f"{visible(str(error))[:200]}",
                    hint="this is a bug in briefing-tui; please report it",
                )
            ]
        ) from error


def _show(value: str, limit: int = SHOWN) -> str:
    """A value from the file, shortened and made safe to print, in double quotes."""
    return f'"{visible(shorten(value, limit))}"'


def _did_you_mean(value: str, choices: list[str] | tuple[str, ...]) -> str | None:
    import difflib  # only a file with a mistake needs it

    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"did you mean {_show(close[0])}?" if close else None


_MEMBERS: dict[type, dict[str, Any]] = {}


def _members(choice: spec.Choice) -> dict[str, Any]:
    members = _MEMBERS.get(choice.values)
    if members is None:
        members = {member.value: member for member in choice.values}
        _MEMBERS[choice.values] = members
    return members


_FIELDS: dict[str, dict[str, spec.Field]] = {
    record.name: {field.name: field for field in record.fields} for record in spec.RECORDS
}


_REQUIRED: dict[str, frozenset[str]] = {
    record.name: frozenset(field.name for field in record.fields if field.required)
    for record in spec.RECORDS
}
_QUOTE_TEXT = spec.Text(multiline=True)


class _Loader:
    """One load: the problems found so far, the ids declared and the references to check."""

    def __init__(self, path: Path, label: str, limits: Limits) -> None:
        self.path = path
        self.label = label
        self.limits = limits
        self.problems: list[Problem] = []
        self.errors = 0
        self.warnings = 0
        self.id_nodes: dict[str, Scalar] = {}
        self.items: dict[str, Item] = {}
        self.refs: list[tuple[Scalar, spec.Ref, str]] = []
        self.parent_nodes: dict[str, Scalar] = {}
        self.article: ArticleIndex | None = None
        self.article_text: str | None = None
        self.id_kinds: dict[str, ItemKind] = {}
        self.hints_left = _HINTS
        self.checks: dict[type, Callable[[Node, Any, str], Any]] = {
            spec.Text: self._text,
            spec.Integer: self._integer,
            spec.IsoDate: self._iso_date,
            spec.EdtfDate: self._edtf,
            spec.Choice: self._choice,
            spec.Id: self._id,
            spec.Ref: self._ref,
            spec.ListOf: self._list,
            spec.RecordOf: self._record_of,
            spec.QuoteOf: self._quote,
        }
        self.builders: dict[str, Callable[[dict[str, Any], Mapping], Any]] = {
            spec.DOCUMENT.name: self._build_document,
            spec.SIDE.name: self._build_side,
            spec.PARTICIPANT.name: self._build_participant,
            spec.EVENT.name: self._build_event,
            spec.WHEN.name: self._build_when,
            spec.TOPIC.name: self._build_topic,
        }

    # -- reporting -------------------------------------------------------------------------------

    def error(
        self,
        node: Node | None,
        message: str,
        hint: str | None = None,
        path: str | None = None,
    ) -> None:
        line, column = (node.line, node.column) if node is not None else (None, None)
        self.problems.append(Problem(path or self.label, message, line, column, hint))
        self.errors += 1
        if self.errors >= self.limits.max_problems:
            raise _TooMany

    def warn(
        self, message: str, line: int | None, column: int | None, path: str | None = None
    ) -> None:
        self.warnings += 1
        if self.warnings <= self.limits.max_problems:
            self.problems.append(
                Problem(path or self.label, message, line, column, None, Severity.WARNING)
            )

    def _wrong(self, node: Node, expected: str, name: str) -> Any:
        if node.__class__ is not Alias:
            found = node.describe
            if node.__class__ is Scalar and not node.value and node.plain:
                found = "nothing"
                hint = "give a value, or remove the key"
            else:
                hint = None
            self.error(node, f'"{name}" must be {expected}, not {found}', hint)
        return INVALID

    def _controls(self, value: str, node: Scalar, name: str, multiline: bool) -> None:
        found = list(find_controls(value, multiline=multiline))
        if found:
            self.warn(_controls_message(name, value, found), node.line, node.column)

    # -- the walk --------------------------------------------------------------------------------

    def load(self) -> Briefing:
        try:
            briefing = self._load()
        except _TooMany:
            self.problems.append(
                Problem(self.label, f"too many problems; stopped after {self.errors} errors")
            )
            briefing = None
        if briefing is None or self.errors:
            raise BriefingError(self._sorted())
        return briefing

    def _sorted(self) -> list[Problem]:
        label = self.label
        dropped = self.warnings - self.limits.max_problems
        if dropped > 0:
            self.warnings = self.limits.max_problems
            self.problems.append(
                Problem(label, f"{dropped} more warnings not shown", severity=Severity.WARNING)
            )
        return sorted(
            self.problems,
            key=lambda p: (p.path != label, p.path, p.line or 0, p.column or 0),
        )

    def _load(self) -> Briefing | None:
        data = read_file(self.path, self.label, self.limits.max_file_bytes)
        text = decode(data, self.label)
        del data
        try:
            parsed = parse(text, self.label, self.limits, (_ARTICLE_PATH,))
        except BriefingError as error:
            self.problems.extend(error.problems)
            self.errors += len(error.problems)
            return None
        del text
        self.problems.extend(parsed.problems)
        self.errors += len(parsed.problems)
        root = parsed.root
        if root is None or (root.__class__ is Scalar and not root.value and root.plain):
            self.problems.append(
                Problem(
                    self.label,
                    "the file is empty",
                    1,
                    1,
                    "a briefing starts with `briefing: 1` and a `document`",
                )
            )
            self.errors += 1
            return None
        if root.__class__ is not Mapping:
            self._wrong(root, "a mapping (briefing: 1, document: ...)", "the top level")
            return None
        return self._briefing(root)

    def _briefing(self, root: Mapping) -> Briefing | None:
        values, valid, _ = self._record(root, spec.BRIEFING, "the top level", order=_TOP_ORDER)
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
        warnings = tuple(self._sorted())
        return Briefing(
            document=values["document"],
            sides=sides,
            participants=participants,
            events=events,
            topics=topics,
            links=build_links(sides, participants, events, topics),
            path=self.path,
            items=MappingProxyType(items),
            warnings=warnings,
        )

    def _record(
        self,
        node: Node,
        record: spec.Record,
        name: str,
        order: tuple[str, ...] | None = None,
    ) -> tuple[dict[str, Any], bool, dict[str, tuple[Scalar, Node]]]:
        """The checked values of a record's keys, whether all passed, and the keys as understood.

        "As understood" means a misspelt key appears under the name it most likely means.
        """
        if node.__class__ is not Mapping:
            self._wrong(node, f"a mapping ({spec.indefinite(record.name)})", name)
            return {}, False, {}
        items = node.items  # type: ignore[union-attr]
        fields = _FIELDS[record.name]
        values: dict[str, Any] = {}
        valid = True
        if not items.keys() <= fields.keys():
            items = self._recover_keys(items, record)
            valid = False
        pairs = items.items() if order is None else [(k, items[k]) for k in order if k in items]
        checks = self.checks
        for key, (_, value_node) in pairs:
            ftype = fields[key].type
            value = checks[ftype.__class__](value_node, ftype, key)
            if value is INVALID:
                valid = False
            else:
                values[key] = value
        if record.exactly_one_of or not _REQUIRED[record.name].issubset(items):
            valid = self._presence(node, record, items) and valid  # type: ignore[arg-type]
        if record.item_kind is not None and "id" in values:
            self.id_kinds[values["id"]] = record.item_kind
        return values, valid, items

    def _presence(self, node: Mapping, record: spec.Record, items: dict[str, Any]) -> bool:
        """Reports missing required keys and a broken exactly-one-of; True when all is well."""
        valid = True
        for field in record.fields:
            if field.required and field.name not in items:
                self.error(
                    node,
                    f'missing "{field.name}" {_where(record)}',
                    field.description,
                )
                valid = False
        group = record.exactly_one_of
        if group:
            present = [name for name in group if name in items]
            choices = " or ".join(f'"{name}"' for name in group)
            if not present:
                self.error(node, f"the {record.name} needs {choices}")
                valid = False
            elif len(present) > 1:
                second = items[present[1]][0]
                self.error(second, f"give only one of {choices}, not both")
                valid = False
        return valid

    def _recover_keys(
        self, items: dict[str, tuple[Scalar, Node]], record: spec.Record
    ) -> dict[str, tuple[Scalar, Node]]:
        """Reports unknown keys; a misspelt one is checked as the key it most likely means.

        So `participant:` (for `participants:`) is reported once, and its participants are
        still checked and can be referred to, instead of every reference to them failing too.
        """
        fields = _FIELDS[record.name]
        names = [field.name for field in record.fields]
        recovered: dict[str, tuple[Scalar, Node]] = {}
        for key, pair in items.items():
            if key in fields:
                recovered[key] = pair
                continue
            import difflib

            close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
            hint = f"did you mean {_show(close[0])}?" if close else None
            self.error(
                pair[0],
                f"unknown key {_show(key)} {_where(record)}",
                hint or "expected one of: " + ", ".join(names),
            )
            if close and close[0] not in items and close[0] not in recovered:
                recovered[close[0]] = pair
        return recovered

    # -- value checks, one per spec type ----------------------------------------------------------

    def _text(self, node: Node, ftype: spec.Text, name: str) -> Any:
        if node.__class__ is not Scalar:
            return self._wrong(node, "a string", name)
        value = node.value  # type: ignore[union-attr]
        if not value or value.isspace():
            if not value and node.plain:  # type: ignore[union-attr]
                return self._wrong(node, "a string", name)
            self.error(node, f'"{name}" is blank')
            return INVALID
        if not value.isprintable():
            self._controls(value, node, name, ftype.multiline)  # type: ignore[arg-type]
        return value

    def _integer(self, node: Node, ftype: spec.Integer, name: str) -> Any:
        if node.__class__ is not Scalar:
            return self._wrong(node, "an integer", name)
        value = node.value  # type: ignore[union-attr]
        if _INTEGER.fullmatch(value) is None:
            self.error(node, f'"{name}" must be an integer, not {_show(value)}')
            return INVALID
        if not node.plain:  # type: ignore[union-attr]
            self.error(
                node,
                f'"{name}" must be an integer, not a quoted string',
                f"write {name}: {value} without quotes",
            )
            return INVALID
        number = int(value)
        if ftype.const is not None and number != ftype.const:
            self.error(
                node,
                f'unsupported "{name}" {number}; this reader reads {ftype.const}',
                f"write {name}: {ftype.const}",
            )
            return INVALID
        return number

    def _iso_date(self, node: Node, ftype: spec.IsoDate, name: str) -> Any:
        if node.__class__ is not Scalar:
            return self._wrong(node, "a date (YYYY-MM-DD)", name)
        value = node.value  # type: ignore[union-attr]
        if _ISO_DATE.fullmatch(value) is None:
            self.error(node, f'"{name}" must be a date written YYYY-MM-DD, not {_show(value)}')
            return INVALID
        try:
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            self.error(node, f'"{name}" {_show(value)} is not a real day')
            return INVALID

    def _edtf(self, node: Node, ftype: spec.EdtfDate, name: str) -> Any:
        if node.__class__ is not Scalar or not node.value:  # type: ignore[union-attr]
            return self._wrong(node, "a date", name)
        return node.value  # type: ignore[union-attr]

    def _choice(self, node: Node, ftype: spec.Choice, name: str) -> Any:
        members = _members(ftype)
        if node.__class__ is not Scalar:
            return self._wrong(node, "one of " + ", ".join(members), name)
        member = members.get(node.value)  # type: ignore[union-attr]
        if member is None:
            value = node.value  # type: ignore[union-attr]
            choices = list(members)
            hint = _did_you_mean(value, choices) or "one of: " + ", ".join(choices)
            self.error(node, f'unknown "{name}" {_show(value)}', hint)
            return INVALID
        return member

    def _id(self, node: Node, ftype: spec.Id, name: str) -> Any:
        if node.__class__ is not Scalar:
            return self._wrong(node, "an id", name)
        value = node.value  # type: ignore[union-attr]
        if _ID.fullmatch(value) is None:
            suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
            hint = "ids use a-z, 0-9 and '-', starting with a letter or digit"
            if suggestion:
                hint += f", such as {_show(suggestion)}"
            self.error(node, f"invalid id {_show(value)}", hint)
            return INVALID
        first = self.id_nodes.get(value)
        if first is not None:
            earlier, later = sorted((first, node), key=lambda n: (n.line, n.column))
            self.error(
                later,
                f"duplicate id {_show(value)} (first at line {earlier.line})",
                "ids are one namespace across sides, participants, events and topics",
            )
            return INVALID
        self.id_nodes[value] = node  # type: ignore[assignment]
        return value

    def _ref(self, node: Node, ftype: spec.Ref, name: str) -> Any:
        if node.__class__ is not Scalar:
            return self._wrong(node, f"the id of {spec.indefinite(ftype.kind)}", name)
        self.refs.append((node, ftype, name))  # type: ignore[arg-type]
        return node.value  # type: ignore[union-attr]

    def _list(self, node: Node, ftype: spec.ListOf, name: str) -> Any:
        if node.__class__ is not Sequence:
            return self._wrong(node, "a list", name)
        entries = node.items  # type: ignore[union-attr]
        if len(entries) < ftype.min_items:
            self.error(
                node,
                f'"{name}" needs at least {ftype.min_items}',
                "every participant, event and topic needs evidence from the article"
                if name == "evidence"
                else None,
            )
            return INVALID
        item_type = ftype.item
        check = self.checks[item_type.__class__]
        values = []
        valid = True
        for entry in entries:
            value = check(entry, item_type, name)
            if value is INVALID:
                valid = False
            else:
                values.append(value)
        if ftype.unique and len(set(values)) < len(values):
            seen: set[Any] = set()
            for entry, value in zip(entries, values, strict=False):
                if value in seen:
                    self.error(entry, f'{_show(value)} is listed twice in "{name}"')
                    valid = False
                seen.add(value)
        return tuple(values) if valid else INVALID

    def _record_of(self, node: Node, ftype: spec.RecordOf, name: str) -> Any:
        values, valid, items = self._record(node, ftype.record, name)
        if ftype.record is spec.DOCUMENT:
            self._prepare_article(values, items)
        if not valid:
            return INVALID
        return self.builders[ftype.record.name](values, node)  # type: ignore[arg-type]

    def _quote(self, node: Node, ftype: spec.QuoteOf, name: str) -> Any:
        if node.__class__ is Scalar:
            exact = self._text(node, _QUOTE_TEXT, "quote")
            prefix = suffix = ""
        elif node.__class__ is Mapping:
            values, valid, _ = self._record(node, ftype.record, name)
            if not valid:
                return INVALID
            exact = values["exact"]
            prefix = values.get("prefix", "")
            suffix = values.get("suffix", "")
        else:
            return self._wrong(node, "a quote (a string, or a mapping with exact)", name)
        if exact is INVALID:
            return INVALID
        article = self.article
        if article is None:
            return INVALID
        try:
            span = article.resolve(exact, prefix, suffix)
        except QuoteError as error:
            self.error(node, visible(error.message), visible(error.hint) if error.hint else None)
            return INVALID
        return Quote(exact, span, prefix, suffix)

    # -- builders, one per record -----------------------------------------------------------------

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

    def _read_article(self, relative: str, node: Scalar) -> Any:
        if Path(relative).is_absolute() or relative.startswith("~"):
            self.error(
                node,
                f'"text_file" must be a path relative to the briefing file, not {_show(relative)}',
            )
            return INVALID
        label = os.path.join(os.path.dirname(self.label), relative)
        try:
            data = read_file(self.path.parent / relative, label, self.limits.max_file_bytes)
        except BriefingError as error:
            for problem in error.problems:
                shown = _show(label, _SHOWN_PATH)
                self.error(node, f"article file {shown}: {problem.message}", problem.hint)
            return INVALID
        try:
            text = decode(data, label)
        except BriefingError as error:
            for problem in error.problems:
                self.problems.append(problem)
                self.errors += 1
            return INVALID
        if not text.strip():
            self.error(node, f"the article file {_show(label, _SHOWN_PATH)} is empty")
            return INVALID
        found = list(find_controls(text, multiline=True))
        if found:
            offset = found[0][0]
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            self.warn(_controls_message("the article", text, found), line, column, label)
        return text

    def _build_side(self, values: dict[str, Any], node: Mapping) -> Any:
        side = Side(id=values["id"], name=values["name"], evidence=values.get("evidence", ()))
        self.items.setdefault(side.id, side)
        return side

    def _build_participant(self, values: dict[str, Any], node: Mapping) -> Any:
        item_id = values["id"]
        org = values.get("org")
        if org is not None and org == item_id:
            self.error(node.items["org"][1], f'{_show(org)} cannot be its own "org"')
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
            place=values.get("place"),
        )
        self.items.setdefault(event.id, event)
        return event

    def _build_when(self, values: dict[str, Any], node: Mapping) -> Any:
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

    # -- checks across items ----------------------------------------------------------------------

    def _check_refs(self) -> None:
        items = self.items
        for node, ref, name in self.refs:
            value = node.value
            target = items.get(value)
            kind = self.id_kinds.get(value)
            if kind is not None and kind is not ref.kind:
                self.error(
                    node,
                    f'"{name}" needs the id of {spec.indefinite(ref.kind)}, but {_show(value)} is '
                    f"{spec.indefinite(kind)}",
                    self._id_hint(value, ref.kind),
                )
            elif target is None:
                if value in self.id_nodes:
                    continue
                self.error(
                    node,
                    f'"{name}" names {_show(value)}, but there is no {ref.kind} with that id',
                    self._id_hint(value, ref.kind),
                )
            elif ref.participant_kinds and target.kind not in ref.participant_kinds:  # type: ignore[union-attr]
                wanted = " or ".join(str(kind) for kind in ref.participant_kinds)
                self.error(
                    node,
                    f'"{name}" needs {spec.indefinite(wanted)}, but {_show(value)} is '
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
        return _did_you_mean(value, candidates)

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
                shown = " -> ".join(_show(topic) for topic in [*cycle, cycle[0]])
                self.error(
                    self.parent_nodes[first],
                    f"topic parents form a cycle: {shown}",
                    "topics form a tree: one topic in the cycle must have no parent",
                )
            done.update(path)


def _where(record: spec.Record) -> str:
    return "at the top level" if record is spec.BRIEFING else f"in {spec.indefinite(record.name)}"


def _controls_message(name: str, value: str, found: list[tuple[int, str]]) -> str:
    shown = ", ".join(dict.fromkeys(stand_in for _, stand_in in found[:20]))
    count = len(found)
    what = "a control character" if count == 1 else f"{count} control characters"
    where = f" (the first at character {found[0][0] + 1})" if len(value) > 1 else ""
    subject = name if name.startswith("the ") else f'"{name}"'
    return f"{subject} contains {what}{where}, shown as {shown}"
