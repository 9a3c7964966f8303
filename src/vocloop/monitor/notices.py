"""Alerts as notices: a newly opened alert goes to the tenant's channels, in each one's language."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vocloop.monitor import render
from vocloop.notify import Notice, NoticeText, Quote, Severity, enqueue_notice
from vocloop.store.access import list_stores
from vocloop.store.models import Alert


def alert_notice(alert: Alert, store: str | None) -> Notice:
    def text(lang: str) -> NoticeText:
        where = " · ".join(part for part in (alert.asin, store) if part)
        return NoticeText(
            title=f"{render.kind_name(alert.kind, lang)}: {where}" if where else alert.kind,
            lines=[
                render.summary(alert.kind, alert.facts, asin=alert.asin, store=store, lang=lang),
                render.next_step(alert.kind, lang),
            ],
            facts=[
                (
                    "Severity" if lang == "en" else "级别",
                    render.severity_name(alert.severity, lang),
                ),
                ("Detected" if lang == "en" else "发现日期", alert.detected_on.isoformat()),
            ],
        )

    return Notice(
        kind=alert.kind,
        severity=Severity(alert.severity),
        texts={"en": text("en"), "zh": text("zh")},
        quotes=[
            Quote(q["text"], f"{q.get('source', '')} {q.get('date', '')}".strip())
            for q in alert.quotes.get("items", [])[:3]
        ],
        data={"alert_id": alert.id, "asin": alert.asin, "store": store},
    )


def notify_opened(session: Session, *, tenant_id: int, alert_ids: list[int]) -> int:
    """Queue a notice per newly opened alert (once: the dedupe key is the alert's id)."""
    if not alert_ids:
        return 0
    stores = {s.id: s.slug for s in list_stores(session, tenant_id=tenant_id)}
    queued = 0
    for alert_id in alert_ids:
        alert = session.get(Alert, alert_id)
        if alert is None:
            continue
        queued += enqueue_notice(
            session,
            tenant_id=tenant_id,
            notice=alert_notice(alert, stores.get(alert.store_id or 0)),
            dedupe_key=f"alert-{alert.id}-opened",
        )
    return queued
