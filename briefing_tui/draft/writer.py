"""The draft as YAML in the briefing format, and the check that it loads.

Every string is written double-quoted with escapes for anything unprintable, so no article text
can change the YAML's structure or reach a terminal raw. What the drafter was unsure of is a
`# check:` comment on the item's line. `check_loads` writes the YAML into a temporary folder
beside the article text and loads it with `briefing_tui.format.loader.load`: a draft is only
handed out when the format's own loader accepts it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from briefing_tui.draft.anchor import Anchorer
from briefing_tui.draft.records import Draft
from briefing_tui.format.errors import BriefingError
from briefing_tui.format.loader import load
from briefing_tui.format.model import Briefing

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def scalar(value: str) -> str:
    """`value` as a YAML double-quoted scalar, escaping controls, bidi marks and the like."""
    out = ['"']
    for char in value:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or 0x2028 <= code <= 0x202E
            or 0x2066 <= code <= 0x2069
            or code in (0x061C, 0x200E, 0x200F, 0xFEFF)
        ):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _comment(checks: list[str]) -> str:
    if not checks:
        return ""
    safe = "; ".join(" ".join(check.split()) for check in checks)
    safe = "".join(char if char.isprintable() else "?" for char in safe)
    return f"  # check: {safe}"


def _quotes(lines: list[str], anchorer: Anchorer, spans: list[tuple[int, int]], pad: str) -> int:
    written = 0
    seen: set[tuple[str, str, str]] = set()
    for start, end in spans:
        quote = anchorer.quote(start, end)
        if quote is None:
            continue
        key = (quote.get("prefix", ""), quote["exact"], quote.get("suffix", ""))
        if key in seen:
            continue
        seen.add(key)
        if written == 0:
            lines.append(f"{pad}evidence:")
        first = True
        for name in ("prefix", "exact", "suffix"):
            if name in quote:
                lead = "- " if first else "  "
                lines.append(f"{pad}  {lead}{name}: {scalar(quote[name])}")
                first = False
        written += 1
    return written


def to_yaml(draft: Draft, source_name: str) -> str:
    """The YAML text of a draft; items whose evidence cannot be quoted are left out."""
    doc = draft.document
    anchorer = Anchorer(doc.text)
    lines = [
        f"# DRAFT briefing made by `briefing-tui draft` from {scalar(source_name)}.",
        "# Nothing here is reviewed: check every item against the article before relying on it;",
        '# lines marked "# check:" are where the drafter was unsure.',
        "briefing: 1",
        "document:",
        f"  title: {scalar(doc.title)}{_comment(doc.checks)}",
        f"  published: {scalar(doc.published)}",
        f"  place: {scalar(doc.place)}",
    ]
    if doc.source:
        lines.append(f"  source: {scalar(doc.source)}")
    if doc.text_file is not None:
        lines.append(f"  text_file: {scalar(doc.text_file)}")
    else:
        lines.append(f"  text: {scalar(doc.text)}")
    kept: set[str] = set()
    block: list[str] = []
    for side in draft.sides:
        block.append(f"  - id: {side.id}")
        block.append(f"    name: {scalar(side.name)}")
        _quotes(block, anchorer, side.evidence, "    ")
        kept.add(side.id)
    if block:
        lines += ["sides:", *block]
    block = []
    for entity in draft.participants:
        item = [f"  - id: {entity.id}{_comment(entity.checks)}", f"    name: {scalar(entity.name)}"]
        item.append(f"    kind: {entity.kind}")
        if entity.side in kept:
            item.append(f"    side: {entity.side}")
        if entity.roles:
            item.append(f"    roles: [{', '.join(scalar(role) for role in entity.roles)}]")
        if entity.org in kept:
            item.append(f"    org: {entity.org}")
        if entity.aliases:
            item.append(f"    aliases: [{', '.join(scalar(a) for a in entity.aliases)}]")
        if _quotes(item, anchorer, entity.evidence, "    "):
            block += item
            kept.add(entity.id)
    if block:
        lines += ["participants:", *block]
    block = []
    for topic in draft.topics:
        item = [
            f"  - id: {topic.id}{_comment(topic.checks)}",
            f"    title: {scalar(topic.title)}",
            f"    certainty: {topic.certainty}",
        ]
        if _quotes(item, anchorer, topic.evidence, "    "):
            block += item
            kept.add(topic.id)
    if block:
        lines += ["topics:", *block]
    block = []
    for event in draft.events:
        item = [f"  - id: {event.id}{_comment(event.checks)}", f"    title: {scalar(event.title)}"]
        when = f"{{text: {scalar(event.when_text)}"
        if event.date:
            when += f", date: {scalar(event.date)}"
            if event.mod:
                when += f", mod: {event.mod}"
        item.append(f"    when: {when}}}")
        item.append(f"    status: {event.status}")
        item.append(f"    certainty: {event.certainty}")
        for name, ids in (("participants", event.participants), ("topics", event.topics)):
            present = [value for value in dict.fromkeys(ids) if value in kept]
            if present:
                item.append(f"    {name}: [{', '.join(present)}]")
        if _quotes(item, anchorer, event.evidence, "    "):
            block += item
    if block:
        lines += ["events:", *block]
    return "\n".join(lines) + "\n"


def check_loads(yaml_text: str, article_text: str, text_file: str | None) -> Briefing:
    """Load the YAML (and its article) from a temporary folder with the format's loader.

    Raises `BriefingError` when the loader refuses it: a bug in the drafter, never the user's.
    """
    with tempfile.TemporaryDirectory(prefix="briefing-draft-") as folder:
        path = Path(folder) / "draft.yaml"
        if text_file is not None:
            (Path(folder) / text_file).write_text(article_text, encoding="utf-8")
        path.write_text(yaml_text, encoding="utf-8")
        briefing = load(path)
    if any(problem.severity == "error" for problem in briefing.warnings):
        raise BriefingError(list(briefing.warnings))
    return briefing
