"""Rollups for the dashboards (see store/models/_rollup.py), rebuilt when new data arrives.

A tenant's rollups are rebuilt whole (a later orders file may change old order lines), and only
when an import batch or classification newer than the last build exists, which two index lookups
tell. The per-period totals also follow the calendar: a new day rebuilds just those, from the
daily rows.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from sqlalchemy import Date, case, cast, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from vocloop.analysis.causes import latest_model_version
from vocloop.analysis.quote_rollup import rebuild_quotes
from vocloop.store.models import (
    AsinCause,
    AsinDaily,
    AsinPeriod,
    AsinQuote,
    ImportBatch,
    OrderLine,
    Return,
    RollupState,
    StoreDaily,
    TextClassification,
)

STANDARD_PERIODS = (7, 30, 90, 365)
_LOCKS: dict[int, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def utc_day(column: Any, dialect: str) -> Any:
    """The UTC calendar day of a stored UTC datetime, on either backend."""
    if dialect == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)


def _marks(session: Session, tenant_id: int) -> tuple[int, int]:
    batch = session.scalar(
        select(ImportBatch.id)
        .where(ImportBatch.tenant_id == tenant_id)
        .order_by(ImportBatch.id.desc())
        .limit(1)
    )
    text = session.scalar(
        select(TextClassification.id)
        .where(TextClassification.tenant_id == tenant_id)
        .order_by(TextClassification.id.desc())
        .limit(1)
    )
    return int(batch or 0), int(text or 0)


def _state(session: Session, tenant_id: int) -> RollupState | None:
    return session.scalar(select(RollupState).where(RollupState.tenant_id == tenant_id))


def staleness(session: Session, *, tenant_id: int, today: dt.date) -> str | None:
    """ "data" when data arrived since the last build, "day" when only the date moved, else None.

    One statement: every page view asks this first.
    """
    newest_batch = (
        select(ImportBatch.id)
        .where(ImportBatch.tenant_id == tenant_id)
        .order_by(ImportBatch.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    newest_text = (
        select(TextClassification.id)
        .where(TextClassification.tenant_id == tenant_id)
        .order_by(TextClassification.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    row = session.execute(
        select(
            RollupState.last_batch_id,
            RollupState.last_classification_id,
            RollupState.built_for,
            func.coalesce(newest_batch, 0),
            func.coalesce(newest_text, 0),
        ).where(RollupState.tenant_id == tenant_id)
    ).first()
    if row is None:
        return "data"
    last_batch, last_text, built, batch, text = row
    if (last_batch, last_text) != (int(batch), int(text)):
        return "data"
    return "day" if built != today else None


def built_for(session: Session, *, tenant_id: int) -> dt.date | None:
    """The day the per-period totals end on (None before the first build)."""
    state = _state(session, tenant_id)
    return state.built_for if state else None


def _daily(session: Session, tenant_id: int) -> None:
    dialect = session.get_bind().dialect.name
    # Each grouped expression is built once: PostgreSQL matches GROUP BY by its bound parameters.
    returns_day, returns_asin = utc_day(Return.return_date, dialect), func.coalesce(Return.asin, "")
    orders_day = utc_day(OrderLine.purchase_date, dialect)
    orders_asin = func.coalesce(OrderLine.asin, "")
    returned = (
        select(
            Return.store_id.label("store_id"),
            returns_asin.label("asin"),
            returns_day.label("day"),
            func.sum(Return.quantity).label("returned_units"),
            func.count().label("returns"),
            literal(0).label("ordered_units"),
        )
        .where(Return.tenant_id == tenant_id)
        .group_by(Return.store_id, returns_asin, returns_day)
    )
    ordered = (
        select(
            OrderLine.store_id,
            orders_asin,
            orders_day,
            literal(0),
            literal(0),
            func.sum(OrderLine.quantity),
        )
        .where(
            OrderLine.tenant_id == tenant_id,
            func.coalesce(OrderLine.order_status, "") != "Cancelled",
        )
        .group_by(OrderLine.store_id, orders_asin, orders_day)
    )
    both = union_all(returned, ordered).subquery()
    session.execute(
        insert(AsinDaily).from_select(
            ["tenant_id", "store_id", "asin", "day", "returned_units", "returns", "ordered_units"],
            select(
                literal(tenant_id),
                both.c.store_id,
                both.c.asin,
                both.c.day,
                func.sum(both.c.returned_units),
                func.sum(both.c.returns),
                func.sum(both.c.ordered_units),
            ).group_by(both.c.store_id, both.c.asin, both.c.day),
        )
    )
    session.execute(
        insert(StoreDaily).from_select(
            ["tenant_id", "store_id", "day", "returned_units", "returns", "ordered_units"],
            select(
                AsinDaily.tenant_id,
                AsinDaily.store_id,
                AsinDaily.day,
                func.sum(AsinDaily.returned_units),
                func.sum(AsinDaily.returns),
                func.sum(AsinDaily.ordered_units),
            )
            .where(AsinDaily.tenant_id == tenant_id)
            .group_by(AsinDaily.tenant_id, AsinDaily.store_id, AsinDaily.day),
        )
    )


def _periods(session: Session, tenant_id: int, today: dt.date) -> None:
    session.execute(delete(AsinPeriod).where(AsinPeriod.tenant_id == tenant_id))
    for days in STANDARD_PERIODS:
        start = today - dt.timedelta(days=days - 1)
        before = start - dt.timedelta(days=days)
        current = AsinDaily.day >= start
        session.execute(
            insert(AsinPeriod).from_select(
                [
                    "tenant_id",
                    "store_id",
                    "asin",
                    "days",
                    "returns",
                    "returned_units",
                    "ordered_units",
                    "previous_returned_units",
                    "previous_ordered_units",
                ],
                select(
                    AsinDaily.tenant_id,
                    AsinDaily.store_id,
                    AsinDaily.asin,
                    literal(days),
                    func.sum(case((current, AsinDaily.returns), else_=0)),
                    func.sum(case((current, AsinDaily.returned_units), else_=0)),
                    func.sum(case((current, AsinDaily.ordered_units), else_=0)),
                    func.sum(case((current, 0), else_=AsinDaily.returned_units)),
                    func.sum(case((current, 0), else_=AsinDaily.ordered_units)),
                )
                .where(
                    AsinDaily.tenant_id == tenant_id,
                    AsinDaily.day >= before,
                    AsinDaily.day <= today,
                    AsinDaily.asin != "",
                )
                .group_by(AsinDaily.tenant_id, AsinDaily.store_id, AsinDaily.asin),
            )
        )


def _causes(session: Session, tenant_id: int) -> None:
    version = latest_model_version(session, tenant_id=tenant_id)
    if version is None:
        return
    rebuild_quotes(session, tenant_id=tenant_id, model_version=version)
    asin = func.coalesce(TextClassification.asin, "")
    session.execute(
        insert(AsinCause).from_select(
            ["tenant_id", "store_id", "asin", "root_cause", "texts", "mismatches"],
            select(
                TextClassification.tenant_id,
                TextClassification.store_id,
                asin,
                TextClassification.root_cause,
                func.count(),
                func.count(TextClassification.reason_mismatch),
            )
            .where(
                TextClassification.tenant_id == tenant_id,
                TextClassification.model_version == version,
            )
            .group_by(
                TextClassification.tenant_id,
                TextClassification.store_id,
                asin,
                TextClassification.root_cause,
            ),
        )
    )


def rebuild_rollups(session: Session, *, tenant_id: int, today: dt.date) -> None:
    """Rebuild every rollup of a tenant inside the caller's transaction."""
    for model in (AsinDaily, StoreDaily, AsinCause, AsinQuote):
        session.execute(delete(model).where(model.tenant_id == tenant_id))
    _daily(session, tenant_id)
    _periods(session, tenant_id, today)
    _causes(session, tenant_id)
    batch, text = _marks(session, tenant_id)
    state = _state(session, tenant_id)
    if state is None:
        state = RollupState(tenant_id=tenant_id)
        session.add(state)
    state.last_batch_id, state.last_classification_id = batch, text
    state.built_for, state.built_at = today, dt.datetime.now(dt.UTC)
    session.flush()


def ensure_rollups(
    sessions: sessionmaker[Session], *, tenant_id: int, today: dt.date
) -> str | None:
    """Bring a tenant's rollups up to date; what was rebuilt ("data", "day") or None.

    One rebuild per tenant at a time: a second caller waits and then finds them fresh.
    """
    with sessions() as session:
        if staleness(session, tenant_id=tenant_id, today=today) is None:
            return None
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(tenant_id, threading.Lock())
    with lock, sessions.begin() as session:
        stale = staleness(session, tenant_id=tenant_id, today=today)
        if stale == "data":
            rebuild_rollups(session, tenant_id=tenant_id, today=today)
        elif stale == "day":
            _periods(session, tenant_id, today)
            state = _state(session, tenant_id)
            assert state is not None
            state.built_for = today
    return stale
