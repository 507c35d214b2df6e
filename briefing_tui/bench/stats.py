"""The summaries the benchmark reports: median, nearest-rank 95th percentile, paired ratio."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    """The median (mean of the two middle values for an even count)."""
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile: the ceil(0.95 n)-th smallest value (190th of 200)."""
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)), 1) - 1]


def paired_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> float:
    """The median of the per-round ratios `numerators[i] / denominators[i]`.

    The bench runs what it compares in rounds, one of each a round, so that a slow stretch of the
    machine hits both. Dividing round by round keeps that pairing; dividing one median by the
    other drops it, and when the machine's speed switches between two levels during a run, each
    median can land on a different level (and a screen that draws strictly more can come out
    faster than the bare app).
    """
    if len(numerators) != len(denominators) or not numerators:
        raise ValueError("paired_ratio needs two non-empty series of the same length")
    return statistics.median(a / b for a, b in zip(numerators, denominators, strict=True))
