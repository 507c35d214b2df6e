"""The spec-driven checks: each value of the file against the type `spec` declares for it.

`Checks` walks a record's keys (unknown ones reported, a misspelt one checked as the key it most
likely means), checks each value with the check for its spec type, and reports missing keys. What
the checks give back is the value to build the model from, or `INVALID` (already reported). A
value that must be a string (a text, a date, an id, a choice ...) is checked to be one once, in
`check`, before the check for its type runs. Building the model from the values is `build.py`'s
job: `build` is called with each record's checked values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from briefing_tui.format import spec
from briefing_tui.format.model import ItemKind, Quote
from briefing_tui.format.nodes import NODE_TYPES, Limits, Mapping, Node, Scalar, Sequence
from briefing_tui.format.quotes import ArticleIndex, QuoteError
from briefing_tui.format.report import INVALID, Report, did_you_mean, show, where
from briefing_tui.format.text import visible

__all__ = ["Checks"]

_ID = re.compile(spec.ID_PATTERN)
_ISO_DATE = re.compile(spec.ISO_DATE_PATTERN)
_INTEGER = re.compile(r"[-+]?[0-9]+")
_QUOTE_TEXT = spec.Text(multiline=True)

_FIELDS: dict[str, dict[str, spec.Field]] = {
    record.name: {field.name: field for field in record.fields} for record in spec.RECORDS
}
_REQUIRED: dict[str, frozenset[str]] = {
    record.name: frozenset(field.name for field in record.fields if field.required)
    for record in spec.RECORDS
}
_MEMBERS: dict[type, dict[str, Any]] = {}
_SYNONYMS: dict[type, dict[str, str]] = {}


def _members(choice: spec.Choice) -> dict[str, Any]:
    members = _MEMBERS.get(choice.values)
    if members is None:
        members = {member.value: member for member in choice.values}
        _MEMBERS[choice.values] = members
    return members


def _synonyms(choice: spec.Choice) -> dict[str, str]:
    synonyms = _SYNONYMS.get(choice.values)
    if synonyms is None:
        synonyms = {word.casefold(): value for word, value in choice.synonyms}
        _SYNONYMS[choice.values] = synonyms
    return synonyms


def _expected(ftype: spec.FieldType) -> str:
    """What a value of a string type must be, for "must be ..., not a list"."""
    if isinstance(ftype, spec.Choice):
        return "one of " + ", ".join(_members(ftype))
    if isinstance(ftype, spec.Ref):
        return f"the id of {spec.indefinite(ftype.kind)}"
    return _STRING_TYPES[ftype.__class__]


_STRING_TYPES: dict[type, str] = {
    spec.Text: "a string",
    spec.Integer: "an integer",
    spec.IsoDate: "a date (YYYY-MM-DD)",
    spec.EdtfDate: "a date",
    spec.Choice: "",
    spec.Id: "an id",
    spec.Ref: "",
}
"""The spec types written as one string (a scalar), and what a wrong value is told to be."""


class Checks(Report):
    """The checks of one load; `build` (in `ModelBuilder`) turns checked records into the model."""

    def __init__(self, label: str, limits: Limits) -> None:
        super().__init__(label, limits)
        self.id_nodes: dict[str, Scalar] = {}
        self.id_kinds: dict[str, ItemKind] = {}
        self.refs: list[tuple[Scalar, spec.Ref, str]] = []
        self.article: ArticleIndex | None = None
        """The article quotes are resolved against, once the document has given it."""
        self.checks: dict[type, Callable[[Any, Any, str], Any]] = {
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

    def build(
        self,
        record: spec.Record,
        values: dict[str, Any],
        valid: bool,
        node: Mapping,
        items: dict[str, tuple[Scalar, Node]],
    ) -> Any:
        """The model of a checked record (INVALID when it is not `valid`)."""
        raise NotImplementedError

    def check(self, node: Node, ftype: spec.FieldType, name: str) -> Any:
        """The checked value of `node` as the spec type `ftype`, or INVALID (reported)."""
        kind = ftype.__class__
        if node.__class__ is not Scalar:
            if node.__class__ not in NODE_TYPES:  # checked while the file was read
                return node
            if kind in _STRING_TYPES:
                return self.wrong(node, _expected(ftype), name)
        return self.checks[kind](node, ftype, name)

    def record(
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
            self.wrong(node, f"a mapping ({spec.indefinite(record.name)})", name)
            return {}, False, {}
        items = node.items  # type: ignore[union-attr]
        fields = _FIELDS[record.name]
        values: dict[str, Any] = {}
        valid = True
        if not items.keys() <= fields.keys():
            items = self._recover_keys(items, record)
            valid = False
        pairs = items.items() if order is None else [(k, items[k]) for k in order if k in items]
        check = self.check
        for key, (_, value_node) in pairs:
            value = check(value_node, fields[key].type, key)
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
                self.error(node, f'missing "{field.name}" {where(record)}', field.description)
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
        import difflib

        fields = _FIELDS[record.name]
        names = [field.name for field in record.fields]
        recovered: dict[str, tuple[Scalar, Node]] = {}
        for key, pair in items.items():
            if key in fields:
                recovered[key] = pair
                continue
            close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
            hint = f"did you mean {show(close[0])}?" if close else None
            self.error(
                pair[0],
                f"unknown key {show(key)} {where(record)}",
                hint or "expected one of: " + ", ".join(names),
            )
            if close and close[0] not in items and close[0] not in recovered:
                recovered[close[0]] = pair
        return recovered

    # -- value checks, one per spec type (a string type's node is a Scalar: see `check`) ---------

    def _text(self, node: Scalar, ftype: spec.Text, name: str) -> Any:
        value = node.value
        if not value or value.isspace():
            if not value and node.plain:
                return self.wrong(node, "a string", name)
            self.error(node, f'"{name}" is blank')
            return INVALID
        if not value.isprintable():
            self.controls(value, node, name, ftype.multiline)
        return value

    def _integer(self, node: Scalar, ftype: spec.Integer, name: str) -> Any:
        value = node.value
        if _INTEGER.fullmatch(value) is None:
            self.error(node, f'"{name}" must be an integer, not {show(value)}')
            return INVALID
        if not node.plain:
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

    def _iso_date(self, node: Scalar, ftype: spec.IsoDate, name: str) -> Any:
        value = node.value
        if _ISO_DATE.fullmatch(value) is None:
            self.error(node, f'"{name}" must be a date written YYYY-MM-DD, not {show(value)}')
            return INVALID
        try:
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            self.error(node, f'"{name}" {show(value)} is not a real day')
            return INVALID

    def _edtf(self, node: Scalar, ftype: spec.EdtfDate, name: str) -> Any:
        if not node.value:
            return self.wrong(node, "a date", name)
        return node.value

    def _choice(self, node: Scalar, ftype: spec.Choice, name: str) -> Any:
        members = _members(ftype)
        member = members.get(node.value)
        if member is None:
            value = node.value
            choices = list(members)
            hint = did_you_mean(value, choices, _synonyms(ftype)) or "one of: " + ", ".join(choices)
            self.error(node, f'unknown "{name}" {show(value)}', hint)
            return INVALID
        return member

    def _id(self, node: Scalar, ftype: spec.Id, name: str) -> Any:
        value = node.value
        if _ID.fullmatch(value) is None:
            suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
            hint = "ids use a-z, 0-9 and '-', starting with a letter or digit"
            if suggestion:
                hint += f", such as {show(suggestion)}"
            self.error(node, f"invalid id {show(value)}", hint)
            return INVALID
        first = self.id_nodes.get(value)
        if first is not None:
            earlier, later = sorted((first, node), key=lambda n: (n.line, n.column))
            self.error(
                later,
                f"duplicate id {show(value)} (first at line {earlier.line})",
                "ids are one namespace across sides, participants, events and topics",
            )
            return INVALID
        self.id_nodes[value] = node
        return value

    def _ref(self, node: Scalar, ftype: spec.Ref, name: str) -> Any:
        self.refs.append((node, ftype, name))
        return node.value

    def _list(self, node: Node, ftype: spec.ListOf, name: str) -> Any:
        if node.__class__ is not Sequence:
            return self.wrong(node, "a list", name)
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
        check = self.check
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
                    self.error(entry, f'{show(value)} is listed twice in "{name}"')
                    valid = False
                seen.add(value)
        return tuple(values) if valid else INVALID

    def _record_of(self, node: Node, ftype: spec.RecordOf, name: str) -> Any:
        values, valid, items = self.record(node, ftype.record, name)
        if node.__class__ is not Mapping:
            return INVALID
        return self.build(ftype.record, values, valid, node, items)  # type: ignore[arg-type]

    def _quote(self, node: Node, ftype: spec.QuoteOf, name: str) -> Any:
        if node.__class__ is Scalar:
            exact = self._text(node, _QUOTE_TEXT, "quote")  # type: ignore[arg-type]
            prefix = suffix = ""
        elif node.__class__ is Mapping:
            values, valid, _ = self.record(node, ftype.record, name)
            if not valid:
                return INVALID
            exact = values["exact"]
            prefix = values.get("prefix", "")
            suffix = values.get("suffix", "")
        else:
            return self.wrong(node, "a quote (a string, or a mapping with exact)", name)
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
