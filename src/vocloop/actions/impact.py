"""Did a fix work? Difference-in-differences on order cohorts, with honest intervals.

For the ASINs a fix touched (treated) and comparable ASINs it did not (control), rates are taken
by ORDER day: returns (or complaints of the targeted root cause) of the units ordered that day,
divided by those units weighted by how complete their returns are by now (the store's return-lag
curve). The effect is (treated after - before) - (control after - before): what changed beyond
what changed anyway (season, a marketplace-wide wave). Intervals are normal on binomial
variances. A fix is meant to lower a rate, so "improved" is declared when the 90% interval lies
below zero (a one-sided 5% test); "worsened" needs the 95% interval above zero (2.5%), so a fix
that did nothing is called either way in under 10% of cases. With too little data the answer is
"not yet, about N more weeks at current volume".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

BEFORE_DAYS = 112  # 16 weeks of cohorts before the fix
MIN_WEIGHT = 0.5  # cohorts whose returns are less complete than this are not judged yet
Z90, Z95 = 1.6449, 1.9600
DETECTABLE = 0.3  # "enough data" means a 30% relative change would be seen
MIN_AFTER_DAYS = 14


@dataclass(frozen=True)
class Arm:
    """Per order day: units, events of those units so far, completeness of their returns."""

    units: NDArray[np.float64]
    events: NDArray[np.float64]
    weight: NDArray[np.float64]


@dataclass(frozen=True)
class _Rate:
    rate: float
    variance: float
    units: float  # effective units (units x completeness)


def _rate(arm: Arm, start: int, stop: int) -> _Rate | None:
    window = slice(max(start, 0), max(stop, 0))
    judged = arm.weight[window] >= MIN_WEIGHT
    effective = float((arm.units[window] * arm.weight[window])[judged].sum())
    if effective <= 0:
        return None
    events = float(arm.events[window][judged].sum())
    rate = events / effective
    bounded = min(max(rate, 0.5 / effective), 1 - 0.5 / effective)  # no zero variance
    return _Rate(rate, bounded * (1 - bounded) / effective, effective)


@dataclass(frozen=True)
class Effect:
    status: str  # improved, worsened, no_effect_seen, collecting, no_data
    before: float | None
    after: float | None
    control_before: float | None
    control_after: float | None
    effect: float | None  # absolute change in rate beyond the control's
    relative: float | None  # effect / before
    interval90: tuple[float, float] | None
    interval95: tuple[float, float] | None
    after_units: float
    weeks_needed: float | None  # more weeks at current volume until a 30% change would show
    unit: str = "rate"  # "rate" (a share of orders) or "stars" (mean review rating)
    better: str = "lower"  # the direction a fix should move the metric


def did_effect(treated: Arm, control: Arm | None, *, effective: int, last: int) -> Effect:
    """Effect of a fix that took effect on day index `effective`, judged with data to `last`."""
    before = _rate(treated, effective - BEFORE_DAYS, effective)
    after = _rate(treated, effective, last + 1)
    c_before = _rate(control, effective - BEFORE_DAYS, effective) if control else None
    c_after = _rate(control, effective, last + 1) if control else None
    if before is None:
        return Effect("no_data", None, None, None, None, None, None, None, None, 0.0, None)
    trend = (c_after.rate - c_before.rate) if c_before and c_after else 0.0
    fixed_variance = before.variance + (
        c_before.variance + c_after.variance if c_before and c_after else 0.0
    )
    weekly_units = float((treated.units[max(last - 27, 0) : last + 1]).sum()) / 4.0
    needed = _units_needed(before.rate, fixed_variance)
    if after is None or last - effective + 1 < MIN_AFTER_DAYS:
        have = after.units if after else 0.0
        return Effect(
            "collecting",
            before.rate,
            after.rate if after else None,
            c_before.rate if c_before else None,
            c_after.rate if c_after else None,
            None,
            None,
            None,
            None,
            have,
            _weeks(needed, have, weekly_units, last - effective + 1),
        )
    effect = (after.rate - before.rate) - trend
    se = math.sqrt(fixed_variance + after.variance)
    interval90 = (effect - Z90 * se, effect + Z90 * se)
    interval95 = (effect - Z95 * se, effect + Z95 * se)
    if interval90[1] < 0:
        status = "improved"
    elif interval95[0] > 0:
        status = "worsened"
    elif needed is not None and after.units >= needed:
        status = "no_effect_seen"
    else:
        status = "collecting"
    return Effect(
        status,
        before.rate,
        after.rate,
        c_before.rate if c_before else None,
        c_after.rate if c_after else None,
        effect,
        effect / before.rate if before.rate else None,
        interval90,
        interval95,
        after.units,
        _weeks(needed, after.units, weekly_units, last - effective + 1)
        if status == "collecting"
        else None,
    )


def _units_needed(rate: float, fixed_variance: float) -> float | None:
    """Effective units after the fix for a 30% relative reduction to clear the 90% interval."""
    target = (DETECTABLE * rate / Z90) ** 2
    room = target - fixed_variance
    if rate <= 0 or room <= 0:
        return None  # the baseline itself is too uncertain at this volume
    after_rate = rate * (1 - DETECTABLE)
    return after_rate * (1 - after_rate) / room


def _weeks(
    needed: float | None, have: float, weekly_units: float, days_so_far: int
) -> float | None:
    if needed is None or weekly_units <= 0:
        return None
    more_units = max(needed - have, 0.0) / weekly_units
    # Returns of new orders take a few weeks to arrive: at least the rest of the first 2 weeks.
    return max(more_units, (MIN_AFTER_DAYS - days_so_far) / 7.0, 0.0) + 2.0


@dataclass(frozen=True)
class Stat:
    """One period's estimate: value, variance of the value, and how many orders/reviews it has."""

    value: float
    variance: float
    n: float

    @classmethod
    def proportion(cls, events: float, total: float) -> Stat | None:
        if total <= 0:
            return None
        rate = events / total
        bounded = min(max(rate, 0.5 / total), 1 - 0.5 / total)
        return cls(rate, bounded * (1 - bounded) / total, total)

    @classmethod
    def mean(cls, values: list[int]) -> Stat | None:
        if not values:
            return None
        n = len(values)
        average = sum(values) / n
        spread = sum((v - average) ** 2 for v in values) / max(n - 1, 1)
        return cls(average, max(spread, 0.25) / n, float(n))  # a floor: 1 review has no spread


