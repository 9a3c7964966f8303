"""The weekly report's content: KPIs with week-over-week change, ASINs that got worse and why,
root causes, alerts, a 12-week trend. Formats (xlsx, html, pdf) only lay this out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.monitor import detect
from vocloop.monitor.alert_store import live_alerts
from vocloop.monitor.badge import BadgeRisk, badge_risks
from vocloop.monitor.fees import FeeExposure, fee_exposure
from vocloop.monitor.lag import completeness, lag_pmf
from vocloop.monitor.series import Series, load_series, store_lags
from vocloop.monitor.texts import DatedText, dated_texts, most_telling, quote_texts
from vocloop.store.access import list_stores
from vocloop.store.models import Alert, Tenant

TREND_WEEKS = 12
WORSE_BASELINE_WEEKS = 8
WORSE_LIMIT = 10
WORSE_MAX_PVALUE = 0.01
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_week(text: str) -> tuple[dt.date, dt.date]:
    """'2026-W47' -> (Monday, Sunday) of that ISO week."""
    match = _WEEK.match(text.strip())
    if not match:
        raise UserError(f"Week {text!r} is not an ISO week like 2026-W47.")
    try:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as exc:
        raise UserError(f"Week {text!r} does not exist: {exc}.") from exc
    return monday, monday + dt.timedelta(days=6)


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Kpi:
    key: str  # units, returns, return_rate, cohort_rate, reviews, rating, negative_share, ...
    value: float | None
    previous: float | None
    kind: str  # count, rate, stars

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous in (None, 0):
            return None
        return (self.value - self.previous) / self.previous


@dataclass(frozen=True)
class WorseAsin:
    store: str
    asin: str
    units: int
    returns: int
    rate: float
    baseline_rate: float
    excess: float
    top_cause: str | None
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class EffectLine:
    """One metric of a fix's measured effect, as the report shows it."""

    metric: str  # return_rate, cause_rate, ncx_rate, rating
    status: str  # improved, worsened, no_effect_seen, collecting, no_data
    unit: str  # rate or stars
    before: float | None
    after: float | None
    effect: float | None
    interval90: tuple[float, float] | None
    weeks_needed: float | None


@dataclass(frozen=True)
class ActionLine:
    """A recorded fix with its measured effect (filled by vocloop.reporting.actions)."""

    id: int
    kind: str
    asins: list[str]
    effective_on: dt.date
    description: str
    owner: str | None
    target_cause: str | None
    control_asins: int
    effects: list[EffectLine]


@dataclass(frozen=True)
class WeeklyReport:
    tenant: str
    store: str | None
    week: str
    start: dt.date
    end: dt.date
    kpis: list[Kpi]
    cohort_completeness: float
    trend: list[tuple[str, int, int]]  # (week, units, returns)
    causes: list[tuple[str, int]]  # the week's texts per root cause, most first
    worse: list[WorseAsin]
    alerts: list[Alert]
    store_names: dict[int, str]
    fees: list[FeeExposure] = field(default_factory=list)  # at risk or likely to breach
    badges: list[BadgeRisk] = field(default_factory=list)  # returned more than peers
    actions: list[ActionLine] = field(default_factory=list)  # recent fixes and their effect


def _sum(values: np.ndarray, start: int, end: int) -> float:
    return float(values[max(start, 0) : max(end, 0)].sum())


