"""Return and review metrics per ASIN, store or tenant, by week or month, from the daily table.

Two return rates, labelled for what they are: returns of the period over units of the period
(quick, but mixes cohorts), and the order-cohort rate (returns of the period's own orders so far)
with its completeness from the store's return-lag curve, so a young period is read as young.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vocloop.monitor.lag import completeness, lag_pmf
from vocloop.monitor.series import load_series, store_lags

LEVELS = ("asin", "store", "tenant")
PERIODS = ("week", "month")


@dataclass
class PeriodMetrics:
    store_id: int | None
    asin: str | None
    period: str  # 2026-W47 or 2026-11
    units: int = 0
    returns: int = 0
    cohort_returns: int = 0
    expected_share: float = 0.0  # units x completeness, summed: for the cohort's maturity
    reviews: int = 0
    negative_reviews: int = 0
    rating_sum: int = 0

    @property
    def return_rate(self) -> float | None:
        return self.returns / self.units if self.units else None

    @property
    def cohort_rate(self) -> float | None:
        return self.cohort_returns / self.units if self.units else None

    @property
    def cohort_completeness(self) -> float | None:
        return self.expected_share / self.units if self.units else None

    @property
    def rating(self) -> float | None:
        return self.rating_sum / self.reviews if self.reviews else None


def period_of(day: dt.date, period: str) -> str:
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def period_metrics(
    session: Session,
    *,
    tenant_id: int,
    level: str = "asin",
    period: str = "week",
    periods: int = 8,
    store_id: int | None = None,
    asin: str | None = None,
) -> list[PeriodMetrics]:
    """The last `periods` weeks or months up to the last day with data, newest first."""
    series, last_day = load_series(session, tenant_id=tenant_id)
    if last_day is None:
        return []
    lags = store_lags(session, tenant_id=tenant_id, last_day=last_day)
    wanted: list[str] = []
    day = last_day
    # Walk back day by day until the day before the oldest wanted period begins.
    while len(wanted) < periods or period_of(day, period) == wanted[-1]:
        label = period_of(day, period)
        if label not in wanted:
            wanted.append(label)
        day -= dt.timedelta(days=1)
    first_day = day + dt.timedelta(days=1)
    rows: dict[tuple[int | None, str | None, str], PeriodMetrics] = {}
    for one in series:
        if (store_id is not None and one.store_id != store_id) or (asin and one.asin != asin):
            continue
        key_store = one.store_id if level in ("asin", "store") else None
        key_asin = one.asin if level == "asin" else None
        pmf = lag_pmf(lags.get(one.store_id, []))
        by_period: dict[str, list[int]] = defaultdict(list)
        for index in range(max(one.index(first_day), 0), one.index(last_day) + 1):
            by_period[period_of(one.day(index), period)].append(index)
        for label, indexes in by_period.items():
            key = (key_store, key_asin, label)
            row = rows.setdefault(key, PeriodMetrics(key_store, key_asin, label))
            for index in indexes:
                units = int(one.units[index])
                row.units += units
                row.returns += int(one.returns[index])
                row.cohort_returns += int(one.cohort_returns[index])
                row.expected_share += units * completeness(pmf, (last_day - one.day(index)).days)
                row.reviews += int(one.reviews[index])
                row.negative_reviews += int(one.negative_reviews[index])
                row.rating_sum += int(one.rating_sum[index])
    order = {label: rank for rank, label in enumerate(wanted)}
    found = [row for row in rows.values() if row.period in order]
    found.sort(key=lambda r: (order[r.period], r.store_id or 0, r.asin or ""))
    return found
