"""A valid briefing with hostile text in every text field, for the app's safety tests.

Every name, alias, role, title, place, `when` text, the document's title, place, source and summary,
and the article carry Textual/Rich markup (`[@click=app.quit]`, `[/]`, `[link=...]`, `[b]`) and
terminal control sequences (ESC [2J, OSC 52 clipboard write, OSC 8 hyperlink, OSC 0 title, the
one-byte C1 CSI U+009B, DEL, bidi overrides and isolates). The YAML writes them as JSON-style
escapes in double-quoted scalars (JSON strings are YAML); the article file holds them raw.
"""

from __future__ import annotations

import json
from pathlib import Path

MARKUP = (
    "[@click=app.quit]x[/]",
    "[/]",
    "[link=http://evil.example]x[/link]",
    "[b]",
    "[on red]",
)
ESCAPES = (
    "\x1b[2JCLR",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b]8;;http://evil.example\x1b\\L\x1b]8;;\x1b\\",
    "\x1b]0;pwned\x07",
    "\x9b31mC1",
    "\x7fDEL",
    "\u202eRLO",
    "\u2066LRI",
)
PAYLOAD = " ".join((*MARKUP, *ESCAPES))
"""Everything hostile, in one string."""

INJECTED_BYTES = (
    b"\x1b[2JCLR",
    b"\x1b]52;c;cHduZWQ=",
    b"\x1b]8;;http://evil",
    b"\x1b]0;pwned",
    b"pwned\x07",
    b"\xc2\x9b",
    b"\x9b31mC1",
    b"\x7fDEL",
    b"\x1b\\L",
    "\u202e".encode(),
    "\u2066".encode(),
)
"""Bytes of the injected sequences that must never reach the terminal (each has a tail of its
own, so Textual's own escape codes, such as its ESC [2J, cannot match)."""

MARKUP_NAME = "Alpha Agent [@click=app.quit]x[/]"
"""The start of a participant's name: markup that would quit the app when clicked."""


def hostile(tag: str) -> str:
    """A field value: a readable tag (to find it on screen), then every payload."""
    return f"{tag} {PAYLOAD} end"


ARTICLE = (
    "Alpha Agent met Bravo Boss in Charlie City on Monday.\n\n"
    "They agreed to meet again in April.\n\n"
    "The talks covered trade and fisheries.\n\n"
    f"Article line one {PAYLOAD} tail.\n\n"
    f"Article line two \x1b[2J\x1b]0;pwned\x07 [@click=app.quit]click[/] \u202eevil\u202c end.\n"
)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)


def hostile_yaml(article: str = "article.txt") -> str:
    """The briefing's YAML, naming `article` as its text file."""
    h = hostile
    return f"""\
briefing: 1
document:
  title: {_q(h("Doc title"))}
  published: "2021-03-05"
  place: {_q(h("Doc place"))}
  source: {_q(h("Doc source"))}
  summary: {_q(h("Doc summary"))}
  text_file: {_q(article)}
sides:
  - id: west
    name: {_q(h("Side West"))}
    evidence: ["Alpha Agent met Bravo Boss"]
participants:
  - id: alpha
    name: {_q(MARKUP_NAME + " " + PAYLOAD)}
    kind: person
    side: west
    roles: [{_q(h("Role one"))}, {_q(h("Role two"))}]
    aliases: [{_q(h("Alias A"))}]
    org: bravo-org
    evidence: ["Alpha Agent met Bravo Boss"]
  - id: bravo-org
    name: {_q(h("Bravo Org"))}
    kind: organization
    side: west
    evidence: ["met Bravo Boss in Charlie City"]
events:
  - id: meeting
    title: {_q(h("Meeting title"))}
    when: {{text: {_q(h("When text"))}, date: "2021-03-01"}}
    status: occurred
    certainty: stated
    place: {_q(h("Event place"))}
    participants: [alpha, bravo-org]
    topics: [trade]
    evidence: ["Alpha Agent met Bravo Boss in Charlie City on Monday."]
  - id: next-meeting
    title: {_q(h("Next meeting"))}
    when: {{text: {_q(h("In April"))}, date: "2021-04", mod: mid}}
    status: planned
    certainty: likely
    participants: [alpha]
    evidence: ["They agreed to meet again in April."]
topics:
  - id: trade
    title: {_q(h("Topic trade"))}
    certainty: stated
    aliases: [{_q(h("Topic alias"))}]
    evidence: ["The talks covered trade"]
  - id: fisheries
    title: {_q(h("Topic fisheries"))}
    parent: trade
    certainty: possible
    evidence: [{_q("Article line one " + PAYLOAD + " tail.")}]
"""


def write_hostile(folder: Path, name: str = "hostile.yaml") -> Path:
    """Write the hostile briefing and its article into `folder`; the briefing's path."""
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(hostile_yaml(), encoding="utf-8")
    return path
