"""The sample generator writes deterministic, valid briefings with everything the format can say."""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

import pytest
import yaml

from briefing_tui.bench.sample import article_path, q, write_sample
from briefing_tui.commands.sample import run as main
from briefing_tui.format.loader import load
from briefing_tui.format.model import Briefing, DateMod, ParticipantKind


def written(path: Path) -> tuple[bytes, bytes]:
    return path.read_bytes(), article_path(path).read_bytes()


def test_same_arguments_give_byte_identical_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "sample.yaml", tmp_path / "b" / "sample.yaml"
    first.parent.mkdir()
    second.parent.mkdir()
    write_sample(first, events=300, seed=7)
    write_sample(second, events=300, seed=7)
    assert written(first) == written(second)


def test_different_seeds_give_different_files(tmp_path: Path) -> None:
    write_sample(tmp_path / "one.yaml", events=100, seed=1)
    write_sample(tmp_path / "two.yaml", events=100, seed=2)
    one, two = written(tmp_path / "one.yaml"), written(tmp_path / "two.yaml")
    assert one[0] != two[0]
    assert one[1] != two[1]


def test_the_article_is_a_sibling_text_file(tmp_path: Path) -> None:
    write_sample(tmp_path / "briefing.yaml", events=3)
    assert (tmp_path / "briefing.txt").is_file()
    assert 'text_file: "briefing.txt"' in (tmp_path / "briefing.yaml").read_text()
    assert article_path(tmp_path / "notes.txt") == tmp_path / "notes.txt.txt"
    assert article_path(tmp_path / "plain") == tmp_path / "plain.txt"


@pytest.fixture(scope="module", params=[3, 50, 1000])
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    path = tmp_path_factory.mktemp("sample") / f"sample{request.param}.yaml"
    write_sample(path, events=request.param, seed=request.param)
    return load(path)


def test_valid_at_several_sizes_with_the_default_counts(sample: Briefing) -> None:
    events = len(sample.events)
    assert events in (3, 50, 1000)
    assert len(sample.participants) == max(8, events // 20)
    assert len(sample.topics) == max(6, events // 50)
    assert sample.warnings == ()
    assert len(sample.sides) >= 2


def test_every_quote_selects_its_own_words(sample: Briefing) -> None:
    text = sample.document.text
    for item in sample.items.values():
        for quote in item.evidence:
            selected = text[quote.span.start : quote.span.end]
            assert " ".join(selected.split()) == " ".join(quote.exact.split())


def test_participants_of_every_kind_with_roles_orgs_and_aliases(sample: Briefing) -> None:
    kinds = collections.Counter(participant.kind for participant in sample.participants)
    assert set(kinds) == set(ParticipantKind)
    people = [p for p in sample.participants if p.kind is ParticipantKind.PERSON]
    assert all(person.roles for person in people)
    assert any(person.org for person in people)
    assert any(person.aliases for person in sample.participants)
    for participant in sample.participants:
        if participant.org is not None:
            assert sample.item(participant.org).kind is ParticipantKind.ORGANIZATION


def test_events_link_two_to_six_participants_and_one_to_four_topics(sample: Briefing) -> None:
    for event in sample.events:
        assert 2 <= len(event.participants) <= 6
        assert 1 <= len(event.topics) <= 4
        assert sample.links.linked(event.id) == {*event.participants, *event.topics}
        assert event.when.text in sample.document.text


def test_topics_form_a_tree_three_deep(sample: Briefing) -> None:
    parents = {topic.id: topic.parent for topic in sample.topics}
    depths = []
    for topic_id in parents:
        depth, current = 1, topic_id
        while parents[current] is not None:
            current = parents[current]
            depth += 1
        depths.append(depth)
    assert max(depths) == 3


def test_names_and_titles_are_plain_words(sample: Briefing) -> None:
    plain = re.compile(r"[A-Za-z][A-Za-z .,'-]*")
    for participant in sample.participants:
        assert plain.fullmatch(participant.name)
        for name in (*participant.roles, *participant.aliases):
            assert plain.fullmatch(name)
    for item in (*sample.events, *sample.topics):
        assert plain.fullmatch(item.title)


def test_a_thousand_events_mix_every_kind_of_date_status_and_certainty(tmp_path: Path) -> None:
    path = tmp_path / "mixed.yaml"
    write_sample(path, events=1000)
    briefing = load(path)
    mods = {event.when.mod for event in briefing.events}
    assert mods == {None, *DateMod}
    dates = [event.when.date for event in briefing.events]
    assert any(date is None for date in dates)
    written_dates = [date for date in dates if date is not None]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", date) for date in written_dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", date) for date in written_dates)
    assert any(re.fullmatch(r"\d{4}", date) for date in written_dates)
    assert any(date.endswith("~") for date in written_dates)
    assert any(date.endswith("?") for date in written_dates)
    assert any(date.endswith("/..") for date in written_dates)
    assert any(date.startswith("../") for date in written_dates)
    assert any("/" in date and ".." not in date for date in written_dates)
    assert {event.status for event in briefing.events} == {
        "occurred",
        "ongoing",
        "planned",
        "expected",
        "possible",
    }
    assert {event.certainty for event in briefing.events} == {
        "stated",
        "expected",
        "likely",
        "possible",
    }
    quotes = [quote for event in briefing.events for quote in event.evidence]
    assert any(quote.prefix for quote in quotes)
    assert any(quote.suffix for quote in quotes)
    published = briefing.document.published
    for event in briefing.events:
        earliest, latest = event.when.earliest, event.when.latest
        if event.status == "occurred":
            assert earliest is None or earliest <= published
        elif event.status != "ongoing":
            assert latest is None or latest >= published


