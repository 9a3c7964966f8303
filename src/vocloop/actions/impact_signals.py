"""A fix's effect on NCX (Voice-of-the-Customer snapshots) and on review ratings.

NCX: each snapshot covers a trailing 90-day window of orders, so "before" is the newest snapshot
taken on or before the effective day and "after" the newest snapshot taken at least 90 days later
(a window with only post-fix orders). Until that snapshot exists the answer is "collecting" with
the weeks left until it can. Rating: the mean star rating of reviews in the 16 weeks before the fix
against reviews from two weeks after it (reviews trail orders). Both are difference-in-differences
against the comparable ASINs the return-rate measurement uses, with intervals from
`vocloop.actions.impact.did_stats`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.actions.impact import BEFORE_DAYS, DETECTABLE, Effect, Stat, did_stats
from vocloop.monitor.voc import WINDOW_DAYS
from vocloop.store.models import Review, VocSnapshot

RATING_DETECTABLE = 0.3  # stars: "enough data" means a change this size would show
REVIEW_LAG_DAYS = 14  # reviews of orders placed after the fix start arriving about then


def _snapshots(
    session: Session, tenant_id: int, store_ids: set[int], asins: set[str]
) -> dict[str, list[VocSnapshot]]:
    found: dict[str, list[VocSnapshot]] = {}
    if not asins:
        return found
    for row in session.scalars(
        select(VocSnapshot)
        .where(
            VocSnapshot.tenant_id == tenant_id,
            VocSnapshot.store_id.in_(store_ids),
            VocSnapshot.asin.in_(asins),
            VocSnapshot.ncx_orders.is_not(None),
            VocSnapshot.total_orders > 0,
        )
        .order_by(VocSnapshot.snapshot_date)
    ):
        found.setdefault(row.asin, []).append(row)
    return found


def _ncx_periods(
    rows: dict[str, list[VocSnapshot]], effective_on: dt.date
) -> tuple[Stat | None, Stat | None]:
    ready = effective_on + dt.timedelta(days=WINDOW_DAYS)
    before_x = before_n = after_x = after_n = 0
    for snapshots in rows.values():
        earlier = [s for s in snapshots if s.snapshot_date <= effective_on]
        later = [s for s in snapshots if s.snapshot_date >= ready]
        if not earlier:
            continue
        before_x += int(earlier[-1].ncx_orders or 0)
        before_n += int(earlier[-1].total_orders or 0)
        if later:
            after_x += int(later[-1].ncx_orders or 0)
            after_n += int(later[-1].total_orders or 0)
    return Stat.proportion(before_x, before_n), Stat.proportion(after_x, after_n)


def ncx_effect(
    session: Session,
    *,
    tenant_id: int,
    store_ids: set[int],
    treated: set[str],
    control: set[str],
    effective_on: dt.date,
    last_day: dt.date,
) -> Effect | None:
    """The fix's effect on the NCX rate, or None when the treated ASINs have no snapshots."""
    rows = _snapshots(session, tenant_id, store_ids, treated)
    if not rows:
        return None
    before, after = _ncx_periods(rows, effective_on)
    c_before, c_after = _ncx_periods(
        _snapshots(session, tenant_id, store_ids, control), effective_on
    )
    if c_after is None:
        c_before = None  # a control is only of use with both of its periods
    newest = max(s.snapshot_date for snapshots in rows.values() for s in snapshots)
    reference = max(newest, last_day)
    ready = effective_on + dt.timedelta(days=WINDOW_DAYS)
    weeks_until = max((ready - reference).days, 0) / 7.0
    weekly = before.n / (WINDOW_DAYS / 7.0) if before else 0.0
    return did_stats(
        before,
        after,
        c_before,
        c_after,
        detectable=DETECTABLE * before.value if before else 0.0,
        weekly_n=weekly,
        weeks_until_window=weeks_until,
    )


def _ratings(
    session: Session,
    tenant_id: int,
    store_ids: set[int],
    asins: set[str],
    start: dt.date,
    stop: dt.date,
) -> list[int]:
    if not asins or stop < start:
        return []
    return [
        int(rating)
        for rating in session.scalars(
            select(Review.rating).where(
                Review.tenant_id == tenant_id,
                Review.store_id.in_(store_ids),
                Review.asin.in_(asins),
                Review.review_date >= start,
                Review.review_date <= stop,
            )
        )
    ]


def _newest_review(
    session: Session, tenant_id: int, store_ids: set[int], asins: Iterable[str]
) -> dt.date | None:
    return session.scalar(
        select(Review.review_date)
        .where(
            Review.tenant_id == tenant_id,
            Review.store_id.in_(store_ids),
            Review.asin.in_(list(asins)),
        )
        .order_by(Review.review_date.desc())
        .limit(1)
    )


def rating_effect(
    session: Session,
    *,
    tenant_id: int,
    store_ids: set[int],
    treated: set[str],
    control: set[str],
    effective_on: dt.date,
    last_day: dt.date,
) -> Effect | None:
    """The fix's effect on the mean review rating, or None when the ASINs have no reviews."""
    newest = _newest_review(session, tenant_id, store_ids, treated)
    if newest is None:
        return None
    last = max(newest, last_day)
    start = effective_on - dt.timedelta(days=BEFORE_DAYS)
    eve = effective_on - dt.timedelta(days=1)
    after_from = effective_on + dt.timedelta(days=REVIEW_LAG_DAYS)

    def periods(asins: set[str]) -> tuple[Stat | None, Stat | None]:
        return (
            Stat.mean(_ratings(session, tenant_id, store_ids, asins, start, eve)),
            Stat.mean(_ratings(session, tenant_id, store_ids, asins, after_from, last)),
        )

    before, after = periods(treated)
    c_before, c_after = periods(control)
    if c_before is None or c_after is None:
        c_before = c_after = None
    recent = _ratings(session, tenant_id, store_ids, treated, last - dt.timedelta(days=27), last)
    weekly = len(recent) / 4.0 if recent else (before.n / (BEFORE_DAYS / 7.0) if before else 0.0)
    return did_stats(
        before,
        after,
        c_before,
        c_after,
        detectable=RATING_DETECTABLE,
        weekly_n=weekly,
        weeks_until_window=max((after_from - last).days, 0) / 7.0,
        unit="stars",
        better="higher",
    )
