"""Fee exposure per ASIN: this month's shipped units, their returns so far, and where the
returns-processing-fee rate will end up (forecast with an interval), against the threshold.

The forecast divides what has come back by how much of it should have come back by now, per
shipping day, using the store's own return-lag curve; the interval is a Jeffreys interval on
the effective number of units whose returns are in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scipy import stats
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.monitor import detect
from vocloop.monitor.alerts import Finding
from vocloop.monitor.fee_rules import EXEMPT_BELOW_UNITS, WINDOW_MONTHS, find_rule
from vocloop.monitor.lag import completeness, lag_pmf
from vocloop.monitor.series import load_series, store_lags
from vocloop.store.models import FeeThreshold, Product

AT_RISK_PROBABILITY = 0.5
BREACH_PROBABILITY = 0.8


@dataclass(frozen=True)
class FeeExposure:
    store_id: int
    asin: str
    category: str | None
    threshold: float | None
    threshold_source: str | None
    month: str
    units: int
    returns_so_far: int
    completeness: float
    forecast_rate: float | None
    interval: tuple[float, float] | None
    breach_probability: float | None
    forecast_excess_units: float | None
    status: str  # exempt, no_threshold, all_charged, ok, at_risk, breach_likely


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    year, number = (int(part) for part in month.split("-"))
    first = dt.date(year, number, 1)
    next_month = dt.date(year + (number == 12), number % 12 + 1, 1)
    return first, next_month - dt.timedelta(days=1)


def _window_end(first: dt.date) -> dt.date:
    year, month = first.year, first.month + WINDOW_MONTHS
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, 1) - dt.timedelta(days=1)


def categories(session: Session, *, tenant_id: int) -> dict[tuple[int, str], str]:
    found: dict[tuple[int, str], str] = {}
    for store_id, asin, category in session.execute(
        select(Product.store_id, Product.asin, Product.category).where(
            Product.tenant_id == tenant_id, Product.category.is_not(None)
        )
    ):
        if category:
            found.setdefault((store_id, asin), category)
    return found


def fee_exposure(
    session: Session, *, tenant_id: int, month: str, store_id: int | None = None
) -> list[FeeExposure]:
    """Exposure of every ASIN for the units it shipped in `month` (YYYY-MM)."""
    first, last = month_bounds(month)
    window_end = _window_end(first)
    series, last_day = load_series(session, tenant_id=tenant_id)
    if last_day is None:
        return []
    lags = store_lags(session, tenant_id=tenant_id, last_day=last_day)
    overrides = {
        row.category.strip().casefold(): row
        for row in session.scalars(select(FeeThreshold).where(FeeThreshold.tenant_id == tenant_id))
    }
    names = categories(session, tenant_id=tenant_id)
    found = []
    for one in series:
        if store_id is not None and one.store_id != store_id:
            continue
        start, stop = one.index(first), one.index(min(last, last_day)) + 1
        if stop <= max(start, 0):
            continue
        pmf = lag_pmf(lags.get(one.store_id, []))
        units = returns = expected_share = 0.0
        for index in range(max(start, 0), stop):
            day = one.day(index)
            shipped = float(one.units[index])
            if shipped == 0:
                continue
            window = (window_end - day).days
            arrived = completeness(pmf, min((last_day - day).days, window))
            eventual = completeness(pmf, window)
            units += shipped
            returns += float(one.cohort_returns[index])
            expected_share += shipped * (arrived / eventual if eventual else 1.0)
        category = names.get((one.store_id, one.asin))
        override = overrides.get(category.strip().casefold()) if category else None
        rule = find_rule(category)
        threshold = override.rate if override else (rule.threshold if rule else None)
        source = (
            (override.note or "set by the seller") if override else (rule.source if rule else None)
        )
        share = expected_share / units if units else 0.0
        effective = max(expected_share, returns, 1e-9)
        forecast = returns / effective if units else None
        interval = detect.rate_interval(returns, effective) if units else None
        probability = excess = None
        if units < EXEMPT_BELOW_UNITS:
            status = "exempt"
        elif rule is not None and rule.threshold is None and override is None:
            status = "all_charged"
        elif threshold is None:
            status = "no_threshold"
        else:
            probability = float(
                stats.beta.sf(threshold, returns + 0.5, max(effective - returns, 0.0) + 0.5)
            )
            excess = max(0.0, ((forecast or 0.0) - threshold) * units)
            status = (
                "breach_likely"
                if probability >= BREACH_PROBABILITY
                else "at_risk"
                if probability >= AT_RISK_PROBABILITY
                else "ok"
            )
        found.append(
            FeeExposure(
                store_id=one.store_id,
                asin=one.asin,
                category=category,
                threshold=threshold,
                threshold_source=source,
                month=month,
                units=int(units),
                returns_so_far=int(returns),
                completeness=share,
                forecast_rate=forecast,
                interval=interval,
                breach_probability=probability,
                forecast_excess_units=excess,
                status=status,
            )
        )
    found.sort(key=lambda f: (-(f.breach_probability or -1), -f.units))
    return found


def set_threshold(
    session: Session,
    *,
    tenant_id: int,
    category: str,
    rate: float,
    note: str | None,
    now: dt.datetime,
) -> FeeThreshold:
    """Record the threshold a seller read for a category (a share: 0.081 for 8.1%)."""
    if not 0 < rate < 1:
        raise UserError(f"A threshold is a share between 0 and 1 (8.1% is 0.081), not {rate}.")
    key = category.strip()
    if not key:
        raise UserError("The category name is empty.")
    row = session.scalar(
        select(FeeThreshold).where(
            FeeThreshold.tenant_id == tenant_id, FeeThreshold.category == key
        )
    )
    if row is None:
        row = FeeThreshold(tenant_id=tenant_id, category=key, rate=rate)
        session.add(row)
    row.rate, row.note, row.updated_at = rate, note, now
    return row


def fee_findings(session: Session, *, tenant_id: int, last_day: dt.date) -> list[Finding]:
    """A likely breach of the fee threshold by this month's shipped units, before Amazon bills."""
    month = f"{last_day.year}-{last_day.month:02d}"
    findings = []
    for exposure in fee_exposure(session, tenant_id=tenant_id, month=month):
        if exposure.status != "breach_likely":
            continue
        findings.append(
            Finding(
                kind="fee_forecast",
                store_id=exposure.store_id,
                asin=exposure.asin,
                subject=month,
                severity="high",
                detected_on=last_day,
                since=month_bounds(month)[0],
                facts={
                    "month": month,
                    "category": exposure.category,
                    "threshold": exposure.threshold,
                    "forecast_rate": round(exposure.forecast_rate or 0.0, 4),
                    "interval": [round(v, 4) for v in exposure.interval or (0.0, 0.0)],
                    "probability": round(exposure.breach_probability or 0.0, 3),
                    "units": exposure.units,
                    "returns_so_far": exposure.returns_so_far,
                    "excess_units": round(exposure.forecast_excess_units or 0.0, 1),
                },
            )
        )
    return findings
