"""`briefing-tui sample`: write a synthetic briefing and its article (never over existing files
without `--force`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HELP = "write a synthetic briefing (and its article) for trying and benchmarking"
DESCRIPTION = (
    "Write a deterministic, valid synthetic briefing with a generated article (FILE and a .txt "
    "beside it), for trying the reader on a large file and for the benchmark. Existing files "
    "are not overwritten without --force."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The sizes, the random seed, --force and FILE."""
    parser.add_argument("--events", type=_count, metavar="N", help="events (one briefing)")
    parser.add_argument(
        "--library",
        type=_count,
        metavar="N",
        help="write N briefings into the folder FILE whose people, events and topics overlap",
    )
    parser.add_argument(
        "--participants", type=_count, metavar="P", help="participants (default: N/20, at least 8)"
    )
    parser.add_argument(
        "--topics", type=_count, metavar="T", help="topics (default: N/50, at least 6)"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument(
        "--force", action="store_true", help="overwrite FILE and its article if they exist"
    )
    parser.add_argument("file", metavar="FILE", help="where to write the briefing")


def run(args: argparse.Namespace) -> int:
    """Writes the briefing to `args.file` and says what was written; 1 when it may not or cannot
    write, 2 for counts that cannot make a valid briefing."""
    if args.library is not None:
        if args.events is not None:
            print("briefing-tui sample: --events and --library go separately", file=sys.stderr)
            return 2
        from briefing_tui.library.sample_command import run_library

        return run_library(args.library, Path(args.file), args.seed)
    if args.events is None:
        print("briefing-tui sample: one of --events N or --library N is needed", file=sys.stderr)
        return 2
    from briefing_tui.bench.sample import article_path, sample_counts, write_sample

    path = Path(args.file)
    article = article_path(path)
    try:
        events, participants, topics = sample_counts(args.events, args.participants, args.topics)
    except ValueError as error:
        print(f"briefing-tui sample: {error}", file=sys.stderr)
        return 2
    if not getattr(args, "force", False):
        existing = [str(each) for each in (path, article) if os.path.lexists(each)]
        if existing:
            print(
                f"briefing-tui sample: {' and '.join(existing)} already exist"
                f"{'s' if len(existing) == 1 else ''}; use --force to overwrite",
                file=sys.stderr,
            )
            return 1
    try:
        write_sample(path, events=events, participants=participants, topics=topics, seed=args.seed)
    except OSError as error:
        print(
            f"briefing-tui sample: cannot write {path}: {error.strerror or error}", file=sys.stderr
        )
        return 1
    print(
        f"wrote {path} ({events:,} events, {participants:,} participants, {topics:,} topics)"
        f" and its article {article}"
    )
    return 0


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value
