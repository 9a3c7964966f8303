"""One ASIN's page: weekly trend, stores, root causes with quotes, topics, reason mismatches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import CauseMix, CauseShare, cause_mix, latest_model_version
from vocloop.analysis.dashboard.scope import Period, Scope, week_bucket, weeks_before
from vocloop.analysis.topics import TopicView, list_topics
from vocloop.errors import NotFound
from vocloop.store.models import AsinDaily, Product, Return, Store, TextClassification

TREND_WEEKS = 26
MISMATCHES_SHOWN = 20


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


def _mix(session: Session, scope: Scope, asin: str) -> CauseMix:
    if scope.store_ids is None:
        return cause_mix(session, tenant_id=scope.tenant_id, asin=asin)
    mixes = [
        cause_mix(session, tenant_id=scope.tenant_id, store_id=store_id, asin=asin)
        for store_id in scope.store_ids
    ]
    counts: dict[str, CauseShare] = {}
    for mix in mixes:
        for cause in mix.causes:
            merged = counts.setdefault(cause.code, CauseShare(cause.code, 0, 0.0))
            merged.count += cause.count
            merged.quotes = sorted(
                [*merged.quotes, *cause.quotes], key=lambda q: (-q.confidence, q.source_id)
            )[:3]
    total = sum(cause.count for cause in counts.values())
    for cause in counts.values():
        cause.share = cause.count / total if total else 0.0
    causes = sorted(counts.values(), key=lambda c: (-c.count, c.code))
    version = mixes[0].model_version if mixes else None
    return CauseMix(version, total, causes, sum(mix.reason_mismatches for mix in mixes))


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
    return AsinDetail(
        asin,
        title,
        weeks,
        stores,
        _mix(session, scope, asin),
        topics,
        _mismatches(session, scope, asin),
    )


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
