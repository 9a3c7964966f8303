"""The retention job: apply every rule for a tenant and log what was removed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.store.models import RetentionLogEntry
from vocloop.support.retention.rules import RETENTION_RULES, RetentionAction


def run_retention(
    session: Session, *, tenant_id: int, now: dt.datetime, dry_run: bool = False
) -> list[RetentionAction]:
    """Delete or scrub what is past its retention; with dry_run, only say what would go.

    Every removal is logged in the retention log in the same transaction (a deletion without its
    log line cannot happen). A dry run changes nothing the caller commits but its marks: the
    caller rolls a dry run back.
    """
    actions: list[RetentionAction] = []
    for rule in RETENTION_RULES:
        done = rule.apply(session, tenant_id, now, dry_run)
        actions.extend(done)
        if dry_run:
            continue
        for action in done:
            if action.action == "scrubbed":  # deletions log themselves where they delete
                session.add(
                    RetentionLogEntry(
                        tenant_id=tenant_id,
                        done_at=now,
                        rule=action.rule,
                        action=action.action,
                        target=action.target,
                        reason=action.reason,
                    )
                )
    session.flush()
    return actions


def retention_log(session: Session, *, tenant_id: int, limit: int = 200) -> list[RetentionLogEntry]:
    """The newest lines of the tenant's retention log."""
    return list(
        session.scalars(
            select(RetentionLogEntry)
            .where(RetentionLogEntry.tenant_id == tenant_id)
            .order_by(RetentionLogEntry.done_at.desc(), RetentionLogEntry.id.desc())
            .limit(limit)
        )
    )
