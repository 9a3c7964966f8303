"""Settings forms for notification channels (with a real receiver) and the SP-API connection
(against the fake Amazon on 127.0.0.1): secrets go in, never come back out."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.notify.conftest import Receiver, free_port, json_reply
from tests.spapi_fake import FakeSpapi
from tests.web.conftest import TenantData, csrf_of, log_in
from vocloop.app import App
from vocloop.store.access import list_stores
from vocloop.store.models import AuditEntry, NotificationChannel, SpapiConnection

EN = {"Accept-Language": "en"}
ZH = {"Accept-Language": "zh-CN"}
HOOK_SECRET = "whsec-never-shown-0042"


@pytest.fixture
def hook() -> Iterator[Receiver]:
    server = Receiver(free_port(), lambda _: json_reply({"ok": True})).start()
    yield server
    server.stop()


@pytest.fixture
def fake_amazon(web_app: App) -> Iterator[FakeSpapi]:
    with FakeSpapi(processing_polls=0, rate_scale=20) as server:
        web_app.settings = web_app.settings.model_copy(
            update={"spapi_endpoint": server.url, "spapi_lwa_url": server.lwa_url}
        )
        yield server
        assert server.invalid == []


def _actions(app: App, tenant_id: int) -> list[tuple[str, str | None]]:
    with app.sessions() as session:
        rows = session.query(AuditEntry).filter(AuditEntry.tenant_id == tenant_id)
        return [(row.action, row.target) for row in rows.order_by(AuditEntry.id)]


def _channels(app: App, tenant_id: int) -> list[str]:
    with app.sessions() as session:
        rows = session.query(NotificationChannel.name).filter(
            NotificationChannel.tenant_id == tenant_id
        )
        return sorted(name for (name,) in rows)


def test_a_channel_is_added_tested_and_removed_and_its_secret_never_shown(
    web_app: App,
    client: TestClient,
    two_tenants: tuple[TenantData, TenantData],
    hook: Receiver,
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    csrf = csrf_of(client, "/settings")
    url = f"{hook.base}/hooks/ops?token=tok-7781"
    added = client.post(
        "/settings/channels",
        data={
            "csrf": csrf,
            "kind": "webhook",
            "name": "ops-room",
            "url": url,
            "secret": HOOK_SECRET,
            "lang": "zh",
            "min_severity": "high",
        },
        follow_redirects=False,
    )
    assert added.status_code == 303
    settings = client.get("/settings", headers=EN).text
    assert "ops-room" in settings and "webhook" in settings
    assert HOOK_SECRET not in settings and "tok-7781" not in settings
    assert _channels(web_app, alpha.id) == ["ops-room"]

    tested = client.post("/settings/channels/ops-room/test", data={"csrf": csrf}, headers=EN)
    assert tested.status_code == 200
    assert "Test message sent to channel 'ops-room'." in html.unescape(tested.text)
    assert len(hook.requests) == 1
    got = hook.requests[0]
    assert got.path == "/hooks/ops" and got.query == {"token": ["tok-7781"]}
    assert got.json()["kind"] == "test"
    assert "vocloop" in json.dumps(got.json(), ensure_ascii=False)
    assert HOOK_SECRET not in tested.text

    hook.reply = lambda _: (500, "text/plain", b"down")
    failed = client.post("/settings/channels/ops-room/test", data={"csrf": csrf}, headers=ZH)
    assert failed.status_code == 502
    assert "ops-room" in failed.text and 'role="alert"' in failed.text
    assert "设置" in failed.text  # the page stays in Chinese

    removed = client.post(
        "/settings/channels/ops-room/remove", data={"csrf": csrf}, follow_redirects=False
    )
    assert removed.status_code == 303 and _channels(web_app, alpha.id) == []
    assert [a for a in _actions(web_app, alpha.id) if a[0].startswith("channel.")] == [
        ("channel.add", "ops-room"),
        ("channel.test", "ops-room"),
        ("channel.remove", "ops-room"),
    ]


@pytest.mark.parametrize(
    ("_case", "form", "message"),
    [
        (
            "plain http to another host",
            {"kind": "slack", "url": "http://hooks.example.com/x"},
            "The Slack webhook URL must use https://",
        ),
        (
            "unknown kind",
            {"kind": "pager", "url": "https://x.example"},
            "'pager' is not a channel kind",
        ),
        (
            "bad name",
            {"kind": "webhook", "name": "Ops Room", "url": "https://x.example/h"},
            "'Ops Room' cannot be a channel name",
        ),
    ],
)
def test_a_bad_channel_is_refused_in_one_sentence_and_nothing_is_stored(
    web_app: App,
    client: TestClient,
    two_tenants: tuple[TenantData, TenantData],
    _case: str,
    form: dict[str, str],
    message: str,
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    response = client.post(
        "/settings/channels",
        data={"csrf": csrf_of(client, "/settings"), "name": "ops", **form},
        headers=EN,
    )
    assert response.status_code == 400 and message in html.unescape(response.text)
    assert _channels(web_app, alpha.id) == []


def test_a_store_is_connected_to_amazon_after_the_credentials_are_checked(
    web_app: App,
    client: TestClient,
    two_tenants: tuple[TenantData, TenantData],
    fake_amazon: FakeSpapi,
) -> None:
    alpha, _ = two_tenants
    with web_app.sessions() as session:
        store = next(s for s in list_stores(session, tenant_id=alpha.id) if s.marketplace == "US")
        slug, store_id = store.slug, store.id
    seller = fake_amazon.add_seller()
    log_in(client, alpha.email)
    csrf = csrf_of(client, "/settings")
    form = {
        "csrf": csrf,
        "store": slug,
        "client_id": seller.client_id,
        "client_secret": "wrong-secret-55",
        "refresh_token": seller.refresh_token,
    }
    refused = client.post("/settings/spapi", data=form, headers=EN)
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    assert "wrong-secret-55" not in refused.text and seller.refresh_token not in refused.text
    with web_app.sessions() as session:
        assert session.query(SpapiConnection).count() == 0

    connected = client.post(
        "/settings/spapi", data={**form, "client_secret": seller.client_secret}, headers=EN
    )
    assert connected.status_code == 200
    assert f"Store '{slug}' is connected to Amazon (region na)." in html.unescape(connected.text)
    for secret in (seller.client_secret, seller.refresh_token):
        assert secret not in connected.text
        assert secret not in client.get("/settings", headers=EN).text
    with web_app.sessions() as session:
        row = session.query(SpapiConnection).one()
        assert (row.tenant_id, row.store_id, row.region) == (alpha.id, store_id, "na")
        assert seller.refresh_token not in row.secrets  # sealed
    assert ("store.connect", slug) in _actions(web_app, alpha.id)


def test_a_new_store_needs_its_marketplace_and_a_region_that_serves_it(
    web_app: App,
    client: TestClient,
    two_tenants: tuple[TenantData, TenantData],
    fake_amazon: FakeSpapi,
) -> None:
    alpha, _ = two_tenants
    seller = fake_amazon.add_seller()
    log_in(client, alpha.email)
    base = {
        "csrf": csrf_of(client, "/settings"),
        "store": "de-main",
        "client_id": seller.client_id,
        "client_secret": seller.client_secret,
        "refresh_token": seller.refresh_token,
    }
    no_market = client.post("/settings/spapi", data=base, headers=EN)
    assert no_market.status_code == 400
    assert "There is no store 'de-main' in this tenant" in html.unescape(no_market.text)
    wrong_region = client.post(
        "/settings/spapi", data={**base, "marketplace": "DE", "region": "na"}, headers=EN
    )
    assert wrong_region.status_code == 400
    assert "served by region eu, not na" in wrong_region.text
    with web_app.sessions() as session:
        assert all(s.slug != "de-main" for s in list_stores(session, tenant_id=alpha.id))
        assert session.query(SpapiConnection).count() == 0
