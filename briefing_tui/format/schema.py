"""The JSON Schema (draft 2020-12) of the briefing format, generated from `spec`.

Editors check YAML against a schema after reading it as YAML 1.2 (core schema), where `2021-03-05`
is a string and `2021` an integer, so `published` is a string with a date pattern and `when.date`
may also be a bare year. Every record is closed (`additionalProperties: false`). The schema cannot
express what needs the article or the whole file (quotes found, ids resolved, no topic cycles,
real days): `briefing-tui validate` checks those.
"""

from __future__ import annotations

from typing import Any

from briefing_tui.format import spec
from briefing_tui.format.version import package_version

__all__ = ["SCHEMA_ID", "build_schema"]

SCHEMA_ID = "urn:briefing-tui:schema:briefing:1"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_NON_BLANK = r"\S"


def build_schema() -> dict[str, Any]:
    """The schema as a JSON-ready dictionary."""
    schema: dict[str, Any] = {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": "briefing-tui briefing",
        "description": (
            f"{spec.BRIEFING.description} (briefing-tui {package_version()}; generated from "
            "briefing_tui/format/spec.py)"
        ),
    }
    schema.update(_record(spec.BRIEFING))
    schema["$defs"] = {
        record.name: _record(record) for record in spec.RECORDS if record is not spec.BRIEFING
    }
    return schema


def _record(record: spec.Record) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": "object",
        "description": record.description,
        "properties": {
            field.name: {"description": field.description, **_type(field.type)}
            for field in record.fields
        },
        "additionalProperties": False,
    }
    required = [field.name for field in record.fields if field.required]
    if required:
        result["required"] = required
    if record.exactly_one_of:
        result["oneOf"] = [{"required": [name]} for name in record.exactly_one_of]
    return result


def _type(ftype: spec.FieldType) -> dict[str, Any]:
    if isinstance(ftype, spec.Text):
        return {"type": "string", "minLength": 1, "pattern": _NON_BLANK}
    if isinstance(ftype, spec.Integer):
        result: dict[str, Any] = {"type": "integer"}
        if ftype.const is not None:
            result["const"] = ftype.const
        return result
    if isinstance(ftype, spec.IsoDate):
        return {"type": "string", "pattern": f"^{spec.ISO_DATE_PATTERN}$"}
    if isinstance(ftype, spec.EdtfDate):
        return {
            "anyOf": [
                {"type": "string", "pattern": f"^{spec.EDTF_PATTERN}$"},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ]
        }
    if isinstance(ftype, spec.Choice):
        return {"type": "string", "enum": [member.value for member in ftype.values]}
    if isinstance(ftype, spec.Id | spec.Ref):
        return {"type": "string", "pattern": f"^{spec.ID_PATTERN}$"}
    if isinstance(ftype, spec.ListOf):
        result = {"type": "array", "items": _type(ftype.item)}
        if ftype.min_items:
            result["minItems"] = ftype.min_items
        if ftype.unique:
            result["uniqueItems"] = True
        return result
    if isinstance(ftype, spec.RecordOf):
        return {"$ref": f"#/$defs/{ftype.record.name}"}
    if isinstance(ftype, spec.QuoteOf):
        return {
            "anyOf": [
                {"type": "string", "minLength": 1, "pattern": _NON_BLANK},
                {"$ref": f"#/$defs/{ftype.record.name}"},
            ]
        }
    raise TypeError(f"no schema for {ftype!r}")
