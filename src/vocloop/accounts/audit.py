"""The audit log: one row per change a person made in a tenant."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.store.models import AuditEntry


def record_audit(
    session: Session,
    *,
    tenant_id: int,
    actor: str,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Note a change in the caller's transaction, so it is kept exactly when the change is."""
    session.add(
        AuditEntry(tenant_id=tenant_id, actor=actor, action=action, target=target, detail=detail)
    )


def list_audit(session: Session, *, tenant_id: int, limit: int = 100) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.tenant_id == tenant_id)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        )
    )
