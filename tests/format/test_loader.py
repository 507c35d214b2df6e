"""The loader: the model it builds from a good file, and every problem it finds in a bad one."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from briefing_tui import load as exported_load
from briefing_tui.format.docs import EXAMPLE
from briefing_tui.format.errors import BriefingError, Severity
from briefing_tui.format.loader import load, seed_path
from briefing_tui.format.model import (
    Certainty,
    DateMod,
    EventStatus,
    ItemKind,
    ParticipantKind,
)
from briefing_tui.format.text import find_controls
from tests.format.fixtures import SMALL, edit_small, has_seed, problems, small_text, write_small


def messages(path: Path) -> list[str]:
    return [problem.format() for problem in problems(path)]


def only(path: Path) -> str:
    found = [p for p in problems(path) if p.severity is Severity.ERROR]
    assert len(found) == 1, [p.format() for p in found]
    return found[0].format()


# -- a good file --------------------------------------------------------------------------------


def test_the_small_briefing_loads_completely() -> None:
    briefing = load(SMALL)
    assert briefing.path == SMALL
    assert briefing.warnings == ()
    document = briefing.document
    assert document.title == "Tanaka to visit Paris"
    assert document.published == dt.date(2021, 3, 5)
    assert document.text_file == "small.txt"
    assert document.text == SMALL.with_name("small.txt").read_text(encoding="utf-8")
    assert [side.id for side in briefing.sides] == ["japan", "france"]
    tanaka = briefing.item("tanaka")
    assert tanaka.kind is ParticipantKind.PERSON  # type: ignore[union-attr]
    assert tanaka.roles == ("Foreign Minister",)  # type: ignore[union-attr]
    assert (tanaka.side, tanaka.org, tanaka.aliases) == ("japan", "mofa", ("Tanaka",))  # type: ignore[union-attr]
    talks = briefing.item("talks")
    assert talks.status is EventStatus.EXPECTED  # type: ignore[union-attr]
    assert talks.certainty is Certainty.EXPECTED  # type: ignore[union-attr]
    assert talks.when.mod is DateMod.MID  # type: ignore[union-attr]
    assert (talks.when.earliest, talks.when.latest) == (dt.date(2021, 3, 11), dt.date(2021, 3, 20))  # type: ignore[union-attr]
    assert talks.participants == ("tanaka", "martin")  # type: ignore[union-attr]
    assert briefing.item("agenda").item_kind is ItemKind.TOPIC


def test_items_are_every_item_in_file_order_and_read_only() -> None:
    briefing = load(SMALL)
    assert list(briefing.items) == [
        "japan",
        "france",
        "tanaka",
        "mofa",
        "martin",
        "visit",
        "talks",
        "call",
        "agenda",
        "trade",
        "climate",
        "fisheries",
    ]
    with pytest.raises(TypeError):
        briefing.items["x"] = briefing.items["japan"]  # type: ignore[index]


def test_every_quote_spans_its_words_in_the_article() -> None:
    briefing = load(SMALL)
    text = briefing.document.text
    for item in briefing.items.values():
        for quote in item.evidence:
            assert " ".join(text[quote.span.start : quote.span.end].split()) == " ".join(
                quote.exact.split()
            )
    trade = briefing.item("trade").evidence[0]
    assert trade.prefix == "expected to discuss "
    assert text[trade.span.start - len("discuss ") : trade.span.end] == "discuss trade"


def test_links_go_both_ways() -> None:
    links = load(SMALL).links
    assert links.linked("tanaka") == {"japan", "mofa", "visit", "talks"}
    assert "tanaka" in links.linked("mofa")
    assert links.linked("agenda") == {"trade", "climate", "fisheries"}
    assert links.linked("trade") == {"agenda", "talks"}


def test_inline_text_and_the_package_export(tmp_path: Path) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    briefing = exported_load(path)
    assert briefing.document.text.startswith("TOKYO -- Foreign Minister")
    assert briefing.document.text_file is None


def test_the_top_level_may_come_in_any_order(tmp_path: Path) -> None:
    blocks = re.split(r"\n(?=\S)", small_text().strip())
    assert blocks[0].startswith("briefing:")
    briefing = load(write_small(tmp_path, "\n".join(reversed(blocks)) + "\n"))
    assert list(briefing.items) == list(load(SMALL).items)


@pytest.mark.skipif(not has_seed(), reason="the seed briefing is not written yet")
def test_the_seed_loads_without_warnings() -> None:
    briefing = load(seed_path())
    assert briefing.warnings == ()
    assert briefing.participants and briefing.events and briefing.topics


# -- problems -----------------------------------------------------------------------------------


def test_all_problems_are_collected_sorted_with_positions(tmp_path: Path) -> None:
    text = small_text()
    text = text.replace("kind: person\n    side: japan", "kind: persn\n    side: japn", 1)
    text = text.replace("will visit Paris next week", "will visit London")
    found = messages(write_small(tmp_path, text))
    name = str(tmp_path / "small.yaml")
    assert found == [
        f'{name}:17:11: error: unknown "kind" "persn" (did you mean "person"?)',
        f'{name}:18:11: error: "side" names "japn", but there is no side with that id '
        '(did you mean "japan"?)',
        f'{name}:46:9: error: quote not found in the article: "will visit London" '
        '(closest in the article: "…inister Aiko Tanaka will visit Paris next…")',
    ]


def test_unknown_keys_suggest_the_key_meant(tmp_path: Path) -> None:
    path = edit_small(tmp_path, "participants:", "participant:")
    assert only(path).endswith(
        'error: unknown key "participant" at the top level (did you mean "participants"?)'
    )
    path = edit_small(tmp_path, "    roles:", "    rolse:")
    assert 'unknown key "rolse" in a participant (did you mean "roles"?)' in only(path)
    path = edit_small(tmp_path, "    roles:", "    zzz:")
    assert "(expected one of: id, name, kind, side, roles, org, aliases, evidence)" in only(path)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("briefing: 1", "briefing: 2", 'unsupported "briefing" 2; this reader reads 1'),
        ("briefing: 1", "briefing: '1'", '"briefing" must be an integer, not a quoted string'),
        ("briefing: 1", "briefing: one", '"briefing" must be an integer, not "one"'),
        ("briefing: 1\n", "", 'missing "briefing"'),
        ("published: 2021-03-05", "published: 2021-02-30", '"published" "2021-02-30" is not'),
        ("published: 2021-03-05", "published: March 5", "must be a date written YYYY-MM-DD"),
        ("  place: Tokyo\n", "", 'missing "place" in a document'),
        ("  title: Tanaka to visit Paris", "  title: '  '", '"title" is blank'),
        ("  title: Tanaka to visit Paris", "  title:", '"title" must be a string, not nothing'),
        ("  title: Tanaka to visit Paris", "  title: [a]", '"title" must be a string, not a list'),
        ("  text_file: small.txt", "  text_file: small.txt\n  text: x", "give only one of"),
        ("  text_file: small.txt\n", "", 'the document needs "text_file" or "text"'),
        ("certainty: stated", "certainty: sure", 'unknown "certainty" "sure"'),
        ("status: planned", "status: planed", 'did you mean "planned"?'),
        ("date: 2021-03-04", "date: 2021-13", "month 13 does not exist"),
        ("date: 2021-03-04", "date: 2021-03-05/2021-03-01", "ends before it starts"),
        ("date: 2021-03-04}", "mod: mid}", '"mod" qualifies a "date"'),
        ("  - id: mofa", "  - id: japan", 'duplicate id "japan" (first at line 10)'),
        ("  - id: mofa", "  - id: Mofa!", 'invalid id "Mofa!"'),
        (
            "    org: mofa",
            "    org: martin",
            '"org" needs an organization, but "martin" is a person',
        ),
        ("    org: mofa", "    org: tanaka", '"tanaka" cannot be its own "org"'),
        ("    side: japan", "    side: mofa", '"side" needs the id of a side, but "mofa" is a'),
        ("participants: [tanaka]", "participants: [tanakka]", 'did you mean "tanaka"?'),
        ("participants: [tanaka]", "participants: [tanaka, tanaka]", "listed twice"),
        ("topics: [trade, climate", "topics: [trade, japan", '"japan" is a side'),
        ("    parent: agenda\n    certainty: possible", "    certainty: possible", None),
        ("      - the Foreign Ministry said", "      - Foreign", "occurs 2 times"),
        ("  - id: call", "  - id: call\n    evidence: []\n    x: 1", "duplicate key"),
        (
            "    evidence:\n      - On Thursday",
            "    evidence: []\n    e:\n      - On",
            "at least 1",
        ),
        ("      - exact: her French", "      - exac: her French", 'did you mean "exact"?'),
        ("  text_file: small.txt", "  text_fil: small.txt", 'did you mean "text_file"?'),
        ("  text_file: small.txt", "  ext_file: nothere.txt", "no such file"),
    ],
)
def test_each_problem_is_found(tmp_path: Path, old: str, new: str, expected: str | None) -> None:
    path = edit_small(tmp_path, old, new)
    if expected is None:
        load(path)
        return
    found = messages(path)
    assert any(expected in message for message in found), found
    assert all(":" in message.split(": error")[0] for message in found)


def test_a_missing_evidence_list_is_reported(tmp_path: Path) -> None:
    path = edit_small(tmp_path, "    evidence:\n      - Foreign Minister Aiko Tanaka\n", "")
    assert 'missing "evidence" in a participant' in only(path)


def test_topic_cycles_are_reported_once(tmp_path: Path) -> None:
    text = small_text().replace(
        "  - id: agenda\n    title: Agenda\n",
        "  - id: agenda\n    title: Agenda\n    parent: trade\n",
    )
    found = messages(write_small(tmp_path, text))
    assert len(found) == 1
    assert 'topic parents form a cycle: "agenda" -> "trade" -> "agenda"' in found[0]
    assert ":69:13:" in found[0]


def test_a_topic_cannot_be_its_own_parent(tmp_path: Path) -> None:
    path = edit_small(tmp_path, "    parent: agenda", "    parent: trade")
    assert '"trade" -> "trade"' in only(path)


def test_a_failed_item_does_not_cascade(tmp_path: Path) -> None:
    path = edit_small(tmp_path, "kind: person", "kind: persn")
    assert len([p for p in problems(path) if p.severity is Severity.ERROR]) == 1


def test_a_broken_document_still_checks_quotes(tmp_path: Path) -> None:
    text = small_text().replace("  place: Tokyo\n", "")
    text = text.replace("- Foreign Minister Aiko Tanaka", "- Foreign Minister Aiko Tanka")
    found = messages(write_small(tmp_path, text))
    assert any('missing "place"' in message for message in found)
    assert any("quote not found" in message for message in found)


def test_the_article_file_is_checked_where_it_is_named(tmp_path: Path) -> None:
    path = edit_small(tmp_path, "text_file: small.txt", "text_file: nothere.txt")
    assert only(path) == (
        f'{tmp_path}/small.yaml:8:14: error: article file "{tmp_path}/nothere.txt": no such file'
    )
    path = edit_small(tmp_path, "text_file: small.txt", "text_file: /etc/hostname")
    assert "must be a path relative to the briefing file" in only(path)
    (tmp_path / "bad.txt").write_bytes(b"fine\nbad \xff here\n")
    path = edit_small(tmp_path, "text_file: small.txt", "text_file: bad.txt")
    found = problems(path)
    assert found[0].path == str(tmp_path / "bad.txt")
    assert (found[0].line, found[0].column) == (2, 5)
    (tmp_path / "empty.txt").write_text("  \n")
    path = edit_small(tmp_path, "text_file: small.txt", "text_file: empty.txt")
    assert "is empty" in only(path)


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    for text in ("", "\n", "---\n", "# nothing\n"):
        (tmp_path / "e.yaml").write_text(text)
        assert only(tmp_path / "e.yaml").endswith(
            "e.yaml:1:1: error: the file is empty "
            "(a briefing starts with `briefing: 1` and a `document`)"
        )
    (tmp_path / "l.yaml").write_text("- a\n- b\n")
    assert 'the top level" must be a mapping' in only(tmp_path / "l.yaml")


def test_a_missing_file_has_no_position(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load(tmp_path / "nope.yaml")
    [problem] = caught.value.problems
    assert problem.format() == f"{tmp_path / 'nope.yaml'}: error: no such file"


def test_control_characters_are_warnings_with_positions(tmp_path: Path) -> None:
    text = small_text().replace("name: Jean Martin", 'name: "Jean\\e[31m Martin"')
    text = text.replace("title: Tanaka visits Paris", "title: Tanaka visits\u202e Paris")
    path = write_small(tmp_path, text)
    article = (tmp_path / "small.txt").read_text()
    article = article.replace("on Friday.", "on Friday.\x1b]52;c;eA==\x07")
    (tmp_path / "small.txt").write_text(article)
    briefing = load(path)
    assert all(p.severity is Severity.WARNING for p in briefing.warnings)
    found = [(Path(p.path).name, p.line, p.column, p.message) for p in briefing.warnings]
    offset = article.index("\x1b")
    assert found == [
        (
            "small.yaml",
            31,
            11,
            '"name" contains a control character (the first at character 5), shown as ␛',
        ),
        (
            "small.yaml",
            39,
            12,
            '"title" contains a control character (the first at character 14), shown as <U+202E>',
        ),
        (
            "small.txt",
            1,
            offset + 1,
            "the article contains 2 control characters (the first at "
            f"character {offset + 1}), shown as ␛, ␇",
        ),
    ]
    assert briefing.item("martin").name == "Jean\x1b[31m Martin"  # type: ignore[union-attr]


def test_errors_carry_the_warnings_too(tmp_path: Path) -> None:
    text = small_text().replace("name: Jean Martin", 'name: "Jean\\e Martin"')
    text = text.replace("kind: person", "kind: persn", 1)
    found = problems(write_small(tmp_path, text))
    assert sorted(p.severity for p in found) == [Severity.ERROR, Severity.WARNING]


def test_messages_never_carry_raw_control_characters(tmp_path: Path) -> None:
    text = small_text().replace("kind: person", 'kind: "pers\\e[2Jon\\x9b"', 1)
    text = text.replace("    roles:", '    "ro\\u202eles\\x07":', 1)
    for problem in problems(write_small(tmp_path, text)):
        formatted = problem.format()
        assert not list(find_controls(formatted)), formatted


def test_the_seed_is_found_in_a_checkout_that_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Run from a checkout's root, `briefing_tui` is the checkout's and has no `seeds` inside.
    import briefing_tui
    from briefing_tui.format import seed

    monkeypatch.setitem(sys.modules, "briefing_tui.seeds", None)
    monkeypatch.delattr(briefing_tui, "seeds", raising=False)
    path = seed_path()
    assert path == Path(seed.__file__).resolve().parents[2] / "seeds" / seed.SEED_NAME
    assert path.is_file()


def test_loading_leaves_the_garbage_collector_alone() -> None:
    # load() changes nothing process-wide: the cycle collector keeps running while it works
    # (also in a reload thread, where pausing it would pause it for the whole process).
    import gc

    runs: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(phase)

    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(100)
    gc.callbacks.append(count)
    try:
        load(SMALL)
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
        if not was_enabled:
            gc.disable()
    assert runs, "the collector never ran while the briefing loaded"
