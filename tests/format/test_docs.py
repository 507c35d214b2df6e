"""docs/format.md is generated from the spec and must not fall behind it."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.format import spec
from briefing_tui.format.docs import DOCS_PATH, EXAMPLE, render
from briefing_tui.format.loader import load


def test_the_written_reference_is_up_to_date() -> None:
    assert DOCS_PATH.read_text(encoding="utf-8") == render(), (
        "docs/format.md is out of date: run `python -m briefing_tui.format.docs`"
    )


def test_the_reference_covers_every_record_field_and_value() -> None:
    text = render()
    for record in spec.RECORDS:
        assert f"### {record.name}\n" in text
        for field in record.fields:
            assert f"| `{field.name}` |" in text
            if isinstance(field.type, spec.Choice):
                for member in field.type.values:
                    assert f"`{member.value}`" in text


def test_the_example_in_the_reference_is_a_valid_briefing(tmp_path: Path) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    briefing = load(path)
    assert briefing.warnings == ()
    assert EXAMPLE.strip() in render()
