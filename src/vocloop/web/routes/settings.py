"""Settings: tenants, stores, users and roles, API tokens, and the audit log.

Invitations, notification channels and SP-API connections have their own route modules; this
page shows them all.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from vocloop.accounts import (
    INVITATION_DAYS,
    ROLES,
    add_membership,
    create_api_token,
    create_user,
    find_user,
    get_member,
    list_api_tokens,
    list_audit,
    list_invitations,
    list_members,
    record_audit,
    remove_membership,
    revoke_api_token,
    update_membership,
)
from vocloop.notify import CHANNEL_KINDS, Severity, list_channels
from vocloop.sources.spapi import connections_of
from vocloop.store.access import create_store, create_tenant, list_stores
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
Text = Annotated[str, Form(max_length=200)]


def _back() -> Response:
    return RedirectResponse("/settings", status_code=303)


def settings_page(
    request: Request,
    session: Session,
    viewer: Viewer,
    *,
    new_token: str | None = None,
    invite_link: str | None = None,
    notice: str | None = None,
    problem: str | None = None,
    status_code: int = 200,
) -> Response:
    """The settings page; the one-time values (a token, a link) and a notice when given."""
    manage = viewer.can("manage_users")
    integrations = viewer.can("manage_tokens")
    tenant_id = viewer.tenant_id
    now = web_state(request).app.clock()
    context = page_context(
        request,
        viewer,
        stores=list_stores(session, tenant_id=tenant_id),
        members=list_members(session, tenant_id=tenant_id) if manage else [],
        invitations=list_invitations(session, tenant_id=tenant_id, now=now) if manage else [],
        tokens=list_api_tokens(session, tenant_id=tenant_id) if integrations else [],
        channels=list_channels(session, tenant_id=tenant_id) if integrations else [],
        channel_kinds=CHANNEL_KINDS,
        severities=[severity.value for severity in Severity],
        connections=connections_of(session, tenant_id=tenant_id)
        if viewer.can("manage_stores")
        else {},
        audit=list_audit(session, tenant_id=tenant_id) if manage else [],
        roles=ROLES,
        invitation_days=INVITATION_DAYS,
        new_token=new_token,
        invite_link=invite_link,
        notice=notice,
        problem=problem,
    )
    return render(request, "settings.html", context, status_code=status_code)


@router.get("/settings")
def show(request: Request, session: SessionDep, viewer: ViewerDep) -> Response:
    return settings_page(request, session, viewer)


@router.post("/settings/tenants", dependencies=[Csrf])
def new_tenant(request: Request, slug: Text, name: Text = "") -> Response:
    # Reached also by users without a tenant, so the viewer is read by hand here.
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return RedirectResponse("/login", status_code=303)
    with web_state(request).app.sessions.begin() as session:
        tenant = create_tenant(session, slug=slug.strip(), name=name.strip() or None)
        add_membership(session, user_id=user_id, tenant_id=tenant.id, role="owner")
        record_audit(
            session, tenant_id=tenant.id, actor=str(user_id), action="tenant.create", target=slug
        )
        request.session["tenant_id"] = tenant.id
    return _back()


@router.post("/settings/stores", dependencies=[Csrf])
def new_store(
    request: Request, viewer: ViewerDep, slug: Text, marketplace: Text, name: Text = ""
) -> Response:
    viewer.require("manage_stores")
    with web_state(request).app.sessions.begin() as session:
        store = create_store(
            session,
            tenant_id=viewer.tenant_id,
            slug=slug.strip(),
            marketplace=marketplace.strip(),
            name=name.strip() or None,
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="store.create",
            target=store.slug,
            detail={"marketplace": store.marketplace},
        )
    return _back()


def require_granting(viewer: Viewer, role: str) -> None:
    """Admins manage everyone but owners; only an owner makes or changes an owner."""
    viewer.require("manage_users")
    if role == "owner" and viewer.role != "owner":
        raise Forbidden("owner")


@router.post("/settings/members", dependencies=[Csrf])
def new_member(
    request: Request,
    viewer: ViewerDep,
    email: Annotated[str, Form(max_length=254)],
    role: Text,
    password: Annotated[str, Form(max_length=1000)] = "",
    store_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    require_granting(viewer, role)
    with web_state(request).app.sessions.begin() as session:
        user = find_user(session, email)
        if user is None:
            user = create_user(session, email=email, password=password)
        add_membership(
            session, user_id=user.id, tenant_id=viewer.tenant_id, role=role, store_ids=store_ids
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="member.add",
            target=user.email,
            detail={"role": role, "store_ids": store_ids},
        )
    return _back()


@router.post("/settings/members/{membership_id}", dependencies=[Csrf])
def change_member(
    request: Request,
    viewer: ViewerDep,
    membership_id: int,
    role: Text,
    store_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    require_granting(viewer, role)
    with web_state(request).app.sessions.begin() as session:
        current, user = get_member(session, tenant_id=viewer.tenant_id, membership_id=membership_id)
        require_granting(viewer, current.role)
        update_membership(
            session,
            tenant_id=viewer.tenant_id,
            membership_id=membership_id,
            role=role,
            store_ids=store_ids,
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="member.change",
            target=user.email,
            detail={"role": role, "store_ids": store_ids},
        )
    return _back()


@router.post("/settings/members/{membership_id}/remove", dependencies=[Csrf])
def drop_member(request: Request, viewer: ViewerDep, membership_id: int) -> Response:
    viewer.require("manage_users")
    with web_state(request).app.sessions.begin() as session:
        current, _user = get_member(
            session, tenant_id=viewer.tenant_id, membership_id=membership_id
        )
        require_granting(viewer, current.role)
        user = remove_membership(session, tenant_id=viewer.tenant_id, membership_id=membership_id)
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="member.remove",
            target=user.email,
        )
    return _back()


@router.post("/settings/tokens", dependencies=[Csrf])
def new_token(request: Request, viewer: ViewerDep, name: Text) -> Response:
    viewer.require("manage_tokens")
    with web_state(request).app.sessions.begin() as session:
        token, secret = create_api_token(
            session, tenant_id=viewer.tenant_id, name=name, created_by=viewer.user_id
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="token.create",
            target=token.name,
        )
    with web_state(request).app.sessions() as session:
        return settings_page(request, session, viewer, new_token=secret)


@router.post("/settings/tokens/{token_id}/revoke", dependencies=[Csrf])
def revoke_token(request: Request, viewer: ViewerDep, token_id: int) -> Response:
    viewer.require("manage_tokens")
    with web_state(request).app.sessions.begin() as session:
        token = revoke_api_token(session, tenant_id=viewer.tenant_id, token_id=token_id)
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="token.revoke",
            target=token.name,
        )
    return _back()
