"""The worker's cycle: for every tenant, classify new texts and refresh metrics and alerts.

Each tenant's job runs under its own lock, so several workers share the tenants without doing
one twice, and one tenant's failure is logged and never stops the others.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier, load_classifier
from vocloop.app import App
from vocloop.jobs.locks import job_lock
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.notify import DeliveryReport, SecretBox, deliver_pending
from vocloop.store.access import list_tenants
from vocloop.store.models import OutboxMessage

log = logging.getLogger("vocloop.worker")


@dataclass(frozen=True)
class JobResult:
    job: str
    tenant: str
    ok: bool
    detail: str


def analyze_tenant(app: App, tenant_id: int, classifier: Classifier) -> str:
    classified = classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    with app.sessions.begin() as session:
        result = refresh_monitoring(session, tenant_id=tenant_id, now=app.clock())
    return f"{sum(classified.values())} texts classified, {len(result.opened)} alert(s) opened"


def run_cycle(app: App, classifier: Classifier | None = None) -> list[JobResult]:
    """One pass over every tenant; returns what each job did (skipped ones are not listed)."""
    model = classifier or load_classifier()
    with app.sessions() as session:
        tenants = [(t.id, t.slug) for t in list_tenants(session)]
    results = []
    for tenant_id, slug in tenants:
        with job_lock(app.engine, f"vocloop:analyze:{tenant_id}") as mine:
            if not mine:
                continue  # another worker is on this tenant right now
            try:
                detail = analyze_tenant(app, tenant_id, model)
                results.append(JobResult("analyze", slug, True, detail))
            except Exception as exc:  # one tenant's failure must not stop the others
                log.exception("analysis of tenant %s failed", slug)
                results.append(JobResult("analyze", slug, False, str(exc)))
    report = deliver_if_pending(app)
    if report is not None and report.attempted:
        results.append(
            JobResult(
                "notify",
                "*",
                not report.failed,
                f"{report.sent} sent, {report.retrying} to retry, {report.failed} failed",
            )
        )
    return results


def deliver_if_pending(app: App) -> DeliveryReport | None:
    """Send what the outbox holds (None when it holds nothing: no key file is touched then)."""
    with app.sessions() as session:
        waiting = session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "pending")
        )
    if not waiting:
        return None
    return deliver_pending(app.sessions, box=SecretBox.from_settings(app.settings), now=app.clock())


def run_forever(
    app: App,
    *,
    interval: float,
    on_cycle: Callable[[list[JobResult]], None],
    should_stop: Callable[[], bool],
) -> None:
    classifier = load_classifier()
    while not should_stop():
        started = time.monotonic()
        on_cycle(run_cycle(app, classifier))
        while not should_stop() and time.monotonic() - started < interval:
            time.sleep(min(1.0, interval))
