""" "Frequently returned item" badge risk per ASIN: its 3- and 12-month return rates against
comparable products.

Amazon shows the badge when buyers return an item much more often than similar items, and does
not publish the rule. The honest proxy we have is the seller's own catalogue: the pooled rate of
the other ASINs of the same category in the same store (else in all the tenant's stores), and a
test that the ASIN's rate is above it by more than chance. Rates are order-cohort rates, corrected
for returns not yet in with the store's return-lag curve, as in the fee forecast.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import stats
from sqlalchemy.orm import Session

from vocloop.monitor import detect
from vocloop.monitor.alerts import Finding
from vocloop.monitor.fees import categories
from vocloop.monitor.lag import completeness, lag_pmf
from vocloop.monitor.series import Series, load_series, store_lags

WINDOWS = (90, 365)
MIN_UNITS = 100  # fewer units in the 3-month window: too few to say anything
MIN_PEERS = 3  # comparable ASINs needed for a benchmark
RISK_RATIO = 1.5  # an assumption (Amazon publishes no figure): 1.5x the peers' rate
WATCH_RATIO = 1.25
RISK_PVALUE = 0.01


@dataclass(frozen=True)
class WindowRate:
    days: int
    units: int
    returns: int
    effective_units: float  # units whose returns should be in by now

    @property
    def rate(self) -> float | None:
        return self.returns / self.effective_units if self.effective_units > 0 else None


@dataclass(frozen=True)
class BadgeRisk:
    store_id: int
    asin: str
    category: str | None
    quarter: WindowRate  # the last 90 days of orders
    year: WindowRate  # the last 365 days
    benchmark: float | None  # peers' pooled 90-day rate
    benchmark_peers: int
    benchmark_scope: str | None  # store, tenant
    ratio: float | None
    p_value: float | None
    interval: tuple[float, float] | None
    status: str  # too_few_units, no_category, no_benchmark, ok, watch, at_risk


def _window(one: Series, pmf: NDArray[np.float64], last_day: dt.date, days: int) -> WindowRate:
    start = max(one.index(last_day - dt.timedelta(days=days - 1)), 0)
    stop = one.index(last_day) + 1
    units = returns = effective = 0.0
    for index in range(start, stop):
        shipped = float(one.units[index])
        if shipped == 0:
            continue
        units += shipped
        returns += float(one.cohort_returns[index])
        effective += shipped * completeness(pmf, (last_day - one.day(index)).days)
    return WindowRate(days, int(units), int(returns), effective)


def badge_risks(
    session: Session, *, tenant_id: int, store_id: int | None = None
) -> list[BadgeRisk]:
    """Every ASIN's badge risk, the most exposed first."""
    series, last_day = load_series(session, tenant_id=tenant_id)
    if last_day is None:
        return []
    lags = store_lags(session, tenant_id=tenant_id, last_day=last_day)
    names = categories(session, tenant_id=tenant_id)
    windows: dict[tuple[int, str], tuple[WindowRate, WindowRate]] = {}
    for one in series:
        pmf = lag_pmf(lags.get(one.store_id, []))
        windows[(one.store_id, one.asin)] = (
            _window(one, pmf, last_day, WINDOWS[0]),
            _window(one, pmf, last_day, WINDOWS[1]),
        )
    # Pools per (store, category) and per category, over ASINs with enough units.
    pools: dict[tuple[int | None, str], list[tuple[str, int, WindowRate]]] = defaultdict(list)
    for (one_store, asin), (quarter, _) in windows.items():
        category = names.get((one_store, asin))
        if category and quarter.units >= MIN_UNITS:
            key = category.strip().casefold()
            pools[(one_store, key)].append((asin, one_store, quarter))
            pools[(None, key)].append((asin, one_store, quarter))
    found = []
    for (one_store, asin), (quarter, year) in windows.items():
        if store_id is not None and one_store != store_id:
            continue
        category = names.get((one_store, asin))
        benchmark = scope = None
        peers = 0
        if category:
            key = category.strip().casefold()
            for scope_name, pool_key in (("store", (one_store, key)), ("tenant", (None, key))):
                others = [w for a, s, w in pools.get(pool_key, []) if (a, s) != (asin, one_store)]
                if len(others) >= MIN_PEERS:
                    effective = sum(w.effective_units for w in others)
                    benchmark = sum(w.returns for w in others) / effective if effective else None
                    scope, peers = scope_name, len(others)
                    break
        found.append(_assess(one_store, asin, category, quarter, year, benchmark, peers, scope))
    found.sort(key=lambda r: (-(r.ratio or 0.0), r.store_id, r.asin))
    return found


def _assess(
    store_id: int,
    asin: str,
    category: str | None,
    quarter: WindowRate,
    year: WindowRate,
    benchmark: float | None,
    peers: int,
    scope: str | None,
) -> BadgeRisk:
    rate = quarter.rate
    ratio = p_value = interval = None
    if quarter.units < MIN_UNITS or rate is None:
        status = "too_few_units"
    elif category is None:
        status = "no_category"
    elif not benchmark:
        status = "no_benchmark"
    else:
        ratio = rate / benchmark
        expected = benchmark * quarter.effective_units
        # One-sided Poisson test: this many returns or more if the ASIN were like its peers.
        p_value = float(stats.poisson.sf(quarter.returns - 1, expected))
        interval = detect.rate_interval(quarter.returns, max(quarter.effective_units, 1e-9))
        if ratio >= RISK_RATIO and p_value < RISK_PVALUE:
            status = "at_risk"
        elif ratio >= WATCH_RATIO and p_value < RISK_PVALUE:
            status = "watch"
        else:
            status = "ok"
    return BadgeRisk(
        store_id=store_id,
        asin=asin,
        category=category,
        quarter=quarter,
        year=year,
        benchmark=benchmark,
        benchmark_peers=peers,
        benchmark_scope=scope,
        ratio=ratio,
        p_value=p_value,
        interval=interval,
        status=status,
    )


def badge_findings(session: Session, *, tenant_id: int, last_day: dt.date) -> list[Finding]:
    """An ASIN returned clearly more often than its peers: the badge may come (or be there)."""
    findings = []
    for risk in badge_risks(session, tenant_id=tenant_id):
        if risk.status != "at_risk":
            continue
        findings.append(
            Finding(
                kind="badge_risk",
                store_id=risk.store_id,
                asin=risk.asin,
                subject=risk.category or "",
                severity="high",
                detected_on=last_day,
                since=last_day - dt.timedelta(days=WINDOWS[0] - 1),
                facts={
                    "category": risk.category,
                    "rate_90d": round(risk.quarter.rate or 0.0, 4),
                    "rate_365d": round(risk.year.rate or 0.0, 4),
                    "benchmark": round(risk.benchmark or 0.0, 4),
                    "peers": risk.benchmark_peers,
                    "scope": risk.benchmark_scope,
                    "ratio": round(risk.ratio or 0.0, 2),
                    "returns_90d": risk.quarter.returns,
                    "units_90d": risk.quarter.units,
                },
            )
        )
    return findings
