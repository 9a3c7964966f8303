"""Alerts in the store: findings become alerts once, and people move them along.

Rules: at most one live (not resolved) alert per kind, store, ASIN and subject; a finding for a
live alert updates its numbers and quotes (and raises its severity, never lowers it) instead of
alerting again. After a person resolves an alert, the same condition opens a new alert only when
it is detected again on a day after the resolution. A snooze hides an alert until its time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.monitor.alerts import Finding
from vocloop.monitor.texts import quote_texts
from vocloop.store.models import Alert

SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("open", "acknowledged", "snoozed", "resolved")


@dataclass(frozen=True)
class RecordResult:
    opened: list[int]
    updated: int


def record_findings(
    session: Session, *, tenant_id: int, findings: list[Finding], now: dt.datetime
) -> RecordResult:
    alerts = session.scalars(select(Alert).where(Alert.tenant_id == tenant_id)).all()
    by_condition: dict[tuple[str, int | None, str | None, str], list[Alert]] = {}
    for alert in alerts:
        key = (alert.kind, alert.store_id, alert.asin, alert.subject)
        by_condition.setdefault(key, []).append(alert)
    opened: list[Alert] = []
    updated = 0
    for finding in findings:
        key = (finding.kind, finding.store_id, finding.asin, finding.subject)
        previous = by_condition.get(key, [])
        live = next((a for a in previous if a.status != "resolved"), None)
        quotes = {"items": quote_texts(session, finding.evidence)}
        if live is not None:
            if live.facts != finding.facts or live.quotes != quotes:
                live.facts, live.quotes, live.updated_at = finding.facts, quotes, now
                updated += 1
            if SEVERITIES.index(finding.severity) > SEVERITIES.index(live.severity):
                live.severity = finding.severity
            continue
        resolved_days = [a.resolved_at.date() for a in previous if a.resolved_at is not None]
        if resolved_days and finding.detected_on <= max(resolved_days):
            continue  # a person already dealt with this episode
        alert = Alert(
            tenant_id=tenant_id,
            store_id=finding.store_id,
            asin=finding.asin,
            kind=finding.kind,
            subject=finding.subject,
            severity=finding.severity,
            status="open",
            detected_on=finding.detected_on,
            since=finding.since,
            opened_at=now,
            updated_at=now,
            facts=finding.facts,
            quotes=quotes,
        )
        session.add(alert)
        opened.append(alert)
    session.flush()
    return RecordResult([alert.id for alert in opened], updated)


def live_alerts(
    session: Session,
    *,
    tenant_id: int,
    now: dt.datetime,
    status: str = "live",
    store_id: int | None = None,
    asin: str | None = None,
) -> list[Alert]:
    """Alerts by status: `live` (open or acknowledged, and snoozed ones whose time is up),
    one of STATUSES, or `all`; most severe first, then newest."""
    query = select(Alert).where(Alert.tenant_id == tenant_id)
    if status == "live":
        query = query.where(
            or_(
                Alert.status.in_(("open", "acknowledged")),
                (Alert.status == "snoozed") & (Alert.snoozed_until <= now),
            )
        )
    elif status != "all":
        if status not in STATUSES:
            raise UserError(
                f"Unknown alert status {status!r}: use live, all or {', '.join(STATUSES)}."
            )
        query = query.where(Alert.status == status)
    if store_id is not None:
        query = query.where(Alert.store_id == store_id)
    if asin is not None:
        query = query.where(Alert.asin == asin)
    found = list(session.scalars(query))
    found.sort(key=lambda a: (-SEVERITIES.index(a.severity), -a.detected_on.toordinal(), -a.id))
    return found


def get_alert(session: Session, *, tenant_id: int, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None or alert.tenant_id != tenant_id:
        raise NotFound(f"There is no alert {alert_id} in this tenant.")
    return alert


def change_status(
    session: Session,
    *,
    tenant_id: int,
    alert_id: int,
    status: str,
    by: str,
    now: dt.datetime,
    snooze_days: int | None = None,
    note: str | None = None,
) -> Alert:
    """Acknowledge, snooze (for some days) or resolve an alert, or reopen it."""
    alert = get_alert(session, tenant_id=tenant_id, alert_id=alert_id)
    if status not in STATUSES:
        raise UserError(f"Unknown alert status {status!r}: use {', '.join(STATUSES)}.")
    if status == "snoozed":
        if not snooze_days or snooze_days < 1:
            raise UserError("A snooze needs a number of days, 1 or more.")
        alert.snoozed_until = now + dt.timedelta(days=snooze_days)
    alert.status = status
    alert.status_by = by
    alert.updated_at = now
    alert.resolved_at = now if status == "resolved" else None
    if note:
        alert.note = note
    return alert
