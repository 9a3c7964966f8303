"""The ASIN page's panels from other domains: live alerts, fixes and their effect, fee exposure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from vocloop.actions.asin_history import measured_actions_on_asin
from vocloop.monitor import render as words
from vocloop.monitor.alert_store import live_alerts
from vocloop.store.access import list_stores
from vocloop.web.context import Viewer

FEE_ALERT = "fee_forecast"


def asin_panels(session: Session, viewer: Viewer, asin: str, now: dt.datetime) -> dict[str, Any]:
    """Template values; a store-limited reader sees only what belongs to their stores."""
    allowed = viewer.scope.store_ids
    names = {s.id: s.slug for s in list_stores(session, tenant_id=viewer.tenant_id)}

    def visible(store_id: int | None) -> bool:
        return allowed is None or (store_id is not None and store_id in allowed)

    live = [
        alert
        for alert in live_alerts(session, tenant_id=viewer.tenant_id, now=now, asin=asin)
        if visible(alert.store_id)
    ]
    alerts = [
        {
            "alert": alert,
            "store": names.get(alert.store_id or 0),
            "headline": f"{words.severity_name(alert.severity, viewer.lang)} · "
            f"{words.kind_name(alert.kind, viewer.lang)}",
            "summary": words.summary(
                alert.kind,
                alert.facts,
                asin=alert.asin,
                store=names.get(alert.store_id or 0),
                lang=viewer.lang,
            ),
        }
        for alert in live
        if alert.kind != FEE_ALERT
    ]
    measured = measured_actions_on_asin(
        session, tenant_id=viewer.tenant_id, asin=asin, store_ids=allowed
    )
    # Monitoring records the fee forecast as an alert when a breach is likely; computing the
    # exposure here would read every order-to-return lag of the tenant on each page view.
    fees = [
        {"store": names.get(alert.store_id or 0, ""), "alert": alert, **alert.facts}
        for alert in live
        if alert.kind == FEE_ALERT
    ]
    return {
        "asin_alerts": alerts,
        "measured": [(m, names.get(m.action.store_id or 0)) for m in measured],
        "fees": fees,
    }
