"""Daily rollups per ASIN (returns, orders) and cause counts, rebuilt when new data arrives.

Dashboards read these small tables instead of millions of fact rows. A tenant's rollups are
rebuilt whole (a later orders file may change old order lines), and only when an import batch or
classification newer than the last build exists, which two index lookups tell.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from sqlalchemy import Date, cast, delete, func, insert, literal, select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.analysis.causes import latest_model_version
from vocloop.store.models import (
    AsinCause,
    AsinDaily,
    ImportBatch,
    OrderLine,
    Return,
    RollupState,
    TextClassification,
)

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


def rollups_stale(session: Session, *, tenant_id: int) -> bool:
    """Whether data arrived since the tenant's rollups were built."""
    state = session.scalar(select(RollupState).where(RollupState.tenant_id == tenant_id))
    marks = _marks(session, tenant_id)
    if state is None:
        return marks != (0, 0)
    return (state.last_batch_id, state.last_classification_id) != marks


def rebuild_rollups(session: Session, *, tenant_id: int) -> None:
    """Rebuild a tenant's daily and cause rollups inside the caller's transaction."""
    dialect = session.get_bind().dialect.name
    session.execute(delete(AsinDaily).where(AsinDaily.tenant_id == tenant_id))
    session.execute(delete(AsinCause).where(AsinCause.tenant_id == tenant_id))
    columns = ["tenant_id", "store_id", "asin", "day", "returned_units", "returns", "ordered_units"]
    # Each grouped expression is built once: PostgreSQL matches GROUP BY by its bound parameters.
    returns_day = utc_day(Return.return_date, dialect)
    returns_asin = func.coalesce(Return.asin, "")
    session.execute(
        insert(AsinDaily).from_select(
            columns,
            select(
                Return.tenant_id,
                Return.store_id,
                returns_asin,
                returns_day,
                func.sum(Return.quantity),
                func.count(),
                literal(0),
            )
            .where(Return.tenant_id == tenant_id)
            .group_by(Return.tenant_id, Return.store_id, returns_asin, returns_day),
        )
    )
    orders_day = utc_day(OrderLine.purchase_date, dialect)
    orders_asin = func.coalesce(OrderLine.asin, "")
    session.execute(
        insert(AsinDaily).from_select(
            columns,
            select(
                OrderLine.tenant_id,
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
            .group_by(
                OrderLine.tenant_id,
                OrderLine.store_id,
                orders_asin,
                orders_day,
            ),
        )
    )
    version = latest_model_version(session, tenant_id=tenant_id)
    if version is not None:
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
    batch, text = _marks(session, tenant_id)
    state = session.scalar(select(RollupState).where(RollupState.tenant_id == tenant_id))
    if state is None:
        state = RollupState(tenant_id=tenant_id)
        session.add(state)
    state.last_batch_id, state.last_classification_id = batch, text
    state.built_at = dt.datetime.now(dt.UTC)
    session.flush()


def ensure_rollups(sessions: sessionmaker[Session], *, tenant_id: int) -> bool:
    """Rebuild the tenant's rollups if data arrived since; True when a rebuild ran.

    One rebuild per tenant at a time: a second caller waits and then finds them fresh.
    """
    with sessions() as session:
        if not rollups_stale(session, tenant_id=tenant_id):
            return False
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault(tenant_id, threading.Lock())
    with lock, sessions.begin() as session:
        if not rollups_stale(session, tenant_id=tenant_id):
            return False
        rebuild_rollups(session, tenant_id=tenant_id)
    return True
