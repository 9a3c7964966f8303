"""The fixes made on one ASIN, newest first, each with its measured effect."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.actions.tracker import Measured, measure_action
from vocloop.store.models import Action

ACTIONS_SHOWN = 5


def actions_on_asin(
    session: Session, *, tenant_id: int, asin: str, store_ids: tuple[int, ...] | None = None
) -> list[Action]:
    """Fixes that name the ASIN; with store_ids, only fixes of those stores (a tenant-wide fix is
    measured on stores the reader may not see)."""
    found = []
    for action in session.scalars(
        select(Action)
        .where(Action.tenant_id == tenant_id)
        .order_by(Action.effective_on.desc(), Action.id.desc())
    ):
        if asin not in action.asins.get("items", []):
            continue
        if store_ids is not None and action.store_id not in store_ids:
            continue
        found.append(action)
    return found


def measured_actions_on_asin(
    session: Session,
    *,
    tenant_id: int,
    asin: str,
    store_ids: tuple[int, ...] | None = None,
    limit: int = ACTIONS_SHOWN,
) -> list[Measured]:
    """The newest fixes on the ASIN with their effect (difference-in-differences, tracker.py)."""
    chosen = actions_on_asin(session, tenant_id=tenant_id, asin=asin, store_ids=store_ids)
    return [
        measure_action(session, tenant_id=tenant_id, action_id=action.id)
        for action in chosen[:limit]
    ]
