"""Impact benchmark: simulated fixes with known true effects, measured as vocloop measures them.

    python benchmarks/impact_bench.py [--runs 400] [--units 20] [--cause-rate 0.06] [--seed 1]

Each run: one treated ASIN and 8 comparable ASINs selling Poisson(units/day); a root cause
returns a share `cause-rate` of units, each return arriving after a log-normal lag (median about
9 days). On the fix day every ASIN's rate moves by a common shock (x1.15, e.g. a season), and
the treated ASIN's by the fix (x0.7: a 30% relative reduction; x1.0 for placebos). The fix is
judged 6 weeks later with `vocloop.actions.impact.did_effect` on order cohorts, with what has
arrived by then. Targets: 90% intervals cover the true effect in >= 85% of runs; the 30%
reduction is declared in >= 80% of runs; placebos declare nothing in >= 90%. The same figures
for a before/after comparison without controls are printed beside them.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from vocloop.actions.impact import Arm, did_effect
from vocloop.monitor.lag import completeness, lag_pmf

DAYS_BEFORE = 200
JUDGED_AFTER = 42
CONTROLS = 8
SHOCK = 1.15


def _arm(
    rng: np.random.Generator, units_per_day: float, rate_before: float, rate_after: float
) -> tuple[np.ndarray, np.ndarray]:
    """(units, events seen by the judging day) per order day."""
    days = DAYS_BEFORE + JUDGED_AFTER
    units = rng.poisson(units_per_day, days).astype(float)
    events = np.zeros(days)
    for day in range(days):
        rate = rate_after if day >= DAYS_BEFORE else rate_before
        n = rng.binomial(int(units[day]), rate)
        lags = np.round(rng.lognormal(np.log(9.0), 0.7, n))
        events[day] = float((day + lags <= days - 1).sum())
    return units, events


def run(
    rng: np.random.Generator, units: float, cause_rate: float, fix: float
) -> tuple[float, object, object]:
    pmf = lag_pmf(np.round(rng.lognormal(np.log(9.0), 0.7, 300)).astype(int))
    last = DAYS_BEFORE + JUDGED_AFTER - 1
    weight = np.array([completeness(pmf, last - d) for d in range(last + 1)])
    t_units, t_events = _arm(rng, units, cause_rate, cause_rate * SHOCK * fix)
    c_units = np.zeros(last + 1)
    c_events = np.zeros(last + 1)
    for _ in range(CONTROLS):
        u, e = _arm(rng, units, cause_rate, cause_rate * SHOCK)
        c_units += u
        c_events += e
    treated = Arm(t_units, t_events, weight)
    control = Arm(c_units, c_events, weight)
    truth = cause_rate * SHOCK * fix - cause_rate * SHOCK  # DiD effect: the fix's own part
    with_controls = did_effect(treated, control, effective=DAYS_BEFORE, last=last)
    without = did_effect(treated, None, effective=DAYS_BEFORE, last=last)
    return truth, with_controls, without


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--units", type=float, default=20)
    parser.add_argument(
        "--cause-rate", type=float, nargs="+", default=[0.04, 0.06, 0.10], help="shares of units"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    print(f"runs={args.runs}, units/day={args.units}, judged {JUDGED_AFTER} days after the fix")
    print("\n| cause rate | method | fix | 90% interval covers truth | declared improved |")
    print("|---:|---|---|---:|---:|")
    for rate in args.cause_rate:
        table(args, rate)
    print(f"\n{time.perf_counter() - started:.1f} s")


def table(args: argparse.Namespace, cause_rate: float) -> None:
    for fix, name in ((0.7, "30% reduction"), (1.0, "placebo")):
        rng = np.random.default_rng(args.seed)
        tallies = {"DiD with controls": [0, 0, 0], "before/after, no control": [0, 0, 0]}
        for _ in range(args.runs):
            truth, with_controls, without = run(rng, args.units, cause_rate, fix)
            for method, effect in (
                ("DiD with controls", with_controls),
                ("before/after, no control", without),
            ):
                tally = tallies[method]
                # Without controls the estimate includes the shock: truth for it is the raw change.
                target = (
                    truth if method.startswith("DiD") else (cause_rate * SHOCK * fix - cause_rate)
                )
                low, high = effect.interval90 or (np.inf, -np.inf)
                tally[0] += low <= target <= high
                tally[1] += effect.status == "improved"
                tally[2] += effect.status in ("improved", "worsened")
        for method, (covered, improved, declared) in tallies.items():
            claimed = improved if fix < 1 else declared  # placebo: any claim is wrong
            print(
                f"| {cause_rate:.0%} | {method} | {name} | {covered / args.runs:.1%} | "
                f"{claimed / args.runs:.1%}{' (any)' if fix == 1 else ''} |"
            )


if __name__ == "__main__":
    main()
