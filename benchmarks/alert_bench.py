"""Alert benchmark: synthetic ASINs with known change points, vocloop's detector vs a naive rule.

    python benchmarks/alert_bench.py [--runs 300] [--stable 300] [--seed 1]

Each synthetic ASIN sells Poisson(units/day) units a day; each unit is returned with probability p
after a lag drawn from a log-normal curve (median about 9 days, not the detector's generic curve).
Two kinds of change are simulated, both a doubling of p (5% -> 10%) at 30 units/day:
  * "return-day": from the change day, returns arriving per unit of exposure double (a defect
    that shows after use, a bad batch already in customers' hands);
  * "order-cohort": units *ordered* from the change day are returned twice as often, so the extra
    returns arrive with the lag (a bad batch shipped from that day).
Detection counts an alarm within 7 days of the change; an alarm before it is a false alarm.
Stable series (no change, 10/30/100 units/day, a year from launch) give the false-alarm rate per
100 ASIN-months over the whole year, the early weeks with a short baseline included. The naive
rule ("this week's rate > 1.5x the last 8 weeks", checked weekly) runs on the same series.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from vocloop.monitor import detect
from vocloop.monitor.lag import lag_pmf

DAYS = 365
CHANGE_DAY = 240
WARMUP = detect.BASELINE_DAYS + detect.BASELINE_GAP_DAYS


def _lags(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.minimum(np.round(rng.lognormal(np.log(9.0), 0.7, n)), 90).astype(int)


def simulate(
    rng: np.random.Generator, *, units_per_day: float, rate: float, change: str | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(units per day, returns per day, observed lags) of one synthetic ASIN."""
    units = rng.poisson(units_per_day, DAYS).astype(float)
    returns = np.zeros(DAYS + 100)
    for day in range(DAYS):
        p = rate * 2 if change == "order-cohort" and day >= CHANGE_DAY else rate
        n = rng.binomial(int(units[day]), p)
        for lag in _lags(rng, n):
            returns[day + lag] += 1
    returns = returns[:DAYS]
    if change == "return-day":
        # From the change day on, as many extra returns again as the base process delivers.
        base_expected = np.convolve(units, np.bincount(_lags(rng, 100_000), minlength=91) / 1e5)
        returns[CHANGE_DAY:] += rng.poisson(rate * base_expected[CHANGE_DAY:DAYS])
    return units, returns, _lags(rng, 200)


def detector(base: float):
    def alarms(units: np.ndarray, returns: np.ndarray, lags: np.ndarray) -> list[int]:
        pmf = lag_pmf(lags)
        expo = detect.exposure(units, pmf)
        prior = float(returns[:WARMUP].sum() / max(expo[:WARMUP].sum(), 1.0))
        baseline = detect.rolling_baseline(returns, expo, prior)
        typical = float(np.median((baseline.rate * expo)[baseline.usable]))
        threshold = detect.threshold_for(typical, base)
        found = detect.poisson_cusum(returns, expo, baseline, threshold=threshold)
        return [alarm.day for alarm in found]

    return alarms


def naive(units: np.ndarray, returns: np.ndarray, _lags: np.ndarray) -> list[int]:
    return detect.naive_alarms(returns, units)


def detection(rng_seed: int, runs: int, change: str, rule) -> tuple[float, float, float, float]:
    """(share detected within 7 days, within 14 days, median delay of detections within 60 days,
    share with a false alarm before the change)."""
    rng = np.random.default_rng(rng_seed)
    within, within14, delays, early = 0, 0, [], 0
    for _ in range(runs):
        units, returns, lags = simulate(rng, units_per_day=30, rate=0.05, change=change)
        alarms = [d for d in rule(units, returns, lags) if d >= WARMUP]
        if any(d < CHANGE_DAY for d in alarms):
            early += 1
        after = [d - CHANGE_DAY for d in alarms if d >= CHANGE_DAY]
        if after and after[0] < 7:
            within += 1
        if after and after[0] < 14:
            within14 += 1
        if after and after[0] < 60:
            delays.append(after[0])
    median = float(np.median(delays)) if delays else float("nan")
    return within / runs, within14 / runs, median, early / runs


def false_alarms(rng_seed: int, series: int, units_per_day: float, rule) -> float:
    """False alarms per 100 ASIN-months on stable series."""
    rng = np.random.default_rng(rng_seed)
    alarms = 0
    for _ in range(series):
        units, returns, lags = simulate(rng, units_per_day=units_per_day, rate=0.05, change=None)
        alarms += len(rule(units, returns, lags))
    months = series * DAYS / 30.44
    return 100.0 * alarms / months


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--stable", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--sweep", action="store_true", help="also try other CUSUM thresholds (the trade-off)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    rules = {f"vocloop CUSUM h={detect.CUSUM_THRESHOLD}": detector(detect.CUSUM_THRESHOLD)}
    if args.sweep:
        for base in (3.0, 4.0, 5.0, 7.0):
            rules[f"vocloop CUSUM h={base}"] = detector(base)
    rules["naive 1.5x rule"] = naive
    print(f"runs={args.runs}, stable series={args.stable}, seed={args.seed}")
    print("\n| rule | change | within 7 d | within 14 d | median delay (d) | false alarm before |")
    print("|---|---|---:|---:|---:|---:|")
    for name, rule in rules.items():
        for change in ("return-day", "order-cohort"):
            share, share14, delay, early = detection(args.seed, args.runs, change, rule)
            print(
                f"| {name} | {change} | {share:.1%} | {share14:.1%} | {delay:.1f} | {early:.1%} |"
            )
    print("\n| rule | units/day | false alarms per 100 ASIN-months |")
    print("|---|---:|---:|")
    for name, rule in rules.items():
        for volume in (10, 30, 100):
            rate = false_alarms(args.seed + volume, args.stable, volume, rule)
            print(f"| {name} | {volume} | {rate:.2f} |")
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
