"""Invitations: a signed link, for one person, once, before it expires; the invitee lands in the tenant."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, TODAY, TenantData, csrf_of, log_in
from vocloop.accounts import membership
from vocloop.app import App
from vocloop.store.models import AuditEntry, Invitation, Membership, User

EN = {"Accept-Language": "en"}
ZH = {"Accept-Language": "zh-CN"}
NEW_PASSWORD = "a long new password"


def _invite(
    client: TestClient, email: str, role: str = "analyst", stores: list[int] | None = None
) -> str:
    """The link the settings page shows once after inviting (the inviter is logged in)."""
    form: dict[str, object] = {"csrf": csrf_of(client, "/settings"), "email": email, "role": role}
    if stores:
        form["store_ids"] = [str(s) for s in stores]
    page = client.post("/settings/invitations", data=form, headers=EN)
    assert page.status_code == 200, page.text
    found = re.search(r'<pre class="json" id="invite-link">([^<]+)</pre>', page.text)
    assert found, "no link shown"
    return found.group(1).replace("http://testserver", "")


def _accept(client: TestClient, link: str, password: str, **form: str) -> object:
    token = csrf_of(client, link)
    return client.post(
        link,
        data={"csrf": token, "password": password, **form},
        headers=EN,
        follow_redirects=False,
    )


def _waiting(settings: str) -> str:
    """The table of invitations still waiting, on the settings page."""
    found = re.search(r'<table class="invitations">.*?</table>', settings, re.S)
    return found.group(0) if found else ""


def _audit(app: App, tenant_id: int) -> list[tuple[str, str | None, str]]:
    with app.sessions() as session:
        rows = session.query(AuditEntry).filter(AuditEntry.tenant_id == tenant_id)
        return [(row.action, row.target, row.actor) for row in rows.order_by(AuditEntry.id)]


def test_an_invitee_sets_a_password_and_lands_in_the_tenant_with_the_given_role_and_stores(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    link = _invite(client, "New.Person@Example.com", "analyst", [alpha.store_ids[0]])
    assert link.startswith("/invite/")
    settings = client.get("/settings", headers=EN).text
    assert "new.person@example.com" in settings and link not in settings  # the link is shown once
    client.cookies.clear()

    form = client.get(link, headers=EN)
    assert form.status_code == 200
    assert "new.person@example.com is invited to alpha as Analyst." in form.text
    landed = _accept(client, link, NEW_PASSWORD, name="Nia")
    assert landed.status_code == 303 and landed.headers["location"] == "/"  # type: ignore[attr-defined]
    home = client.get("/", headers=EN)
    assert home.status_code == 200 and "alpha" in home.text and "Log out" in home.text
    with web_app.sessions() as session:
        user = session.query(User).filter(User.email == "new.person@example.com").one()
        row = membership(session, user_id=user.id, tenant_id=alpha.id)
        assert row is not None and row.role == "analyst" and row.store_ids == [alpha.store_ids[0]]
        assert user.name == "Nia"
    actions = _audit(web_app, alpha.id)
    assert ("invitation.create", "new.person@example.com", alpha.email) in actions
    assert ("invitation.accept", "new.person@example.com", "new.person@example.com") in actions

    # The same link a second time: refused, and nothing more is made.
    client.cookies.clear()
    again = client.get(link, headers=EN)
    assert again.status_code == 400
    assert "This invitation has been used already; log in instead." in again.text
    with web_app.sessions() as session:
        members = session.query(Membership).filter(Membership.tenant_id == alpha.id).count()
    assert _accept(client, link, "another password!").status_code == 400  # type: ignore[attr-defined]
    with web_app.sessions() as session:
        assert session.query(Membership).filter(Membership.tenant_id == alpha.id).count() == members
    client.cookies.clear()
    log_in(client, "new.person@example.com", NEW_PASSWORD)  # the password chosen works


def test_expired_withdrawn_and_forged_links_let_nobody_in(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    expiring = _invite(client, "late@example.com")
    withdrawn = _invite(client, "gone@example.com")
    with web_app.sessions() as session:
        invitation_id = (
            session.query(Invitation.id).filter(Invitation.email == "gone@example.com").scalar()
        )
    revoked = client.post(
        f"/settings/invitations/{invitation_id}/revoke",
        data={"csrf": csrf_of(client, "/settings")},
        follow_redirects=False,
    )
    assert revoked.status_code == 303
    waiting = _waiting(client.get("/settings").text)
    assert "gone@example.com" not in waiting and "late@example.com" in waiting
    client.cookies.clear()

    with web_app.sessions() as session:
        users_before = session.query(User).count()
    refused = _accept(client, withdrawn, NEW_PASSWORD)
    assert refused.status_code == 400  # type: ignore[attr-defined]
    assert "This invitation was withdrawn; ask for a new one." in refused.text  # type: ignore[attr-defined]
    head, _, tail = expiring.rpartition(".")
    forged = head + "." + ("A" if tail[0] != "A" else "B") + tail[1:]
    assert client.get(forged, headers=EN).status_code == 404
    assert client.get("/invite/not-a-token", headers=EN).status_code == 404
    web_app.clock = lambda: TODAY + dt.timedelta(days=8)
    late = client.get(expiring, headers=EN)
    assert late.status_code == 400
    assert "This invitation has expired; ask for a new one." in late.text
    assert "此邀请已过期,请索取新的邀请。" in client.get(expiring, headers=ZH).text
    assert _accept(client, expiring, NEW_PASSWORD).status_code == 400  # type: ignore[attr-defined]
    with web_app.sessions() as session:
        assert session.query(User).count() == users_before
    assert client.get("/", follow_redirects=False).status_code == 303  # still not logged in


def test_someone_with_an_account_confirms_their_password_to_join(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, bravo = two_tenants
    log_in(client, alpha.email)
    link = _invite(client, bravo.email, "viewer")
    client.cookies.clear()
    assert "You have an account already" in client.get(link, headers=EN).text
    wrong = _accept(client, link, "not the password")
    assert wrong.status_code == 400  # type: ignore[attr-defined]
    assert f"That is not the password of the account {bravo.email}." in wrong.text  # type: ignore[attr-defined]
    with web_app.sessions() as session:
        user = session.query(User).filter(User.email == bravo.email).one()
        assert membership(session, user_id=user.id, tenant_id=alpha.id) is None
    assert _accept(client, link, PASSWORD).status_code == 303  # type: ignore[attr-defined]
    with web_app.sessions() as session:
        row = membership(session, user_id=user.id, tenant_id=alpha.id)
        assert row is not None and row.role == "viewer"
    # Both tenants are now in the switcher, and the new one is the one shown.
    home = client.get("/", headers=EN).text
    assert re.search(rf'<option value="{alpha.id}" selected>alpha</option>', home)
    assert f'<option value="{bravo.id}" >bravo</option>' in home


def test_inviting_a_member_again_or_an_owner_as_admin_is_refused(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    csrf = csrf_of(client, "/settings")
    member = client.post(
        "/settings/invitations",
        data={"csrf": csrf, "email": alpha.email, "role": "viewer"},
        headers=EN,
    )
    assert member.status_code == 400
    assert f"{alpha.email} is a member of this tenant already." in member.text
    bad = client.post(
        "/settings/invitations",
        data={"csrf": csrf, "email": "not an address", "role": "viewer"},
        headers=EN,
    )
    assert bad.status_code == 400 and "is not an email address" in bad.text
    with web_app.sessions() as session:
        assert session.query(Invitation).count() == 0
