"""Invitations: an owner or admin invites by email; the invitee opens the link and joins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.accounts import (
    accept_invitation,
    create_invitation,
    find_user,
    open_invitation,
    record_audit,
    revoke_invitation,
)
from vocloop.web.context import Csrf, SessionDep, ViewerDep, page_context, web_state
from vocloop.web.rendering import render
from vocloop.web.routes.settings import require_granting, settings_page
from vocloop.web.security import csrf_token

router = APIRouter(include_in_schema=False)
Token = Annotated[str, Path(max_length=400)]


@router.post("/settings/invitations", dependencies=[Csrf])
def invite(
    request: Request,
    viewer: ViewerDep,
    email: Annotated[str, Form(max_length=254)],
    role: Annotated[str, Form(max_length=20)],
    store_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    require_granting(viewer, role)
    state = web_state(request)
    with state.app.sessions.begin() as session:
        invitation, token = create_invitation(
            session,
            tenant_id=viewer.tenant_id,
            email=email,
            role=role,
            store_ids=store_ids,
            invited_by=viewer.email,
            signing_key=state.signing_key,
            now=state.app.clock(),
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="invitation.create",
            target=invitation.email,
            detail={"role": invitation.role, "store_ids": invitation.store_ids},
        )
    link = str(request.url_for("invitation_form", token=token))
    with state.app.sessions() as session:
        return settings_page(request, session, viewer, invite_link=link)


@router.post("/settings/invitations/{invitation_id}/revoke", dependencies=[Csrf])
def withdraw(request: Request, viewer: ViewerDep, invitation_id: int) -> Response:
    viewer.require("manage_users")
    app = web_state(request).app
    with app.sessions.begin() as session:
        invitation = revoke_invitation(
            session, tenant_id=viewer.tenant_id, invitation_id=invitation_id, now=app.clock()
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="invitation.revoke",
            target=invitation.email,
        )
    return RedirectResponse("/settings", status_code=303)


@router.get("/invite/{token}", name="invitation_form")
def invitation_form(request: Request, session: SessionDep, token: Token) -> Response:
    state = web_state(request)
    invitation, tenant = open_invitation(
        session, token=token, signing_key=state.signing_key, now=state.app.clock()
    )
    csrf_token(request)
    context = page_context(
        request,
        None,
        invitation=invitation,
        tenant_name=tenant.name,
        has_account=find_user(session, invitation.email) is not None,
        token=token,
    )
    return render(request, "invite.html", context)


@router.post("/invite/{token}", dependencies=[Csrf])
def join(
    request: Request,
    token: Token,
    password: Annotated[str, Form(max_length=1000)],
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    state = web_state(request)
    with state.app.sessions.begin() as session:
        user, invitation = accept_invitation(
            session,
            token=token,
            signing_key=state.signing_key,
            now=state.app.clock(),
            password=password,
            name=name.strip() or None,
        )
        user_id, tenant_id = user.id, invitation.tenant_id
    lang = request.session.get("lang")
    request.session.clear()  # a fresh session, as at every login
    request.session.update({"user_id": user_id, "tenant_id": tenant_id})
    if lang in ("en", "zh"):
        request.session["lang"] = lang
    return RedirectResponse("/", status_code=303)
