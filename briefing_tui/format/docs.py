"""The format reference, `docs/format.md`, rendered from `spec` (and the reader's limits).

Run `python -m briefing_tui.format.docs` to rewrite docs/format.md after changing the spec, or with
`--check` to fail when it is out of date (a test does the same).
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_tui.format import spec
from briefing_tui.format.yamlreader import DEFAULT_LIMITS, MIB

__all__ = ["DOCS_PATH", "EXAMPLE", "main", "render"]

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "format.md"
"""Where the reference lives in a checkout of the project."""

EXAMPLE = """\
briefing: 1
document:
  title: Ministers to meet in Paris
  published: 2021-03-05
  place: Tokyo
  text: |
    TOKYO -- Foreign Minister Aiko Tanaka will visit Paris next week to meet
    her French counterpart. They are expected to discuss trade.
sides:
  - id: japan
    name: Japan
participants:
  - id: tanaka
    name: Aiko Tanaka
    kind: person
    side: japan
    roles: [Foreign Minister]
    aliases: [Tanaka]
    evidence:
      - Foreign Minister Aiko Tanaka
events:
  - id: visit
    title: Tanaka visits Paris
    when: {text: next week, date: 2021-03-08/2021-03-14}
    status: planned
    certainty: stated
    participants: [tanaka]
    topics: [trade]
    evidence:
      - will visit Paris next week
topics:
  - id: trade
    title: Trade
    certainty: expected
    evidence:
      - prefix: expected to discuss
        exact: trade