def did_stats(
    before: Stat | None,
    after: Stat | None,
    control_before: Stat | None,
    control_after: Stat | None,
    *,
    detectable: float,
    weekly_n: float,
    weeks_until_window: float = 0.0,
    unit: str = "rate",
    better: str = "lower",
) -> Effect:
    """Difference-in-differences on two periods' estimates (snapshot rates, mean ratings).

    `detectable` is the absolute change that counts as "enough data" when the 90% interval would
    show it; `weekly_n` the orders or reviews a week brings; `weeks_until_window` how long until the
    first period wholly after the fix exists (NCX's trailing window). Same verdicts as did_effect,
    with "improved" meaning a move in the `better` direction.
    """

    def value(stat: Stat | None) -> float | None:
        return stat.value if stat else None

    if before is None:
        return Effect(
            "no_data", None, None, None, None, None, None, None, None, 0.0, None, unit, better
        )
    paired = control_before is not None and control_after is not None
    trend = (control_after.value - control_before.value) if paired else 0.0  # type: ignore[union-attr]
    fixed = before.variance + (
        control_before.variance + control_after.variance if paired else 0.0  # type: ignore[union-attr]
    )
    per_unit = before.variance * before.n
    room = (detectable / Z90) ** 2 - fixed
    needed = per_unit / room if room > 0 and per_unit > 0 else None
    have = after.n if after else 0.0
    more = None
    if needed is not None and weekly_n > 0:
        more = max(max(needed - have, 0.0) / weekly_n, weeks_until_window)
    elif weeks_until_window > 0:
        more = weeks_until_window
    if after is None:
        return Effect(
            "collecting",
            before.value,
            None,
            value(control_before),
            value(control_after),
            None,
            None,
            None,
            None,
            0.0,
            more,
            unit,
            better,
        )
    effect = (after.value - before.value) - trend
    se = math.sqrt(fixed + after.variance)
    interval90 = (effect - Z90 * se, effect + Z90 * se)
    interval95 = (effect - Z95 * se, effect + Z95 * se)
    sign = -1.0 if better == "lower" else 1.0
    if (interval90[1] < 0) if sign < 0 else (interval90[0] > 0):
        status = "improved"
    elif (interval95[0] > 0) if sign < 0 else (interval95[1] < 0):
        status = "worsened"
    elif needed is not None and have >= needed:
        status = "no_effect_seen"
    else:
        status = "collecting"
    return Effect(
        status,
        before.value,
        after.value,
        value(control_before),
        value(control_after),
        effect,
        effect / before.value if before.value else None,
        interval90,
        interval95,
        have,
        more if status == "collecting" else None,
        unit,
        better,
    )
