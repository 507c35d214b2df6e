"""`briefing-tui bench`: measure the reader against baselines measured in the same run."""

from __future__ import annotations

import argparse

HELP = "measure first paint, loading, keypresses, memory, drafting, exports and the library"
DESCRIPTION = (
    "Measure the reader against baselines measured in the same run: first paint on the seed "
    "against a bare Textual app, load() against yaml.compose, CPU time per keypress against a "
    "bare OptionList, and peak memory; drafting (per word, the seed article against a "
    "20,000-word one), each export format against load(), and the library (index build, "
    "reindex of one file, search) against their floors. The defaults are the full run (a few "
    "minutes); the other "
    "options make quick or custom runs."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Every option of the bench (the README names them)."""
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=None,
        metavar="N,N,...",
        help="events in the samples for the keypress and memory figures (default 1000,10000,50000)",
    )
    parser.add_argument(
        "--load-events",
        type=_positive,
        default=None,
        metavar="N",
        help="events in the sample the load figure reads (default 10000)",
    )
    parser.add_argument(
        "--runs",
        type=_positive,
        default=None,
        metavar="R",
        help="rounds of the first-paint and load figures (default 21 and 5)",
    )
    parser.add_argument(
        "--presses",
        type=_positive,
        default=None,
        metavar="K",
        help="Down presses timed in each keypress process (default 200)",
    )
    parser.add_argument(
        "--idle-cycles",
        type=_non_negative,
        default=None,
        metavar="C",
        help="idle cycles timed to subtract the measuring's own cost (default 40)",
    )
    parser.add_argument(
        "--headless",
        action="store_true",
        help="run the keypress apps headless instead of in a pty (for machines without one)",
    )
    parser.add_argument(
        "--export-events",
        type=_positive,
        default=None,
        metavar="N",
        help="events in the sample the export figure reads (default the largest of --sizes)",
    )
    parser.add_argument(
        "--export-rounds",
        type=_positive,
        default=None,
        metavar="R",
        help="rounds of the export figure, each a load and every format (default 1)",
    )
    parser.add_argument(
        "--library-size",
        type=_positive,
        default=None,
        metavar="N",
        help="briefings in the sample library of the library figures (default 10000)",
    )
    for part, what in (
        ("draft", "the draft figure (the seed article and a 20,000-word article)"),
        ("export", "the export figure (every format against load)"),
        ("library", "the library figures (index build, reindex of one file, search)"),
    ):
        parser.add_argument(f"--skip-{part}", action="store_true", help=f"leave out {what}")


def run(args: argparse.Namespace) -> int:
    """Runs the bench; a Rich table, or the figures as JSON with --json."""
    from briefing_tui.bench.run import main

    return main(args)


def parse_sizes(text: str) -> tuple[int, ...]:
    """`1000,10000` -> (1000, 10000); positive integers only."""
    try:
        sizes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a list of integers: {text!r}") from error
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive integers")
    return sizes


def _positive(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _non_negative(text: str) -> int:
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