def test_explicit_counts(tmp_path: Path) -> None:
    path = tmp_path / "counts.yaml"
    write_sample(path, events=20, participants=3, topics=2, seed=5)
    briefing = load(path)
    assert (len(briefing.events), len(briefing.participants), len(briefing.topics)) == (20, 3, 2)
    write_sample(path, events=5, participants=40, topics=30)
    briefing = load(path)
    assert (len(briefing.participants), len(briefing.topics)) == (40, 30)


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ({"events": 0}, "--events"),
        ({"events": 5, "participants": 2}, "--participants"),
        ({"events": 5, "topics": 0}, "--topics"),
    ],
)
def test_impossible_counts_are_refused(tmp_path: Path, counts: dict[str, int], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        write_sample(tmp_path / "x.yaml", **counts)


def test_every_string_is_double_quoted_and_reads_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "quoted.yaml"
    write_sample(path, events=200)
    for line in path.read_text().splitlines():
        if line.startswith("#") or line == "briefing: 1" or line.endswith(":"):
            continue
        value = line.split(": ", 1)[1]
        assert value.startswith(('"', "[", "{")), line
    data = yaml.load(path.read_text(), Loader=yaml.SafeLoader)
    assert data["briefing"] == 1
    assert isinstance(data["document"]["published"], str)


@pytest.mark.parametrize(
    "text",
    ["plain", 'say "no"', "back\\slash", "tab\there", "line\nbreak", "\x1b[31m", "\u2028", "é"],
)
def test_yaml_quoting_round_trips(text: str) -> None:
    assert yaml.safe_load(f"value: {q(text)}")["value"] == text


def test_main_writes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.yaml"
    args = argparse.Namespace(
        force=False, library=None, events=10, participants=None, topics=None, seed=0, file=str(path)
    )
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "10 events" in out
    assert str(path) in out
    assert load(path).events


def test_main_refuses_bad_counts_and_unwritable_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(
        force=False, library=None, events=0, participants=None, topics=None, seed=0, file="x.yaml"
    )
    assert main(args) == 2
    assert "--events" in capsys.readouterr().err
    missing = tmp_path / "no" / "such" / "dir.yaml"
    args = argparse.Namespace(
        force=False,
        library=None,
        events=3,
        participants=None,
        topics=None,
        seed=0,
        file=str(missing),
    )
    assert main(args) == 1
    assert "cannot write" in capsys.readouterr().err


def test_main_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    args = argparse.Namespace(
        force=False, library=None, events=5, participants=None, topics=None, seed=0, file=str(path)
    )
    for existing in (path, article_path(path)):
        existing.write_text("the user's own words\n", encoding="utf-8")
        assert main(args) == 1
        err = capsys.readouterr().err
        assert str(existing) in err and "--force" in err
        assert existing.read_text(encoding="utf-8") == "the user's own words\n"
        other = article_path(path) if existing == path else path
        assert not other.exists() or other.read_text(encoding="utf-8") == "the user's own words\n"
    args.force = True
    assert main(args) == 0
    assert load(path).events
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt", "mine.yaml"]
