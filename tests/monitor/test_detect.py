"""The statistics under every alert, on series whose truth we know."""

from __future__ import annotations

import numpy as np

from vocloop.monitor import detect
from vocloop.monitor.lag import completeness, generic_lag_pmf, lag_pmf


def _series(rng: np.random.Generator, days: int, rate: float, change: int | None = None):
    units = rng.poisson(30, days).astype(float)
    pmf = generic_lag_pmf()
    expo = detect.exposure(units, pmf)
    true_rate = np.full(days, rate)
    if change is not None:
        true_rate[change:] *= 2
    returns = rng.poisson(true_rate * expo).astype(float)
    return units, expo, returns


def test_exposure_spreads_units_over_the_lag_curve_without_losing_any() -> None:
    units = np.zeros(200)
    units[10] = 100
    expo = detect.exposure(units, generic_lag_pmf())
    assert abs(expo.sum() - 100) < 1e-6
    assert expo[:10].sum() == 0  # nothing comes back before it was sold
    assert completeness(generic_lag_pmf(), 90) > 0.999 > completeness(generic_lag_pmf(), 7)


def test_own_lag_curve_wins_over_the_generic_one_with_enough_returns() -> None:
    quick = lag_pmf([2] * 500)
    assert completeness(quick, 2) > 0.9
    assert completeness(lag_pmf([2] * 5), 2) < 0.5  # five returns do not make a curve


def test_cusum_finds_a_doubling_soon_and_estimates_when_it_began() -> None:
    rng = np.random.default_rng(11)
    _, expo, returns = _series(rng, 300, 0.05, change=220)
    baseline = detect.rolling_baseline(returns, expo, 0.05)
    alarms = detect.poisson_cusum(returns, expo, baseline)
    assert alarms, "a doubling at 30 units a day must be found"
    first = alarms[0]
    assert 220 <= first.day <= 250
    assert abs(first.since - 220) <= 15
    assert first.observed_rate > 1.5 * first.baseline_rate


def test_cusum_stays_quiet_on_stable_series() -> None:
    rng = np.random.default_rng(5)
    alarms = 0
    for _ in range(40):
        _, expo, returns = _series(rng, 365, 0.05)
        baseline = detect.rolling_baseline(returns, expo, 0.05)
        alarms += len(detect.poisson_cusum(returns, expo, baseline))
    # 480 ASIN-months; the target is under 1 per 100 (the naive weekly rule raises ~150 here).
    assert alarms <= 5


def test_threshold_grows_with_volume_and_tests_get_stricter_with_evidence() -> None:
    assert detect.threshold_for(0.2) == detect.threshold_for(1.5) < detect.threshold_for(15)
    # The same excess is more surprising when the baseline was counted on more events.
    assert detect.excess_pvalue(20, 100, 0.1) < detect.excess_pvalue(20, 10, 1.0)
    assert detect.excess_pvalue(0, 10, 1.0) == 1.0


def test_rate_interval_covers_the_true_rate_about_as_often_as_it_says() -> None:
    rng = np.random.default_rng(2)
    covered = 0
    for _ in range(400):
        events = rng.binomial(300, 0.08)
        low, high = detect.rate_interval(events, 300, level=0.9)
        covered += low <= 0.08 <= high
    assert 0.85 <= covered / 400 <= 0.95
