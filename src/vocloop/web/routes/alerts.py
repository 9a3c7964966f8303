"""Alerts: what monitoring noticed, and moving each one along (acknowledge, snooze, resolve)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.accounts.audit import record_audit
from vocloop.errors import NotFound
from vocloop.monitor import render as words
from vocloop.monitor.alert_store import STATUSES, change_status, get_alert, live_alerts
from vocloop.store.access import list_stores
from vocloop.store.models import Alert
from vocloop.web.context import (
    Csrf,
    Forbidden,
    SessionDep,
    Viewer,
    ViewerDep,
    page_context,
    web_state,
)
from vocloop.web.rendering import render

router = APIRouter(include_in_schema=False)
STATUS_PATTERN = "^(live|all|" + "|".join(STATUSES) + ")$"
MOVES = {"ack": "acknowledged", "snooze": "snoozed", "resolve": "resolved", "reopen": "open"}


def _visible(alert: Alert, viewer: Viewer) -> bool:
    """A store-limited member sees only alerts of those stores (not tenant-wide ones)."""
    stores = viewer.scope.store_ids
    return stores is None or (alert.store_id is not None and alert.store_id in stores)


@router.get("/alerts")
def alerts_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    status: Annotated[str, Query(pattern=STATUS_PATTERN)] = "live",
) -> Response:
    now = web_state(request).app.clock()
    names = {s.id: s.slug for s in list_stores(session, tenant_id=viewer.tenant_id)}
    rows = [
        {
            "alert": alert,
            "store": names.get(alert.store_id or 0),
            "kind_name": words.kind_name(alert.kind, viewer.lang),
            "severity_name": words.severity_name(alert.severity, viewer.lang),
            "status_name": words.status_name(alert.status, viewer.lang),
            "summary": words.summary(
                alert.kind,
                alert.facts,
                asin=alert.asin,
                store=names.get(alert.store_id or 0),
                lang=viewer.lang,
            ),
            "next_step": words.next_step(alert.kind, viewer.lang),
            "quotes": alert.quotes.get("items", [])[:3],
        }
        for alert in live_alerts(session, tenant_id=viewer.tenant_id, now=now, status=status)
        if _visible(alert, viewer)
    ]
    context = page_context(
        request, viewer, rows=rows, status=status, statuses=["live", *STATUSES, "all"]
    )
    return render(request, "alerts.html", context)


@router.post("/alerts/{alert_id}", dependencies=[Csrf])
def move_alert(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    alert_id: int,
    action: Annotated[str, Form(pattern="^(ack|snooze|resolve|reopen)$")] = "ack",
    days: Annotated[int, Form(ge=1, le=90)] = 7,
) -> Response:
    alert = get_alert(session, tenant_id=viewer.tenant_id, alert_id=alert_id)
    if not _visible(alert, viewer):
        raise NotFound(f"There is no alert {alert_id} in this tenant.")
    if viewer.role == "viewer":
        raise Forbidden("alerts")  # viewers read; every other role may move alerts along
    status = MOVES[action]
    change_status(
        session,
        tenant_id=viewer.tenant_id,
        alert_id=alert_id,
        status=status,
        by=viewer.email,
        now=web_state(request).app.clock(),
        snooze_days=days if status == "snoozed" else None,
    )
    record_audit(
        session,
        tenant_id=viewer.tenant_id,
        actor=viewer.email,
        action=f"alert.{action}",
        target=str(alert_id),
    )
    session.commit()
    return RedirectResponse("/alerts", status_code=303)