"""
"""A small complete briefing (a test loads it, so it stays valid)."""


def render() -> str:
    """The whole reference as Markdown."""
    limits = DEFAULT_LIMITS
    lines = [
        f"# Briefing format, version {spec.FORMAT_VERSION}",
        "",
        "<!-- Generated from briefing_tui/format/spec.py by "
        "`python -m briefing_tui.format.docs`; do not edit by hand. -->",
        "",
        "A briefing is one YAML file that annotates one news article: who takes part "
        "(participants, grouped by sides), what happens and when (events), what is on the "
        "agenda (topics), each with the article's own hedging and anchored to its exact words "
        "by evidence quotes. `briefing-tui validate FILE` checks a file completely; "
        "`briefing-tui schema` prints a JSON Schema for editors.",
        "",
        "## Example",
        "",
        "```yaml",
        EXAMPLE.rstrip("\n"),
        "```",
        "",
        "## How the file is read",
        "",
        "- UTF-8 only; a byte-order mark and CRLF line ends are accepted. Invalid UTF-8 and NUL "
        "characters are errors at the line and column of the bad byte.",
        "- One YAML document. Every value is the text as written: `no`, `on`, `010`, `3.10`, "
        "`1:30` and `2021-03-05` stay strings (there is no YAML 1.1 type guessing). Where the "
        "format asks for an integer or a date, the text is checked.",
        "- Refused, each with its position: anchors (`&a`), aliases (`*a`), merge keys (`<<`), "
        "tags (any `!tag`, `!!str` included), duplicate keys, keys that are not strings, and a "
        "second document.",
        "- Every mapping is closed: a key the format does not define is an error (with a "
        "did-you-mean).",
        "- Control characters (C0 except newline and tab in the article, DEL, C1, bidi "
        "embeddings, overrides and isolates) are accepted with a warning; the reader shows "
        "them as visible stand-ins such as `␛`.",
        f"- Limits no real briefing meets: files (briefing and article) up to "
        f"{limits.max_file_bytes // MIB} MiB, values up to {limits.max_scalar_chars // MIB} "
        f"MiB of text (an inline article up to {limits.max_long_scalar_chars // MIB} MiB), "
        f"nesting up to {limits.max_depth} levels, up to {limits.max_nodes:,} values.",
        "",
        "## Ids and references",
        "",
        f"Ids match `{spec.ID_PATTERN}` and are one namespace across sides, participants, "
        "events and topics: each is unique. Every reference (a participant's `side` and "
        "`org`, an event's `participants` and `topics`, a topic's `parent`) must name an item "
        "of the right kind.",
        "",
        "## Evidence",
        "",
        spec.QUOTE.description,
        "",
        "Matching is whitespace-insensitive (any run of whitespace in a quote matches any run "
        'in the article) and at word boundaries ("ran" is not found inside "Iran"). Every '
        "participant, event and topic carries at least one quote.",
        "",
        "## Records",
    ]
    for record in spec.RECORDS:
        lines += ["", *_record(record)]
    return "\n".join(lines) + "\n"


def _record(record: spec.Record) -> list[str]:
    title = "the top level" if record is spec.BRIEFING else spec.indefinite(record.name)
    lines = [f"### {record.name}", "", f"{record.description}", ""]
    lines += [f"Keys of {title}:", ""]
    lines += ["| key | type | required | meaning |", "| --- | --- | --- | --- |"]
    for field in record.fields:
        required = "yes" if field.required else ""
        if field.name in record.exactly_one_of:
            required = "one of " + " / ".join(f"`{name}`" for name in record.exactly_one_of)
        lines.append(
            f"| `{field.name}` | {_describe(field.type)} | {required} | "
            f"{_cell(field.description)} |"
        )
    for field in record.fields:
        choice = field.type
        if isinstance(choice, spec.Choice) and choice.meanings:
            lines += ["", f"`{field.name}` values:", ""]
            lines += [f"- `{value}`: {meaning}" for value, meaning in choice.meanings]
        if isinstance(choice, spec.Choice) and choice.synonyms:
            meant: dict[str, list[str]] = {}
            for word, value in choice.synonyms:
                meant.setdefault(value, []).append(f"`{word}`")
            said = "; ".join(f"{', '.join(words)} for `{value}`" for value, words in meant.items())
            lines += ["", f"Other words for `{field.name}` get a did-you-mean: {said}."]
    return lines


def _describe(ftype: spec.FieldType) -> str:
    if isinstance(ftype, spec.Text):
        return "text (may span lines)" if ftype.multiline else "text"
    if isinstance(ftype, spec.Integer):
        return f"integer `{ftype.const}`" if ftype.const is not None else "integer"
    if isinstance(ftype, spec.IsoDate):
        return "date `YYYY-MM-DD`"
    if isinstance(ftype, spec.EdtfDate):
        return "EDTF date (see [when](#when))"
    if isinstance(ftype, spec.Choice):
        return "one of " + ", ".join(f"`{member.value}`" for member in ftype.values)
    if isinstance(ftype, spec.Id):
        return "id"
    if isinstance(ftype, spec.Ref):
        if ftype.participant_kinds:
            kinds = " or ".join(str(kind) for kind in ftype.participant_kinds)
            return f"id of {spec.indefinite(kinds)} {ftype.kind}"
        return f"id of {spec.indefinite(ftype.kind)}"
    if isinstance(ftype, spec.ListOf):
        text = f"list of {_describe(ftype.item)}"
        if ftype.min_items:
            text += f", at least {ftype.min_items}"
        if ftype.unique:
            text += ", no repeats"
        return text
    if isinstance(ftype, spec.RecordOf):
        return f"[{ftype.record.name}](#{ftype.record.name}) mapping"
    if isinstance(ftype, spec.QuoteOf):
        return f"[{ftype.record.name}](#{ftype.record.name})"
    raise TypeError(f"cannot describe {ftype!r}")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """Writes docs/format.md, or with `--check` exits 1 when it differs from the spec."""
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in args:
        current = DOCS_PATH.read_text(encoding="utf-8") if DOCS_PATH.exists() else ""
        if current != text:
            print(f"{DOCS_PATH} is out of date; run: python -m briefing_tui.format.docs")
            return 1
        return 0
    DOCS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