def build_weekly_report(
    session: Session,
    *,
    tenant: Tenant,
    week: str,
    now: dt.datetime,
    store_id: int | None = None,
) -> WeeklyReport:
    start, end = parse_week(week)
    names = {s.id: s.slug for s in list_stores(session, tenant_id=tenant.id)}
    all_series, last_day = load_series(session, tenant_id=tenant.id)
    series = [s for s in all_series if store_id is None or s.store_id == store_id]
    texts = [
        t
        for t in dated_texts(session, tenant_id=tenant.id)
        if store_id is None or t.store_id == store_id
    ]
    lags = store_lags(session, tenant_id=tenant.id, last_day=last_day) if last_day else {}

    def totals(first: dt.date, days: int) -> tuple[float, float, float]:
        units = returns = cohort = 0.0
        for one in series:
            i = one.index(first)
            units += _sum(one.units, i, i + days)
            returns += _sum(one.returns, i, i + days)
            cohort += _sum(one.cohort_returns, i, i + days)
        return units, returns, cohort

    previous_start = start - dt.timedelta(days=7)
    units, returns, cohort = totals(start, 7)
    units_p, returns_p, cohort_p = totals(previous_start, 7)
    week_texts = [t for t in texts if start <= t.day <= end]
    previous_texts = [t for t in texts if previous_start <= t.day < start]
    reviews = _review_stats(series, start)
    reviews_p = _review_stats(series, previous_start)
    report_day = min(last_day, end) if last_day else end
    pmf = lag_pmf([lag for values in lags.values() for lag in values])
    kpis = [
        Kpi("units", units, units_p, "count"),
        Kpi("returns", returns, returns_p, "count"),
        Kpi("return_rate", _ratio(returns, units), _ratio(returns_p, units_p), "rate"),
        Kpi("cohort_rate", _ratio(cohort, units), _ratio(cohort_p, units_p), "rate"),
        Kpi("reviews", reviews[0], reviews_p[0], "count"),
        Kpi("rating", _ratio(reviews[1], reviews[0]), _ratio(reviews_p[1], reviews_p[0]), "stars"),
        Kpi(
            "negative_share",
            _ratio(reviews[2], reviews[0]),
            _ratio(reviews_p[2], reviews_p[0]),
            "rate",
        ),
        Kpi("complaints", len(week_texts), len(previous_texts), "count"),
        Kpi(
            "safety",
            sum(t.cause == "safety_concern" for t in week_texts),
            sum(t.cause == "safety_concern" for t in previous_texts),
            "count",
        ),
    ]
    trend = []
    for back in range(TREND_WEEKS - 1, -1, -1):
        first = start - dt.timedelta(days=7 * back)
        u, r, _ = totals(first, 7)
        trend.append((week_label(first), int(u), int(r)))
    causes = Counter(t.cause for t in week_texts).most_common()
    worse = _worse_asins(session, series, lags, texts, start, names)
    alerts = live_alerts(session, tenant_id=tenant.id, now=now, store_id=store_id)
    fee_month = f"{end.year}-{end.month:02d}"
    fees = [
        f
        for f in fee_exposure(session, tenant_id=tenant.id, month=fee_month, store_id=store_id)
        if f.status in ("at_risk", "breach_likely")
    ]
    badges = [
        b
        for b in badge_risks(session, tenant_id=tenant.id, store_id=store_id)
        if b.status in ("at_risk", "watch")
    ]
    return WeeklyReport(
        tenant=tenant.slug,
        store=names.get(store_id) if store_id else None,
        week=week_label(start),
        start=start,
        end=end,
        kpis=kpis,
        cohort_completeness=completeness(pmf, (report_day - start).days - 3),
        trend=trend,
        causes=causes,
        worse=worse,
        alerts=alerts,
        store_names=names,
        fees=fees,
        badges=badges,
    )


def _ratio(top: float, bottom: float) -> float | None:
    return top / bottom if bottom else None


def _review_stats(series: list[Series], first: dt.date) -> tuple[float, float, float]:
    """(reviews, sum of stars, 1-2 star reviews) in the 7 days from `first`."""
    count = stars = negative = 0.0
    for one in series:
        i = one.index(first)
        count += _sum(one.reviews, i, i + 7)
        stars += _sum(one.rating_sum, i, i + 7)
        negative += _sum(one.negative_reviews, i, i + 7)
    return count, stars, negative


def _worse_asins(
    session: Session,
    series: list[Series],
    lags: dict[int, list[int]],
    texts: list[DatedText],
    start: dt.date,
    names: dict[int, str],
) -> list[WorseAsin]:
    """ASINs whose returns this week exceed what their last 8 weeks' rate predicts."""
    found = []
    for one in series:
        expo = detect.exposure(one.units, lag_pmf(lags.get(one.store_id, [])))
        i = one.index(start)
        base_from = i - 7 * WORSE_BASELINE_WEEKS
        returns = _sum(one.returns, i, i + 7)
        week_expo = _sum(expo, i, i + 7)
        base_rate = _ratio(_sum(one.returns, base_from, i), _sum(expo, base_from, i))
        if not base_rate or returns < 3 or week_expo <= 0:
            continue
        expected = base_rate * week_expo
        base_returns = _sum(one.returns, base_from, i)
        if returns < 1.3 * expected or (
            detect.excess_pvalue(int(returns), base_returns, expected / base_returns)
            > WORSE_MAX_PVALUE
        ):
            continue  # within what chance gives a week
        asin_texts = [
            t
            for t in texts
            if t.store_id == one.store_id
            and t.asin == one.asin
            and start <= t.day < start + dt.timedelta(days=7)
        ]
        causes = Counter(t.cause for t in asin_texts if t.has_words and t.cause != "other")
        top = causes.most_common(1)[0][0] if causes else None
        picked = most_telling([t for t in asin_texts if t.cause == top] if top else asin_texts)
        found.append(
            WorseAsin(
                store=names.get(one.store_id, str(one.store_id)),
                asin=one.asin,
                units=int(_sum(one.units, i, i + 7)),
                returns=int(returns),
                rate=returns / week_expo,
                baseline_rate=base_rate,
                excess=returns - expected,
                top_cause=top,
                quotes=quote_texts(session, picked),
            )
        )
    found.sort(key=lambda w: -w.excess)
    return found[:WORSE_LIMIT]
