"""When each store's kinds were last synced, and what went wrong, for `sync status` and the UI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.sources.spapi.kinds import SYNC_KINDS
from vocloop.store.models import SpapiConnection, Store, SyncState


def sync_status(
    session: Session, *, tenant_id: int, store: str | None = None
) -> list[dict[str, Any]]:
    """One entry per connected store and kind (never-synced kinds included), in kind order."""
    query = (
        select(Store, SpapiConnection)
        .join(SpapiConnection, SpapiConnection.store_id == Store.id)
        .where(Store.tenant_id == tenant_id)
        .order_by(Store.slug)
    )
    if store is not None:
        query = query.where(Store.slug == store)
    pairs = session.execute(query).tuples().all()
    states = {
        (state.store_id, state.kind): state
        for state in session.scalars(
            select(SyncState).where(SyncState.store_id.in_([s.id for s, _ in pairs]))
        )
    }
    rows = []
    for store_row, connection in pairs:
        for kind in SYNC_KINDS:
            state = states.get((store_row.id, kind.name))
            rows.append(
                {
                    "store": store_row.slug,
                    "region": connection.region,
                    "request_reviews": connection.request_reviews,
                    "kind": kind.name,
                    "last_status": state.last_status if state else None,
                    "last_attempt_at": _iso(state.last_attempt_at if state else None),
                    "last_success_at": _iso(state.last_success_at if state else None),
                    "synced_until": _iso(state.synced_until if state else None),
                    "report_in_flight": state.report_id if state else None,
                    "last_records": state.last_records if state else 0,
                    "last_added": state.last_added if state else 0,
                    "failures": state.failures if state else 0,
                    "last_error": state.last_error if state else None,
                    "every_hours": kind.every_hours,
                }
            )
    return rows


def due_kinds(session: Session, *, store_id: int, now: dt.datetime) -> list[str]:
    """The kinds whose schedule says it is time (never synced, or older than every_hours).

    A failed kind is due again on the same schedule; the worker decides how to space retries.
    """
    last = dict(
        session.execute(
            select(SyncState.kind, SyncState.last_attempt_at).where(SyncState.store_id == store_id)
        )
        .tuples()
        .all()
    )
    due = []
    for kind in SYNC_KINDS:
        attempted = last.get(kind.name)
        if attempted is None or now - attempted >= dt.timedelta(hours=kind.every_hours):
            due.append(kind.name)
    return due


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None
