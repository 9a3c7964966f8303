"""The alerts page: what monitoring raised, in the user's language, and moving it along."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from tests.web.conftest import TenantData, csrf_of, log_in
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.store.models import Alert


def _alert(app: App, tenant: TenantData) -> int:
    with app.sessions.begin() as session:
        alert = Alert(
            tenant_id=tenant.id,
            store_id=tenant.store_ids[0],
            asin=tenant.asin,
            kind="return_rate",
            severity="high",
            detected_on=dt.date(2026, 2, 9),
            since=dt.date(2026, 2, 1),
            facts={
                "since": "2026-02-01",
                "baseline_rate": 0.05,
                "observed_rate": 0.12,
                "ratio": 2.4,
                "returns_since": 30,
                "units_since": 250,
                "top_cause": "quality_defect",
            },
            quotes={"items": [{"text": "The lid cracked on day two.", "source": "return"}]},
        )
        session.add(alert)
        session.flush()
        return alert.id


def test_alerts_are_listed_in_chinese_and_can_be_acknowledged_and_resolved(
    client: TestClient, web_app: App, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    alert_id = _alert(web_app, alpha)
    log_in(client, alpha.email)
    page = client.get("/alerts", headers={"Accept-Language": "zh-CN"})
    assert page.status_code == 200
    assert "退货率上升" in page.text and "12.0%" in page.text
    assert "The lid cracked on day two." in page.text
    no_csrf = client.post(f"/alerts/{alert_id}", data={"action": "ack"})
    assert no_csrf.status_code == 403
    csrf = csrf_of(client, "/alerts")
    done = client.post(
        f"/alerts/{alert_id}", data={"csrf": csrf, "action": "ack"}, follow_redirects=False
    )
    assert done.status_code == 303
    with web_app.sessions() as session:
        assert session.get(Alert, alert_id).status == "acknowledged"  # type: ignore[union-attr]
    client.post(f"/alerts/{alert_id}", data={"csrf": csrf, "action": "resolve"})
    assert f'id="alert-{alert_id}"' not in client.get("/alerts").text  # no longer live
    assert f'id="alert-{alert_id}"' in client.get("/alerts?status=resolved").text


def test_a_viewer_reads_alerts_but_cannot_move_them(
    client: TestClient, web_app: App, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    alert_id = _alert(web_app, alpha)
    with web_app.sessions.begin() as session:
        user = create_user(session, email="viewer@alpha.example", password="a long passphrase 1")
        add_membership(session, user_id=user.id, tenant_id=alpha.id, role="viewer")
    log_in(client, "viewer@alpha.example", "a long passphrase 1")
    page = client.get("/alerts")
    assert f'id="alert-{alert_id}"' in page.text
    assert not re.search(rf'action="/alerts/{alert_id}"', page.text)
    refused = client.post(
        f"/alerts/{alert_id}", data={"csrf": csrf_of(client, "/alerts"), "action": "resolve"}
    )
    assert refused.status_code == 403
    with web_app.sessions() as session:
        assert session.get(Alert, alert_id).status == "open"  # type: ignore[union-attr]
