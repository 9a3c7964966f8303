"""One ASIN's page: weekly trend, stores, root causes with quotes, topics, reason mismatches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import CauseMix, CauseShare, Quote, latest_model_version
from vocloop.analysis.dashboard.scope import Period, Scope, week_bucket, weeks_before
from vocloop.analysis.topics import TopicView, list_topics
from vocloop.errors import NotFound
from vocloop.store.models import (
    AsinCause,
    AsinDaily,
    Product,
    Return,
    Review,
    SellerFeedback,
    Store,
    TextClassification,
    Ticket,
    VocSnapshot,
)

TREND_WEEKS = 26
MISMATCHES_SHOWN = 20
QUOTES_PER_CAUSE = 3


@dataclass(frozen=True)
class MismatchRow:
    return_id: int
    return_date: dt.datetime
    reason: str | None
    comment: str | None
    lang: str | None
    text_cause: str | None
    reason_cause: str | None
    mismatch: str


@dataclass
class AsinDetail:
    asin: str
    title: str | None
    weeks: list[tuple[dt.date, int, int]]  # first day, returned units, ordered units
    stores: list[tuple[str, str, int, int]]  # slug, marketplace, returned, ordered in the period
    causes: CauseMix
    topics: list[TopicView] | None  # None: the reader sees only some stores; topics span all
    mismatches: list[MismatchRow] = field(default_factory=list)
    # (first day of the week, reviews, mean star rating or None), oldest first
    ratings: list[tuple[dt.date, int, float | None]] = field(default_factory=list)
    voc: list[VocRow] = field(default_factory=list)  # the newest CX Health snapshot per store


@dataclass(frozen=True)
class VocRow:
    store: str
    snapshot_date: dt.date
    cx_health: str | None
    ncx_rate: float | None
    ncx_orders: int | None
    total_orders: int | None
    top_reason: str | None


_QUOTE_SOURCES: dict[str, tuple[Any, Any]] = {
    "return": (Return, Return.customer_comments),
    "review": (Review, Review.body),
    "seller_feedback": (SellerFeedback, SellerFeedback.comments),
    "ticket": (Ticket, Ticket.description),
}


def _mix(session: Session, scope: Scope, asin: str) -> CauseMix:
    """Cause counts from the rollup; the most confident quotes of each, 3 queries in all."""
    version = latest_model_version(session, tenant_id=scope.tenant_id)
    counts = session.execute(
        scope.filter(
            select(AsinCause.root_cause, func.sum(AsinCause.texts), func.sum(AsinCause.mismatches))
            .where(AsinCause.asin == asin)
            .group_by(AsinCause.root_cause),
            AsinCause,
        )
    ).all()
    total = sum(int(n) for _, n, _ in counts)
    causes = {
        str(code): CauseShare(str(code), int(n), int(n) / total if total else 0.0)
        for code, n, _ in sorted(counts, key=lambda row: (-int(row[1]), str(row[0])))
    }
    for cause in causes.values():
        cause.quotes = _quotes(session, scope, asin, version or "", cause.code)
    mismatches = sum(int(m) for _, _, m in counts)
    return CauseMix(version, total, list(causes.values()), mismatches)


def _quotes(session: Session, scope: Scope, asin: str, version: str, code: str) -> list[Quote]:
    """The most confident distinct non-empty texts of one cause (an index walk per source)."""
    found: list[Quote] = []
    for kind, (model, column) in _QUOTE_SOURCES.items():
        query = (
            select(column, model.id, TextClassification.lang, TextClassification.confidence)
            .join(model, model.id == TextClassification.source_id)
            .where(
                TextClassification.asin == asin,
                TextClassification.root_cause == code,
                TextClassification.source_kind == kind,
                TextClassification.model_version == version,
                func.length(func.coalesce(column, "")) > 0,
            )
            .order_by(TextClassification.confidence.desc(), TextClassification.id)
            .limit(4 * QUOTES_PER_CAUSE)  # spare rows: identical comments count once
        )
        rows = session.execute(scope.filter(query, TextClassification))
        found.extend(Quote(str(t), kind, int(i), lang, float(c)) for t, i, lang, c in rows)
    found.sort(key=lambda quote: (-quote.confidence, quote.kind, quote.source_id))
    distinct: list[Quote] = []
    for quote in found:
        if len(distinct) < QUOTES_PER_CAUSE and all(quote.text != q.text for q in distinct):
            distinct.append(quote)
    return distinct


def asin_detail(session: Session, scope: Scope, asin: str, period: Period) -> AsinDetail:
    """The page of one ASIN the reader may see; NotFound when it has no data in their scope."""
    known = session.scalar(
        scope.filter(select(AsinDaily.id).where(AsinDaily.asin == asin).limit(1), AsinDaily)
    ) or session.scalar(
        scope.filter(select(Product.id).where(Product.asin == asin).limit(1), Product)
    )
    if not known:
        raise NotFound(f"There is no ASIN {asin} in the stores you can see.")
    title = session.scalar(
        scope.filter(select(func.max(Product.title)).where(Product.asin == asin), Product)
    )
    first = weeks_before(period.end, TREND_WEEKS)
    bucket = week_bucket(session.get_bind().dialect.name, first)
    weekly = {
        int(week): (int(units), int(orders))
        for week, units, orders in session.execute(
            scope.filter(
                select(
                    bucket, func.sum(AsinDaily.returned_units), func.sum(AsinDaily.ordered_units)
                )
                .where(AsinDaily.asin == asin, AsinDaily.day >= first, AsinDaily.day <= period.end)
                .group_by(bucket),
                AsinDaily,
            )
        )
    }
    weeks = [
        (first + dt.timedelta(days=7 * week), *weekly.get(week, (0, 0)))
        for week in range(TREND_WEEKS)
    ]
    stores = [
        (str(slug), str(market), int(units), int(orders))
        for slug, market, units, orders in session.execute(
            scope.filter(
                select(
                    Store.slug,
                    Store.marketplace,
                    func.sum(AsinDaily.returned_units),
                    func.sum(AsinDaily.ordered_units),
                )
                .join(Store, Store.id == AsinDaily.store_id)
                .where(
                    AsinDaily.asin == asin,
                    AsinDaily.day >= period.start,
                    AsinDaily.day <= period.end,
                )
                .group_by(Store.slug, Store.marketplace)
                .order_by(Store.slug),
                AsinDaily,
            )
        )
    ]
    topics = None
    if scope.store_ids is None:
        topics = list_topics(session, tenant_id=scope.tenant_id, asin=asin)
    store_ids = scope.store_ids or tuple(
        session.scalars(select(Store.id).where(Store.tenant_id == scope.tenant_id))
    )
    return AsinDetail(
        asin,
        title,
        weeks,
        stores,
        _mix(session, scope, asin),
        topics,
        _mismatches(session, scope, asin),
        _ratings(session, scope.tenant_id, store_ids, asin, first, period.end),
        _voc(session, scope.tenant_id, store_ids, asin),
    )


def _ratings(
    session: Session,
    tenant_id: int,
    store_ids: tuple[int, ...],
    asin: str,
    first: dt.date,
    end: dt.date,
) -> list[tuple[dt.date, int, float | None]]:
    """Reviews and their mean rating per week (store ids named, so the store index serves)."""
    rows = session.execute(
        select(Review.review_date, func.count(), func.sum(Review.rating))
        .where(
            Review.tenant_id == tenant_id,
            Review.store_id.in_(store_ids),
            Review.asin == asin,
            Review.review_date >= first,
            Review.review_date <= end,
        )
        .group_by(Review.review_date)
    )
    weeks = [[0, 0] for _ in range(TREND_WEEKS)]
    for day, count, stars in rows:
        week = (day - first).days // 7
        weeks[week][0] += int(count)
        weeks[week][1] += int(stars or 0)
    return [
        (first + dt.timedelta(days=7 * i), n, round(stars / n, 2) if n else None)
        for i, (n, stars) in enumerate(weeks)
    ]


def _voc(session: Session, tenant_id: int, store_ids: tuple[int, ...], asin: str) -> list[VocRow]:
    newest = (
        select(VocSnapshot.store_id, func.max(VocSnapshot.snapshot_date).label("day"))
        .where(
            VocSnapshot.tenant_id == tenant_id,
            VocSnapshot.store_id.in_(store_ids),
            VocSnapshot.asin == asin,
        )
        .group_by(VocSnapshot.store_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Store.slug,
            VocSnapshot.snapshot_date,
            VocSnapshot.cx_health,
            VocSnapshot.ncx_rate,
            VocSnapshot.ncx_orders,
            VocSnapshot.total_orders,
            VocSnapshot.top_ncx_reason,
        )
        .join(
            newest,
            (newest.c.store_id == VocSnapshot.store_id)
            & (newest.c.day == VocSnapshot.snapshot_date),
        )
        .join(Store, Store.id == VocSnapshot.store_id)
        .where(VocSnapshot.tenant_id == tenant_id, VocSnapshot.asin == asin)
        .order_by(Store.slug)
    )
    return [
        VocRow(slug, day, health, None if rate is None else float(rate), ncx, total, reason)
        for slug, day, health, rate, ncx, total, reason in rows
    ]


def _mismatches(session: Session, scope: Scope, asin: str) -> list[MismatchRow]:
    """Returns whose reason code and comment disagree, newest first."""
    version = latest_model_version(session, tenant_id=scope.tenant_id)
    if version is None:
        return []
    query = (
        select(
            Return.id,
            Return.return_date,
            Return.reason,
            Return.customer_comments,
            TextClassification.lang,
            TextClassification.text_cause,
            TextClassification.reason_cause,
            TextClassification.reason_mismatch,
        )
        .join(Return, Return.id == TextClassification.source_id)
        .where(
            TextClassification.source_kind == "return",
            TextClassification.model_version == version,
            TextClassification.asin == asin,
            TextClassification.reason_mismatch.is_not(None),
            Return.tenant_id == scope.tenant_id,
        )
        .order_by(Return.return_date.desc(), Return.id.desc())
        .limit(MISMATCHES_SHOWN)
    )
    return [MismatchRow(*row) for row in session.execute(scope.filter(query, TextClassification))]
