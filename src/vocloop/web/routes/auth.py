"""Logging in and out, switching language and tenant."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.accounts import authenticate, membership, memberships_of, set_language
from vocloop.errors import NotFound
from vocloop.store.models import User
from vocloop.web.context import Csrf, page_context, request_lang, web_state
from vocloop.web.rendering import render
from vocloop.web.security import csrf_token
from vocloop.web.texts import text

router = APIRouter(include_in_schema=False)


def local_target(target: str | None, default: str = "/") -> str:
    """Only paths on this site: an open redirect would help phishing."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return default


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    csrf_token(request)
    context = page_context(request, None, next=local_target(next), error=None, email="")
    return render(request, "login.html", context)


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    state = web_state(request)
    lang = request_lang(request)
    client = request.client.host if request.client else "-"
    email = email.strip().lower()
    wait = state.limiter.wait_minutes(email, client)
    error = None
    if wait:
        error = text("login.limited", lang, minutes=wait)
    else:
        with state.app.sessions.begin() as session:
            user = authenticate(session, email, password)
            if user is not None:
                rows = memberships_of(session, user_id=user.id)
                user_id, user_lang = user.id, user.lang
                tenant_id = rows[0][1].id if rows else None
        if user is None:
            state.limiter.failed(email, client)
            error = text("login.failed", lang)
    if error is not None:
        context = page_context(request, None, next=local_target(next), error=error, email=email)
        return render(request, "login.html", context, status_code=429 if wait else 401)
    state.limiter.succeeded(email)
    chosen = request.session.get("lang")
    request.session.clear()  # a fresh session (and CSRF token) at every login
    request.session.update({"user_id": user_id, "tenant_id": tenant_id})
    if user_lang is None and chosen in ("en", "zh"):
        request.session["lang"] = chosen
    return RedirectResponse(local_target(next), status_code=303)


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> Response:
    lang = request.session.get("lang")
    request.session.clear()
    if lang:
        request.session["lang"] = lang
    return RedirectResponse("/login", status_code=303)


@router.post("/lang", dependencies=[Csrf])
def switch_language(
    request: Request,
    lang: Annotated[str, Form(pattern="^(en|zh)$")],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    request.session["lang"] = lang
    user_id = request.session.get("user_id")
    if isinstance(user_id, int):
        with web_state(request).app.sessions.begin() as session:
            if session.get(User, user_id) is not None:
                set_language(session, user_id=user_id, lang=lang)
    return RedirectResponse(local_target(next), status_code=303)


@router.post("/tenant", dependencies=[Csrf])
def switch_tenant(request: Request, tenant_id: Annotated[int, Form()]) -> Response:
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return RedirectResponse("/login", status_code=303)
    with web_state(request).app.sessions() as session:
        if membership(session, user_id=user_id, tenant_id=tenant_id) is None:
            raise NotFound("There is no such tenant among yours.")
    request.session["tenant_id"] = tenant_id
    return RedirectResponse("/", status_code=303)
