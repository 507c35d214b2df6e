"""The two summaries the benchmark reports: median and nearest-rank 95th percentile."""

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
