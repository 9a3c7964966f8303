"""The worker's cycle: for every tenant, pull due SP-API reports, classify new texts, refresh
metrics and alerts, remove personal data past its retention, then deliver notifications.

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
from vocloop.errors import UserError
from vocloop.jobs.locks import job_lock
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.notify import DeliveryReport, SecretBox, deliver_pending
from vocloop.reporting.delivery import last_full_week, queue_weekly_report
from vocloop.sources.spapi import context_from_settings, due_kinds, find_connection, sync_store
from vocloop.store.access import list_stores, list_tenants
from vocloop.store.models import OutboxMessage, Tenant
from vocloop.support.retention import run_retention
from vocloop.support.tickets import (
    brands_with_inbound_mail,
    poll_brand,
    prune_unreferenced_files,
)

log = logging.getLogger("vocloop.worker")


@dataclass(frozen=True)
class JobResult:
    job: str
    tenant: str
    ok: bool
    detail: str


def analyze_tenant(app: App, tenant_id: int, classifier: Classifier) -> str:
    classified = classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    now = app.clock()
    with app.sessions.begin() as session:
        result = refresh_monitoring(session, tenant_id=tenant_id, now=now)
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        reports = queue_weekly_report(
            session, tenant=tenant, week=last_full_week(now.date()), now=now
        )
    detail = f"{sum(classified.values())} texts classified, {len(result.opened)} alert(s) opened"
    return detail + (f", weekly report queued for {reports} channel(s)" if reports else "")


def sync_due_stores(app: App, tenant_id: int, slug: str) -> list[JobResult]:
    """Pull from Amazon what each connected store of the tenant is due for (SP-API schedule).

    One store's failure is recorded and never stops another's; each store syncs under its own
    lock, so several workers share an agency's stores without syncing one twice.
    """
    now = app.clock()
    with app.sessions() as session:
        due = [
            (store.id, store.slug, kinds)
            for store in list_stores(session, tenant_id=tenant_id)
            if find_connection(session, store_id=store.id) is not None
            and (kinds := due_kinds(session, store_id=store.id, now=now))
        ]
    if not due:
        return []
    results = []
    try:
        context = context_from_settings(app.settings)
    except UserError as exc:  # e.g. the key that opens the credentials is missing
        return [JobResult("sync", slug, False, exc.message)]
    for store_id, store, kinds in due:
        with job_lock(app.engine, f"vocloop:sync:{store_id}") as mine:
            if not mine:
                continue
            try:
                synced = sync_store(
                    app.sessions, context, tenant_id=tenant_id, store=store, kinds=kinds
                )
            except UserError as exc:
                results.append(JobResult("sync", f"{slug}/{store}", False, exc.message))
                continue
            added = sum(kind.added for kind in synced.kinds)
            failed = [kind.kind for kind in synced.kinds if kind.status == "failed"]
            detail = f"{len(synced.kinds)} kind(s), {added} rows added" + (
                f"; failed: {', '.join(failed)}" if failed else ""
            )
            results.append(JobResult("sync", f"{slug}/{store}", synced.ok, detail))
    return results


def retain_tenant(app: App, tenant_id: int, slug: str) -> JobResult | None:
    """Delete or scrub what is past its retention (logged); None when nothing was due."""
    with job_lock(app.engine, f"vocloop:retention:{tenant_id}") as mine:
        if not mine:
            return None
        try:
            with app.sessions.begin() as session:
                actions = run_retention(session, tenant_id=tenant_id, now=app.clock())
            with app.sessions() as session:  # files go once the rows naming them are gone
                prune_unreferenced_files(session, app.settings.data_dir, tenant_id=tenant_id)
        except Exception as exc:  # one tenant's failure must not stop the others
            log.exception("retention of tenant %s failed", slug)
            return JobResult("retention", slug, False, str(exc))
    if not actions:
        return None
    deleted = sum(action.action == "deleted" for action in actions)
    detail = f"{deleted} record(s) deleted, {len(actions) - deleted} scrubbed"
    return JobResult("retention", slug, True, detail)


def poll_support_mail(
    app: App, tenant_id: int, slug: str, classifier: Classifier
) -> list[JobResult]:
    """Read each of the tenant's brand mailboxes (IMAP) into tickets, one brand at a time."""
    box = SecretBox.from_settings(app.settings)
    with app.sessions() as session:
        brand_ids = brands_with_inbound_mail(session, box, tenant_id=tenant_id)
    results = []
    for brand_id in brand_ids:
        with job_lock(app.engine, f"vocloop:mail:{brand_id}") as mine:
            if not mine:
                continue
            try:
                polled = poll_brand(
                    app.sessions,
                    box,
                    brand_id=brand_id,
                    data_dir=app.settings.data_dir,
                    clock=app.clock,
                    classifier=classifier,
                )
            except UserError as exc:
                results.append(JobResult("mail", slug, False, exc.message))
                continue
            detail = (
                f"{polled.fetched} mail(s): {len(polled.created)} new ticket(s), "
                f"{len(polled.threaded)} threaded"
            )
            results.append(JobResult("mail", f"{slug}/{polled.brand}", True, detail))
    return results


def run_cycle(app: App, classifier: Classifier | None = None) -> list[JobResult]:
    """One pass over every tenant; returns what each job did (skipped ones are not listed)."""
    model = classifier or load_classifier()
    with app.sessions() as session:
        tenants = [(t.id, t.slug) for t in list_tenants(session)]
    results = []
    for tenant_id, slug in tenants:
        results += sync_due_stores(app, tenant_id, slug)
        results += poll_support_mail(app, tenant_id, slug, model)
        with job_lock(app.engine, f"vocloop:analyze:{tenant_id}") as mine:
            if not mine:
                continue  # another worker is on this tenant right now
            try:
                detail = analyze_tenant(app, tenant_id, model)
                results.append(JobResult("analyze", slug, True, detail))
            except Exception as exc:  # one tenant's failure must not stop the others
                log.exception("analysis of tenant %s failed", slug)
                results.append(JobResult("analyze", slug, False, str(exc)))
        retained = retain_tenant(app, tenant_id, slug)
        if retained is not None:
            results.append(retained)
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
