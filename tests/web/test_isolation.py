"""Tenant separation: every route and API endpoint, given another tenant's ids, answers 404."""

from __future__ import annotations

import datetime as dt
import re
import time

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.web.conftest import TenantData, app_routes, csrf_of, log_in, member_role
from vocloop.accounts import create_invitation
from vocloop.app import App
from vocloop.notify import SecretBox, add_channel, list_channels
from vocloop.store.access import create_store, get_tenant
from vocloop.store.models import Alert, ApiToken, InsertCard, Invitation
from vocloop.support import add_brand_product, create_brand
from vocloop.support.inserts import InsertRequest, make_insert
from vocloop.support.tickets import (
    IncomingFile,
    get_ticket,
    open_ticket,
    store_files,
    ticket_messages,
)

PARAM = re.compile(r"{(\w+)}")


def _alert(session: Session, tenant_id: int, store_id: int, asin: str) -> int:
    """An open alert of the tenant, as monitoring records one."""
    alert = Alert(
        tenant_id=tenant_id,
        store_id=store_id,
        asin=asin,
        kind="safety",
        severity="critical",
        detected_on=dt.date(2026, 2, 2),
        facts={"count": 1, "first": "2026-02-02", "last": "2026-02-02", "sources": ["return"]},
        quotes={"items": [{"text": "It sparked.", "source": "return", "date": "2026-02-02"}]},
    )
    session.add(alert)
    session.flush()
    return alert.id


def _insert(session: Session, tenant_id: int, asin: str, now: dt.datetime) -> int:
    """A printed insert card of the tenant's own brand."""
    brand = create_brand(session, tenant_id=tenant_id, slug="bravo-brand", name="Bravo")
    add_brand_product(session, tenant_id=tenant_id, brand=brand, asin=asin, name="Mug")
    request = InsertRequest(asin=asin, lang="en")
    card = make_insert(
        session, tenant_id=tenant_id, brand=brand, request=request, created_by="t", now=now
    )
    return card.id


def _ticket_with_photo(session: Session, app: App, tenant_id: int) -> tuple[str, int]:
    """A ticket of the tenant's brand with a photo, as the contact form stores one."""
    brand = create_brand(session, tenant_id=tenant_id, slug="bravo-support", name="Bravo")
    ticket = open_ticket(
        session,
        brand=brand,
        channel="form",
        name="Buyer",
        email="buyer@example.com",
        lang="en",
        subject="Broken",
        body="It broke.",
        now=app.clock(),
    )
    photo = IncomingFile("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    (stored,) = store_files(
        session, app.settings.data_dir, ticket, [(photo, "image/png")], message_id=None
    )
    return ticket.reference, stored.id


def _upload_job(client: TestClient, tenant: TenantData, content: bytes) -> str:
    """The id of an upload job of this tenant (its user logged in on the client)."""
    response = client.post(
        "/imports",
        files=[("files", ("returns.tsv", content, "text/plain"))],
        headers={"X-CSRF-Token": csrf_of(client, "/imports"), "HX-Request": "true"},
    )
    assert response.status_code == 200, response.text
    found = re.search(r'id="job-([0-9a-f]+)"', response.text)
    assert found
    return found.group(1)


def _wait_done(client: TestClient, job_id: str) -> None:
    for _ in range(200):
        if 'data-state="done"' in client.get(f"/imports/jobs/{job_id}").text:
            return
        time.sleep(0.05)
    raise AssertionError("upload did not finish")


