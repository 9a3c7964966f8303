"""The alerts page: what monitoring raised, in the user's language, and moving it along."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import TenantData, csrf_of, log_in, open_alert
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.store.models import Alert


def test_alerts_are_listed_in_chinese_and_can_be_acknowledged_and_resolved(
    client: TestClient, web_app: App, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    alert_id = open_alert(web_app, alpha)
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
    alert_id = open_alert(web_app, alpha)
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
