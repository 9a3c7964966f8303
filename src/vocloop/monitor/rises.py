"""Has a count per unit sold (complaints of one cause, one topic, 1-2 star reviews) risen beyond
its baseline? Weekly looks over the lookback period; the first week the test is met is when it
became news.

Per look: the last 4 weeks against the 16 weeks before them (negative binomial, the baseline
rate's own uncertainty included, plus a weak prior at the store's rate so a thing never seen
before is not infinitely new) and against the ASIN's whole history (a level that merely returns
after a quiet season is not a rise). Strict p-value: hundreds of ASINs and subjects are looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from vocloop.monitor import detect

WINDOW_DAYS = 28
BASELINE_DAYS = 112
MIN_COUNT = 8
MIN_RATIO = 1.5
MAX_PVALUE = 1e-5
PRIOR_UNITS = 200.0


@dataclass(frozen=True)
class Rise:
    start: int  # first day index of the window that met the test
    end: int  # one past its last day
    recent: int
    baseline: int
    recent_per_1000: float
    baseline_per_1000: float
    pvalue: float


def first_rise(
    events: NDArray[np.float64],
    expo: NDArray[np.float64],
    *,
    last_index: int,
    lookback_days: int,
    prior_rate: float,
) -> Rise | None:
    """`events` and `expo` are per-day arrays of one subject on one calendar."""
    if events.sum() < MIN_COUNT:
        return None
    cumulative_events = np.concatenate([[0.0], np.cumsum(events)])
    cumulative_expo = np.concatenate([[0.0], np.cumsum(expo)])
    for weeks_back in range(lookback_days // 7, -1, -1):
        end = last_index + 1 - 7 * weeks_back
        start = end - WINDOW_DAYS
        base_start = start - BASELINE_DAYS
        if base_start < 0:
            continue
        recent = int(cumulative_events[end] - cumulative_events[start])
        base = int(cumulative_events[start] - cumulative_events[base_start])
        recent_units = float(cumulative_expo[end] - cumulative_expo[start])
        base_units = float(cumulative_expo[start] - cumulative_expo[base_start])
        if recent < MIN_COUNT or recent_units <= 0 or base_units <= 0:
            continue
        base_events = base + prior_rate * PRIOR_UNITS
        base_exposure = base_units + PRIOR_UNITS
        expected = base_events * recent_units / base_exposure
        if expected <= 0 or recent / expected < MIN_RATIO:
            continue
        history_units = float(cumulative_expo[start])
        history_events = float(cumulative_events[start])
        if history_units > 0:
            usual = history_events * recent_units / history_units
            if recent < MIN_RATIO * usual:
                continue
        pvalue = detect.excess_pvalue(recent, base_events, recent_units / base_exposure)
        if pvalue < MAX_PVALUE:
            return Rise(
                start=start,
                end=end,
                recent=recent,
                baseline=base,
                recent_per_1000=round(1000 * recent / recent_units, 2),
                baseline_per_1000=round(1000 * base / base_units, 2),
                pvalue=float(f"{pvalue:.2g}"),
            )
    return None