def test_every_route_refuses_another_tenants_ids(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, bravo = two_tenants
    with web_app.sessions.begin() as session:
        tenant = get_tenant(session, "bravo")
        create_store(session, tenant_id=tenant.id, slug="bravo-only", marketplace="FR")
        bravo_alert = _alert(session, tenant.id, bravo.store_ids[0], bravo.asin)
        bravo_insert = _insert(session, tenant.id, bravo.asin, web_app.clock())
        add_channel(
            session,
            tenant_id=tenant.id,
            kind="webhook",
            name="bravo-hook",
            url="https://hooks.example/bravo",
            box=SecretBox.from_settings(web_app.settings),
        )
        bravo_invitation, bravo_link = create_invitation(
            session,
            tenant_id=tenant.id,
            email="guest@bravo.example",
            role="viewer",
            store_ids=None,
            invited_by=bravo.email,
            signing_key="another app's key",
            now=web_app.clock(),
        )
        bravo_invitation_id = bravo_invitation.id
        bravo_ticket, bravo_file = _ticket_with_photo(session, web_app, tenant.id)
    log_in(client, bravo.email)
    returns = (web_app.settings.data_dir / ".." / "bravo" / "fba_returns.tsv").resolve()
    bravo_job = _upload_job(client, bravo, returns.read_bytes())
    _wait_done(client, bravo_job)
    client.cookies.clear()
    log_in(client, alpha.email)
    ids = {
        "asin": bravo.asin,
        "kind": "return",
        "row_id": str(bravo.return_id),
        "batch_id": str(bravo.batch_id),
        "job_id": bravo_job,
        "membership_id": str(bravo.membership_id),
        "token_id": str(bravo.token_id),
        "alert_id": str(bravo_alert),
        "insert_id": str(bravo_insert),
        "invitation_id": str(bravo_invitation_id),
        "channel_name": "bravo-hook",
        # An invitation link is its own credential, not an id: one signed by another key (as a
        # guessed or altered link would be) must open nothing.
        "token": bravo_link,
        "reference": bravo_ticket,
        "attachment_id": str(bravo_file),
    }
    csrf = csrf_of(client, "/settings")
    walked = []
    for method, route_path in app_routes(client):
        names = PARAM.findall(route_path)
        # Buyer-facing routes (/h/ help center, /q/ scan codes) belong to no logged-in tenant and
        # the help-center editor has its own walk (tests/support/test_helpcenter_web.py).
        if not names or route_path.startswith(("/h/", "/q/", "/support/brands/")):
            continue
        path = route_path
        for name in names:
            path = path.replace("{" + name + "}", ids[name])
        headers = {"Authorization": f"Bearer {alpha.token}"} if path.startswith("/api/") else {}
        if method == "GET":
            response = client.get(path, headers=headers)
        else:
            form = {"csrf": csrf, "role": "viewer", "name": "x", "password": "a long password"}
            form |= {"body": "x", "into": "x"}
            response = client.post(path, data=form, headers=headers)
        assert response.status_code == 404, (method, path, response.status_code)
        # The error page or error JSON only: no table, chart or record of bravo's.
        if path.startswith("/api/"):
            assert set(response.json()) == {"error"}, path
        else:
            assert 'class="error"' in response.text and "<table" not in response.text, path
        assert bravo.email not in response.text
        walked.append(f"{method} {route_path}")
    assert len(walked) == 23, walked
    # Nothing of bravo's changed through those POSTs.
    assert member_role(web_app, bravo.membership_id) == "owner"
    with web_app.sessions() as session:
        assert session.get(ApiToken, bravo.token_id).revoked_at is None  # type: ignore[union-attr]
        assert session.get(Alert, bravo_alert).status == "open"  # type: ignore[union-attr]
        assert session.get(InsertCard, bravo_insert) is not None
        invitation = session.get(Invitation, bravo_invitation_id)
        assert invitation.revoked_at is None and invitation.accepted_at is None  # type: ignore[union-attr]
        assert list_channels(session, tenant_id=bravo.id)[0].name == "bravo-hook"
        ticket = get_ticket(session, tenant_id=bravo.id, reference=bravo_ticket)
        assert (ticket.status, len(ticket_messages(session, ticket))) == ("new", 1)


def test_listings_and_filters_show_only_the_own_tenant(
    client: TestClient, two_tenants: tuple[TenantData, TenantData], web_app: App
) -> None:
    alpha, bravo = two_tenants
    with web_app.sessions.begin() as session:
        tenant = get_tenant(session, "bravo")
        create_store(session, tenant_id=tenant.id, slug="bravo-only", marketplace="FR")
    log_in(client, alpha.email)
    for path in ("/", "/asins?days=365", "/comments", "/imports", "/settings", "/alerts"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "B0BBBB0" not in page.text and bravo.email not in page.text, path
    assert alpha.asin in client.get("/asins?days=365").text
    for path in ("/?store=bravo-only", "/asins?store=bravo-only"):
        assert client.get(path).status_code == 404, path
    token = {"Authorization": f"Bearer {alpha.token}"}
    for path in (
        "/api/v1/overview",
        "/api/v1/asins?days=365",
        "/api/v1/comments",
        "/api/v1/imports",
        "/api/v1/stores",
    ):
        response = client.get(path, headers=token)
        assert response.status_code == 200, path
        assert "B0BBBB0" not in response.text and "bravo" not in response.text, path
    assert client.get("/api/v1/asins?store=bravo-only", headers=token).status_code == 404
    # Switching to a tenant one is not a member of is refused and changes nothing.
    refused = client.post("/tenant", data={"csrf": csrf_of(client, "/"), "tenant_id": bravo.id})
    assert refused.status_code == 404
    assert "B0BBBB0" not in client.get("/asins?days=365").text
