"""One monitoring pass for a tenant: rebuild the daily table, run the detectors, record alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vocloop.analysis.topics.refresh import refresh_topics
from vocloop.monitor.alert_store import record_findings
from vocloop.monitor.alerts import (
    cause_rise_findings,
    negative_review_findings,
    return_rate_findings,
    safety_findings,
    topic_rise_findings,
)
from vocloop.monitor.badge import badge_findings
from vocloop.monitor.daily import rebuild_daily
from vocloop.monitor.fees import fee_findings
from vocloop.monitor.notices import notify_opened
from vocloop.monitor.series import load_series, store_lags
from vocloop.monitor.store_health import account_health_findings
from vocloop.monitor.texts import dated_texts, topic_links
from vocloop.monitor.voc import ncx_findings


@dataclass(frozen=True)
class MonitoringResult:
    daily_rows: int
    last_day: dt.date | None
    findings: int
    opened: list[int]
    updated: int


def refresh_monitoring(session: Session, *, tenant_id: int, now: dt.datetime) -> MonitoringResult:
    """Recompute the tenant's metrics and alerts; safe to run again (nothing is raised twice)."""
    rows = rebuild_daily(session, tenant_id=tenant_id)
    refresh_topics(session, tenant_id=tenant_id)  # topic alerts need every text in its topic
    series, last_day = load_series(session, tenant_id=tenant_id)
    texts = dated_texts(session, tenant_id=tenant_id)
    findings = safety_findings(texts) + account_health_findings(session, tenant_id=tenant_id)
    if last_day is not None:
        lags = store_lags(session, tenant_id=tenant_id, last_day=last_day)
        findings += return_rate_findings(series, lags, texts, last_day)
        findings += cause_rise_findings(series, lags, texts, last_day)
        links, labels = topic_links(session, tenant_id=tenant_id)
        findings += topic_rise_findings(series, lags, texts, links, labels, last_day)
        findings += negative_review_findings(series, last_day)
        findings += ncx_findings(session, tenant_id=tenant_id, last_day=last_day)
        findings += fee_findings(session, tenant_id=tenant_id, last_day=last_day)
        findings += badge_findings(session, tenant_id=tenant_id, last_day=last_day)
    recorded = record_findings(session, tenant_id=tenant_id, findings=findings, now=now)
    # The team hears of new alerts where it works; queued in this transaction, sent by
    # `deliver_pending` (the worker, `vocloop analyze`, or `vocloop notify deliver`).
    notify_opened(session, tenant_id=tenant_id, alert_ids=recorded.opened)
    return MonitoringResult(rows, last_day, len(findings), recorded.opened, recorded.updated)
