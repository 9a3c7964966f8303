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

`--signals` also simulates the other two measures of a fix, as `vocloop.actions.impact_signals`
takes them: NCX from Voice-of-the-Customer snapshots (90-day windows: the newest before the fix
against the first wholly after it, 13 weeks later; treated and 8 controls at `units`/day, NCX
rate 3% with the same x1.15 shock and x0.7 fix) and the mean review rating (reviews at 0.05 per
unit sold, 16 weeks before against weeks 3-6 and 3-13 after; the fix moves the star mix up by
about +0.3 stars). Same targets: coverage of the 90% interval, declared improved, placebo claims.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from vocloop.actions.impact import Arm, Stat, did_effect, did_stats
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
    parser.add_argument("--signals", action="store_true", help="also NCX and rating effects")
    args = parser.parse_args()
    started = time.perf_counter()
    print(f"runs={args.runs}, units/day={args.units}, judged {JUDGED_AFTER} days after the fix")
    print("\n| cause rate | method | fix | 90% interval covers truth | declared improved |")
    print("|---:|---|---|---:|---:|")
    for rate in args.cause_rate:
        table(args, rate)
    if args.signals:
        signals_table(args)
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


NCX_RATE = 0.03
WINDOW = 90
REVIEWS_PER_UNIT = 0.05
STARS = np.array([1, 2, 3, 4, 5])
MIX_BEFORE = np.array([0.08, 0.07, 0.15, 0.30, 0.40])  # mean 3.87
MIX_FIXED = np.array([0.04, 0.04, 0.12, 0.32, 0.48])  # mean 4.16


def _ncx(rng: np.random.Generator, units: float, fix: float) -> tuple[float, object]:
    orders = [rng.poisson(units * WINDOW) for _ in range(2 * (CONTROLS + 1))]
    t_before = Stat.proportion(rng.binomial(orders[0], NCX_RATE), orders[0])
    t_after = Stat.proportion(rng.binomial(orders[1], NCX_RATE * SHOCK * fix), orders[1])
    c_before_x = c_before_n = c_after_x = c_after_n = 0
    for i in range(CONTROLS):
        n_before, n_after = orders[2 + 2 * i], orders[3 + 2 * i]
        c_before_x += rng.binomial(n_before, NCX_RATE)
        c_before_n += n_before
        c_after_x += rng.binomial(n_after, NCX_RATE * SHOCK)
        c_after_n += n_after
    effect = did_stats(
        t_before,
        t_after,
        Stat.proportion(c_before_x, c_before_n),
        Stat.proportion(c_after_x, c_after_n),
        detectable=0.3 * NCX_RATE,
        weekly_n=units * 7,
    )
    return NCX_RATE * SHOCK * fix - NCX_RATE * SHOCK, effect


def _rating(
    rng: np.random.Generator, units: float, fixed: bool, after_days: int
) -> tuple[float, object]:
    def reviews(days: int, mix: np.ndarray) -> list[int]:
        count = rng.poisson(units * REVIEWS_PER_UNIT * days)
        return [int(x) for x in rng.choice(STARS, size=count, p=mix)]

    treated_after = MIX_FIXED if fixed else MIX_BEFORE
    c_before: list[int] = []
    c_after: list[int] = []
    for _ in range(CONTROLS):
        c_before += reviews(112, MIX_BEFORE)
        c_after += reviews(after_days, MIX_BEFORE)
    effect = did_stats(
        Stat.mean(reviews(112, MIX_BEFORE)),
        Stat.mean(reviews(after_days, treated_after)),
        Stat.mean(c_before),
        Stat.mean(c_after),
        detectable=0.3,
        weekly_n=units * REVIEWS_PER_UNIT * 7,
        better="higher",
    )
    truth = float(STARS @ treated_after - STARS @ MIX_BEFORE)
    return truth, effect


def signals_table(args: argparse.Namespace) -> None:
    print("\n| measure | fix | 90% interval covers truth | declared improved / any (placebo) |")
    print("|---|---|---:|---:|")
    cases = [
        ("NCX, first 90-day window after (13 weeks)", lambda r, f: _ncx(r, args.units, f)),
        ("rating, weeks 3-6 after", lambda r, f: _rating(r, args.units, f < 1, 28)),
        ("rating, weeks 3-13 after", lambda r, f: _rating(r, args.units, f < 1, 77)),
    ]
    for name, simulate in cases:
        for fix, label in ((0.7, "fix"), (1.0, "placebo")):
            rng = np.random.default_rng(args.seed)
            covered = improved = declared = 0
            for _ in range(args.runs):
                truth, effect = simulate(rng, fix)
                low, high = effect.interval90 or (np.inf, -np.inf)  # type: ignore[attr-defined]
                covered += low <= truth <= high
                improved += effect.status == "improved"  # type: ignore[attr-defined]
                declared += effect.status in ("improved", "worsened")  # type: ignore[attr-defined]
            claimed = improved if fix < 1 else declared
            print(
                f"| {name} | {label} | {covered / args.runs:.1%} | {claimed / args.runs:.1%}"
                f"{' (any)' if fix == 1 else ''} |"
            )


if __name__ == "__main__":
    main()
