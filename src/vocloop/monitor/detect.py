"""Change detection on count series: pure numpy, shared by the product and the alert benchmark.

Return alerts use a Poisson CUSUM on daily returns against the units that could come back that
day (exposure). The baseline is the ASIN's own rate over a trailing window that ends three weeks
before the day judged, shrunk toward its store's rate, so a change is measured against the
product's own past and not against a category average. The CUSUM is tuned to a doubling (the
change a seller must not miss); its threshold sets the false-alarm rate and was chosen with
benchmarks/alert_bench.py (about one false alarm per several hundred ASIN-months).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import stats

BASELINE_DAYS = 112  # 16 weeks of history form the baseline ...
BASELINE_GAP_DAYS = 14  # ... ending two weeks before the day judged, so a change can't hide in it
MIN_BASELINE_EXPOSURE = 500.0  # units' worth of exposure before an ASIN is judged at all ...
MIN_BASELINE_RETURNS = 15.0  # ... and returns: a baseline of a handful is mostly noise
PRIOR_UNITS = 100.0  # weight of the store's rate in an ASIN's baseline
CUSUM_RATIO = 2.0  # the change the CUSUM is tuned to detect
CUSUM_THRESHOLD = 7.0  # log-likelihood ratio at which the CUSUM alarms, at REFERENCE_DAILY
REFERENCE_DAILY = 1.5  # expected returns a day (30 units/day at 5%) the threshold is set for


def exposure(units: NDArray[np.float64], pmf: NDArray[np.float64]) -> NDArray[np.float64]:
    """Units that could come back on each day: past daily units weighted by the lag curve."""
    return np.asarray(np.convolve(units, pmf)[: len(units)], dtype=np.float64)


def _window_sums(values: NDArray[np.float64], start: int, end: int) -> NDArray[np.float64]:
    """For each day d, the sum of values over days [d - start, d - end)."""
    cumulative = np.concatenate([[0.0], np.cumsum(values)])
    days = np.arange(len(values))
    hi = np.clip(days - end, 0, len(values))
    lo = np.clip(days - start, 0, len(values))
    return np.asarray(cumulative[hi] - cumulative[lo], dtype=np.float64)


@dataclass(frozen=True)
class Baseline:
    rate: NDArray[np.float64]  # expected returns per unit of exposure, per day
    exposure: NDArray[np.float64]  # exposure the baseline rests on, per day
    usable: NDArray[np.bool_]  # enough history to judge the day


def rolling_baseline(
    returns: NDArray[np.float64], expo: NDArray[np.float64], prior_rate: float
) -> Baseline:
    base_returns = _window_sums(returns, BASELINE_DAYS + BASELINE_GAP_DAYS, BASELINE_GAP_DAYS)
    base_expo = _window_sums(expo, BASELINE_DAYS + BASELINE_GAP_DAYS, BASELINE_GAP_DAYS)
    rate = (base_returns + PRIOR_UNITS * prior_rate) / (base_expo + PRIOR_UNITS)
    usable = (base_expo >= MIN_BASELINE_EXPOSURE) & (base_returns >= MIN_BASELINE_RETURNS)
    return Baseline(rate=rate, exposure=base_expo, usable=usable)


@dataclass(frozen=True)
class Alarm:
    day: int  # index of the day the statistic crossed the threshold
    since: int  # index of the day the excess began (where the CUSUM last left zero)
    baseline_rate: float
    observed_rate: float  # returns / exposure from `since` to `day`


def threshold_for(daily_expected: float, base: float = CUSUM_THRESHOLD) -> float:
    """The alarm threshold for a series with this many expected returns a day.

    A Poisson CUSUM's false alarms come per *event*, so a busy ASIN would raise more of them per
    month at the same threshold; raising it by the log of the volume keeps the false-alarm rate
    per ASIN-month about level across volumes.
    """
    return base + math.log(max(daily_expected, REFERENCE_DAILY) / REFERENCE_DAILY)


def poisson_cusum(
    returns: NDArray[np.float64],
    expo: NDArray[np.float64],
    baseline: Baseline,
    *,
    ratio: float = CUSUM_RATIO,
    threshold: float | None = None,
) -> list[Alarm]:
    """Every alarm of a one-sided Poisson CUSUM for a rise of `ratio` times the baseline.

    After an alarm the statistic restarts from zero with the baseline frozen at its pre-alarm
    value until the baseline window has moved past the alarm, so one change gives one alarm.
    `threshold` defaults to `threshold_for` the series' typical daily returns.
    """
    log_ratio = math.log(ratio)
    if threshold is None:
        judged = baseline.usable
        typical = float(np.median((baseline.rate * expo)[judged])) if judged.any() else 0.0
        threshold = threshold_for(typical)
    alarms: list[Alarm] = []
    score = 0.0
    since = 0
    frozen_until = -1
    frozen_rate = 0.0
    for day in range(len(returns)):
        if not baseline.usable[day]:
            score, since = 0.0, day + 1
            continue
        rate = frozen_rate if day <= frozen_until else float(baseline.rate[day])
        expected = rate * float(expo[day])
        score += float(returns[day]) * log_ratio - (ratio - 1.0) * expected
        if score <= 0.0:
            score, since = 0.0, day + 1
            continue
        if score >= threshold:
            window = slice(since, day + 1)
            seen = float(expo[window].sum())
            alarms.append(
                Alarm(
                    day=day,
                    since=since,
                    baseline_rate=rate,
                    observed_rate=float(returns[window].sum()) / seen if seen else 0.0,
                )
            )
            frozen_rate = rate
            frozen_until = day + BASELINE_DAYS + BASELINE_GAP_DAYS
            score, since = 0.0, day + 1
    return alarms


def naive_alarms(returns: NDArray[np.float64], units: NDArray[np.float64]) -> list[int]:
    """The rule of thumb the benchmark compares with: this week's return rate above 1.5 times
    the rate of the 8 weeks before it, checked at the end of every week."""
    alarms = []
    for end in range(63, len(returns) + 1, 7):
        week_units = units[end - 7 : end].sum()
        past_units = units[end - 63 : end - 7].sum()
        if week_units <= 0 or past_units <= 0:
            continue
        this_week = returns[end - 7 : end].sum() / week_units
        past = returns[end - 63 : end - 7].sum() / past_units
        if this_week > 1.5 * past:
            alarms.append(end - 1)
    return alarms


def excess_pvalue(observed: int, baseline_count: float, exposure_ratio: float) -> float:
    """P(count >= observed) when the recent count follows the baseline rate.

    The baseline rate is itself uncertain (it was counted, `baseline_count` events), so the
    recent count is negative binomial (Poisson with a gamma rate) rather than Poisson: a small
    baseline then does not make every wobble look significant.
    """
    if observed <= 0:
        return 1.0
    shape = baseline_count + 0.5
    mean = shape * exposure_ratio
    p = shape / (shape + mean)
    return float(stats.nbinom.sf(observed - 1, shape, p))


def rate_interval(events: float, trials: float, level: float = 0.9) -> tuple[float, float]:
    """Equal-tailed Jeffreys interval for a binomial rate."""
    if trials <= 0:
        return (0.0, 1.0)
    tail = (1.0 - level) / 2.0
    low = 0.0 if events <= 0 else float(stats.beta.ppf(tail, events + 0.5, trials - events + 0.5))
    high = (
        1.0
        if events >= trials
        else float(stats.beta.ppf(1.0 - tail, events + 0.5, trials - events + 0.5))
    )
    return (low, high)
