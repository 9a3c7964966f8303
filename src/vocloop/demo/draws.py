"""Seeded random draws the simulation repeats many times: weighted picks and Poisson counts."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A fixed weighted choice, drawn with one random() call (cheaper than Random.choices)."""

    def __init__(self, table: Sequence[tuple[T, float]]) -> None:
        self._values = [value for value, _ in table]
        self._bounds = list(itertools.accumulate(weight for _, weight in table))
        self._total = self._bounds[-1]
        self._bounds[-1] = math.inf  # so rounding can never step past the last value

    def pick(self, rng: random.Random) -> T:
        return self._values[bisect.bisect_right(self._bounds, rng.random() * self._total)]


def seeded(seed: int, purpose: str) -> random.Random:
    """A reproducible stream per purpose, so one part's draws never shift another's."""
    return random.Random(f"{seed}:{purpose}")  # noqa: S311 - invented demo data, not secrets


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth for small means, a rounded normal for large ones)."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count
