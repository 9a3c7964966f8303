"""How long after the order returns arrive: the store's own return-lag curve.

The curve turns "units ordered" into "units that could come back today" (exposure), and tells how
complete a young order cohort's returns are (maturity), so rates on recent weeks are neither
flattering nor alarming by accident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray

MAX_LAG_DAYS = 90  # Amazon's return window plus processing; later returns are rare
MIN_RETURNS_FOR_OWN_CURVE = 60
_PRIOR_WEIGHT = 30.0  # returns' worth of the generic curve blended into a store's own


def generic_lag_pmf() -> NDArray[np.float64]:
    """A typical FBA return lag: median about 10 days, 95% within about 35 (log-normal shape)."""
    days = np.arange(MAX_LAG_DAYS + 1, dtype=np.float64)
    mu, sigma = np.log(10.0), 0.75
    with np.errstate(divide="ignore"):
        density = np.exp(-((np.log(days + 0.5) - mu) ** 2) / (2 * sigma**2)) / (days + 0.5)
    density[0] *= 0.2  # same-day returns are rare
    return np.asarray(density / density.sum(), dtype=np.float64)


def lag_pmf(lags: Iterable[int]) -> NDArray[np.float64]:
    """Probability that a returned unit comes back k days after its order, k = 0..MAX_LAG_DAYS.

    `lags` are observed lags in days of the store's mature returns. With few of them the generic
    curve carries the estimate; with many the store's own shape wins.
    """
    counts = np.zeros(MAX_LAG_DAYS + 1, dtype=np.float64)
    for lag in lags:
        counts[min(max(int(lag), 0), MAX_LAG_DAYS)] += 1
    total = counts.sum()
    prior = generic_lag_pmf()
    if total < MIN_RETURNS_FOR_OWN_CURVE:
        weight = _PRIOR_WEIGHT + MIN_RETURNS_FOR_OWN_CURVE
    else:
        weight = _PRIOR_WEIGHT
    blended = counts + weight * prior
    return np.asarray(blended / blended.sum(), dtype=np.float64)


def completeness(pmf: NDArray[np.float64], age_days: int) -> float:
    """Share of a cohort's eventual returns that have arrived `age_days` after the order."""
    if age_days < 0:
        return 0.0
    return float(pmf[: min(age_days, MAX_LAG_DAYS) + 1].sum())


def lag_days(ordered: dt.datetime, returned: dt.datetime) -> int:
    return (returned.date() - ordered.date()).days
