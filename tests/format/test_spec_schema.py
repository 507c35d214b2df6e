"""The spec and the JSON Schema generated from it, checked the way an editor would use it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefing_tui.format import spec
from briefing_tui.format.docs import EXAMPLE
from briefing_tui.format.loader import seed_path
from briefing_tui.format.model import Certainty, DateMod, EventStatus, ParticipantKind
from briefing_tui.format.schema import build_schema
from briefing_tui.format.yamlreader import Mapping, Node, Scalar, Sequence, parse
from tests.format.fixtures import REPO, SMALL, has_seed

_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)
_NULL = {"null", "Null", "NULL", "~", ""}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


def yaml12_core(text: str) -> Any:
    """`text` read as YAML 1.2 (core schema) reads it, as editors do: dates stay strings."""

    def convert(node: Node) -> Any:
        if isinstance(node, Mapping):
            return {key: convert(value) for key, (_, value) in node.items.items()}
        if isinstance(node, Sequence):
            return [convert(item) for item in node.items]
        assert isinstance(node, Scalar)
        value = node.value
        if not node.plain:
            return value
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        if _INT.fullmatch(value):
            return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
        if _FLOAT.fullmatch(value):
            return float(value.replace("inf", "Infinity").replace("nan", "NaN"))
        return value

    parsed = parse(text, "test.yaml")
    assert parsed.problems == ()
    assert parsed.root is not None
    return convert(parsed.root)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator: jsonschema.Draft202012Validator, document: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


def test_the_core_reading_is_the_editor_reading() -> None:
    assert yaml12_core("a: 2021-03-05\nb: 2021\nc: no\nd: '1'\ne: 1.5\nf: ~\ng: true\n") == {
        "a": "2021-03-05",
        "b": 2021,
        "c": "no",
        "d": "1",
        "e": 1.5,
        "f": None,
        "g": True,
    }


def test_the_schema_is_draft_2020_12_and_closed(validator: jsonschema.Draft202012Validator) -> None:
    schema = build_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["$defs"]) == {record.name for record in spec.RECORDS} - {"briefing"}
    for definition in schema["$defs"].values():
        assert definition["additionalProperties"] is False


def test_enums_come_from_the_model() -> None:
    defs = build_schema()["$defs"]
    assert defs["participant"]["properties"]["kind"]["enum"] == [k.value for k in ParticipantKind]
    assert defs["event"]["properties"]["status"]["enum"] == [s.value for s in EventStatus]
    assert defs["topic"]["properties"]["certainty"]["enum"] == [c.value for c in Certainty]
    assert defs["when"]["properties"]["mod"]["enum"] == [m.value for m in DateMod]


def test_good_briefings_validate(validator: jsonschema.Draft202012Validator) -> None:
    assert errors(validator, yaml12_core(SMALL.read_text(encoding="utf-8"))) == []
    assert errors(validator, yaml12_core(EXAMPLE)) == []


@pytest.mark.skipif(not has_seed(), reason="the seed briefing is not written yet")
def test_the_seed_validates(validator: jsonschema.Draft202012Validator) -> None:
    assert errors(validator, yaml12_core(seed_path().read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("participants:", "participant:", "'participant' was unexpected"),
        ("    roles:", "    rolse:", "'rolse' was unexpected"),
        ("briefing: 1", "briefing: '1'", "is not of type 'integer'"),
        ("briefing: 1", "briefing: 2", "1 was expected"),
        ("published: 2021-03-05", "published: 5 March 2021", "does not match"),
        ("kind: person", "kind: persn", "is not one of"),
        ("  - id: tanaka", "  - id: Tanaka", "does not match"),
        ("  text_file: small.txt\n", "", "is not valid under any of the given schemas"),
        ("  text_file: small.txt", "  text_file: a\n  text: b", "is valid under each of"),
        ("date: 2021-03-04", "date: March", "is not valid under any of the given schemas"),
        ("    evidence:\n      - will visit Paris next week\n", "    evidence: []\n", "non-empty"),
        ("participants: [tanaka]", "participants: [tanaka, tanaka]", "non-unique"),
    ],
)
def test_bad_briefings_do_not_validate(
    validator: jsonschema.Draft202012Validator, old: str, new: str, words: str
) -> None:
    text = SMALL.read_text(encoding="utf-8")
    assert old in text
    found = errors(validator, yaml12_core(text.replace(old, new, 1)))
    assert any(words in message for message in found), found


def test_a_bare_year_validates_as_a_date(validator: jsonschema.Draft202012Validator) -> None:
    text = SMALL.read_text(encoding="utf-8").replace("date: 2021-03-04", "date: 2021")
    assert errors(validator, yaml12_core(text)) == []


def test_every_record_field_type_is_described() -> None:
    for record in spec.RECORDS:
        assert record.description
        for field in record.fields:
            assert field.description, (record.name, field.name)
            assert record.get(field.name) is field
        assert set(record.exactly_one_of) <= record.names


def test_the_schema_command_prints_the_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "schema"],
        capture_output=True,
        text=True,
        cwd=Path(REPO),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == build_schema()
