"""Roles and store scope decide what a user may see and change; every form needs its CSRF token."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import (
    PASSWORD,
    TenantData,
    app_routes,
    csrf_of,
    log_in,
    member_role,
    open_alert,
)
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.notify import SecretBox, add_channel
from vocloop.store.access import list_stores
from vocloop.store.models import (
    Alert,
    ApiToken,
    AuditEntry,
    Invitation,
    Membership,
    NotificationChannel,
    SpapiConnection,
    Store,
    User,
)
from vocloop.support import create_brand
from vocloop.support.tickets import get_ticket, open_ticket, ticket_messages

EN = {"Accept-Language": "en"}


def _member(
    app: App, tenant: TenantData, email: str, role: str, stores: list[int] | None = None
) -> int:
    with app.sessions.begin() as session:
        user = create_user(session, email=email, password=PASSWORD)
        return add_membership(
            session, user_id=user.id, tenant_id=tenant.id, role=role, store_ids=stores
        ).id


def _counts(app: App) -> dict[str, int]:
    with app.sessions() as session:
        return {
            model.__name__: session.query(model).count()
            for model in (
                Store,
                Membership,
                User,
                ApiToken,
                AuditEntry,
                Invitation,
                NotificationChannel,
                SpapiConnection,
            )
        }


def _asins(html: str) -> set[str]:
    return set(re.findall(r'<td><a href="/asins/(B0\w+)\?', html))


def test_viewer_reads_but_changes_nothing(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    _member(web_app, alpha, "viewer@alpha.example", "viewer")
    log_in(client, "viewer@alpha.example")
    assert client.get("/asins").status_code == 200
    before = _counts(web_app)
    csrf = csrf_of(client, "/settings")
    attempts = [
        ("/settings/stores", {"slug": "new", "marketplace": "FR"}),
        ("/settings/members", {"email": "x@alpha.example", "role": "owner", "password": PASSWORD}),
        (f"/settings/members/{alpha.membership_id}", {"role": "viewer"}),
        (f"/settings/members/{alpha.membership_id}/remove", {}),
        ("/settings/tokens", {"name": "mine"}),
        (f"/settings/tokens/{alpha.token_id}/revoke", {}),
        ("/settings/invitations", {"email": "x@alpha.example", "role": "viewer"}),
        ("/settings/channels", {"kind": "webhook", "name": "ops", "url": "https://x.example/h"}),
        ("/settings/channels/ops/test", {}),
        ("/settings/channels/ops/remove", {}),
        (
            "/settings/spapi",
            {"store": "us", "client_id": "amzn1.application-oa2-client.x", "client_secret": "s"}
            | {"refresh_token": "Atzr|x"},
        ),
    ]
    for path, form in attempts:
        response = client.post(path, data={"csrf": csrf, **form}, headers=EN)
        assert response.status_code == 403, path
        assert "Your role cannot do this." in response.text
    upload = client.post(
        "/imports", files=[("files", ("a.tsv", b"x", "text/plain"))], headers={"X-CSRF-Token": csrf}
    )
    assert upload.status_code == 403
    assert _counts(web_app) == before
    settings = client.get("/settings", headers=EN).text
    for section in ("Users and roles", "Notification channels", "Connect a store to Amazon"):
        assert section not in settings


def test_admin_manages_members_but_no_owner(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    _member(web_app, alpha, "admin@alpha.example", "admin")
    log_in(client, "admin@alpha.example")
    csrf = csrf_of(client, "/settings")
    made_owner = client.post(
        "/settings/members",
        data={"csrf": csrf, "email": "new@alpha.example", "role": "owner", "password": PASSWORD},
    )
    assert made_owner.status_code == 403
    invited_owner = client.post(
        "/settings/invitations",
        data={"csrf": csrf, "email": "boss@alpha.example", "role": "owner"},
    )
    assert invited_owner.status_code == 403
    demoted = client.post(
        f"/settings/members/{alpha.membership_id}", data={"csrf": csrf, "role": "viewer"}
    )
    assert demoted.status_code == 403 and member_role(web_app, alpha.membership_id) == "owner"
    added = client.post(
        "/settings/members",
        data={
            "csrf": csrf,
            "email": "analyst@alpha.example",
            "role": "analyst",
            "password": PASSWORD,
        },
        follow_redirects=False,
    )
    assert added.status_code == 303
    settings = client.get("/settings", headers=EN).text
    assert "analyst@alpha.example" in settings and "member.add" in settings  # audit log


def test_store_scope_limits_every_page(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    token = {"Authorization": f"Bearer {alpha.token}"}
    with web_app.sessions() as session:
        stores = list_stores(session, tenant_id=alpha.id)
    per_store = {
        s.id: {
            row["asin"]
            for row in client.get(f"/api/v1/asins?days=3650&store={s.slug}", headers=token).json()[
                "asins"
            ]
        }
        for s in stores
    }
    chosen = max(per_store, key=lambda store_id: len(per_store[store_id]))
    outside = set().union(*per_store.values()) - per_store[chosen]
    assert per_store[chosen] and outside
    _member(web_app, alpha, "scoped@alpha.example", "analyst", [chosen])
    log_in(client, "scoped@alpha.example")
    assert _asins(client.get("/asins?days=3650").text) == per_store[chosen]
    for asin in outside:
        assert client.get(f"/asins/{asin}").status_code == 404
    assert client.get(f"/asins/{sorted(per_store[chosen])[0]}").status_code == 200


POSTS = [
    "/login",
    "/logout",
    "/lang",
    "/tenant",
    "/imports",
    "/settings/tenants",
    "/settings/stores",
    "/settings/members",
    "/settings/members/{membership_id}",
    "/settings/members/{membership_id}/remove",
    "/settings/tokens",
    "/settings/tokens/{token_id}/revoke",
    "/alerts/{alert_id}",
    "/settings/invitations",
    "/settings/invitations/{invitation_id}/revoke",
    "/invite/{token}",
    "/settings/channels",
    "/settings/channels/{channel_name}/remove",
    "/settings/channels/{channel_name}/test",
    "/settings/spapi",
    "/support/inserts",
    "/support/brands/{slug}",
    "/support/brands/{slug}/products",
    "/support/brands/{slug}/media",
    "/support/brands/{slug}/p/{asin}",
    "/h/{slug}/contact",
    "/inbox/canned",
    "/inbox/{reference}/reply",
    "/inbox/{reference}/note",
    "/inbox/{reference}/update",
    "/inbox/{reference}/merge",
]
# Buyer-facing forms (no login): their CSRF refusals speak the buyer's language and are tested
# with their area (tests/support).
PUBLIC_POSTS = [
    "/h/{brand_slug}/warranty",
    "/h/{brand_slug}/warranty/r/{token}/delete",
]


def test_the_list_of_forms_is_complete(client: TestClient) -> None:
    posts = sorted(path for method, path in app_routes(client) if method == "POST")
    assert posts == sorted(POSTS + PUBLIC_POSTS)


def open_ticket_of(app: App, tenant: TenantData) -> str:
    """A support ticket of the tenant (its brand made on the way), as the contact form opens one."""
    with app.sessions.begin() as session:
        brand = create_brand(session, tenant_id=tenant.id, slug=f"{tenant.slug}-brand", name="B")
        return open_ticket(
            session,
            brand=brand,
            channel="form",
            name="Buyer",
            email="buyer@example.com",
            lang="en",
            subject="Broken",
            body="It broke.",
            now=app.clock(),
        ).reference


def test_every_form_refuses_a_post_without_its_csrf_token(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    alert_id = open_alert(web_app, alpha)
    log_in(client, alpha.email)
    invitation = client.post(
        "/settings/invitations",
        data={"csrf": csrf_of(client, "/settings"), "email": "new@alpha.example", "role": "viewer"},
    )
    link = re.search(r'id="invite-link">http://testserver/invite/([^<]+)<', invitation.text)
    assert link
    with web_app.sessions.begin() as session:
        invitation_id = session.query(Invitation.id).scalar()
        add_channel(
            session,
            tenant_id=alpha.id,
            kind="webhook",
            name="ops",
            url="https://hooks.example/x",
            box=SecretBox.from_settings(web_app.settings),
        )
    before = _counts(web_app)
    form = {
        "email": alpha.email,
        "password": PASSWORD,
        "lang": "en",
        "tenant_id": str(alpha.id),
        "slug": "new-one",
        "marketplace": "FR",
        "role": "viewer",
        "name": "x",
        "kind": "webhook",
        "url": "https://hooks.example/y",
        "store": "us",
        "client_id": "amzn1.application-oa2-client.x",
        "client_secret": "s",
        "refresh_token": "Atzr|x",
    }
    reference = open_ticket_of(web_app, alpha)
    for path in POSTS:
        if path.startswith("/h/"):
            continue  # buyers' forms answer in the buyer's language (tests/support covers them)
        target = path.format(
            membership_id=alpha.membership_id,
            token_id=alpha.token_id,
            alert_id=alert_id,
            invitation_id=invitation_id,
            token=link.group(1),
            channel_name="ops",
            slug="any-brand",  # the token is checked before anything is looked up
            asin="B0ANYASIN0",
            reference=reference,
        )
        response = client.post(target, data=form, headers=EN)
        assert response.status_code == 403, (path, response.text)
        assert "The form had expired" in response.text, path
        assert _counts(web_app) == before, path
        assert client.get("/", follow_redirects=False).status_code == 200  # still logged in
    with web_app.sessions() as session:
        assert session.get(Alert, alert_id).status == "open"  # type: ignore[union-attr]
        assert session.get(Invitation, invitation_id).revoked_at is None  # type: ignore[union-attr]
        ticket = get_ticket(session, tenant_id=alpha.id, reference=reference)
        assert (ticket.status, len(ticket_messages(session, ticket))) == ("new", 1)
