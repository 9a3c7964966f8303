"""Notification channels in settings: add, remove and send a test, over vocloop.notify."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.accounts import record_audit
from vocloop.errors import NotFound, UserError
from vocloop.i18n import translate_message
from vocloop.notify import SecretBox, add_channel, remove_channel, send_test_notice
from vocloop.web.context import Csrf, ViewerDep, web_state
from vocloop.web.routes.settings import settings_page
from vocloop.web.texts import text

router = APIRouter(include_in_schema=False)
ChannelName = Annotated[str, Path(max_length=64)]


@router.post("/settings/channels", dependencies=[Csrf])
def new_channel(
    request: Request,
    viewer: ViewerDep,
    kind: Annotated[str, Form(max_length=20)],
    name: Annotated[str, Form(max_length=64)],
    url: Annotated[str, Form(max_length=2000)],
    secret: Annotated[str, Form(max_length=500)] = "",
    lang: Annotated[str, Form(max_length=8)] = "",
    min_severity: Annotated[str, Form(max_length=20)] = "info",
) -> Response:
    viewer.require("manage_tokens")
    app = web_state(request).app
    with app.sessions.begin() as session:
        channel = add_channel(
            session,
            tenant_id=viewer.tenant_id,
            kind=kind,
            name=name.strip(),
            url=url,
            box=SecretBox.from_settings(app.settings),
            secret=secret.strip() or None,
            lang=lang or None,
            min_severity=min_severity,
        )
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="channel.add",
            target=channel.name,
            detail={"kind": channel.kind, "lang": channel.lang},
        )
    return RedirectResponse("/settings#channels", status_code=303)


@router.post("/settings/channels/{channel_name}/remove", dependencies=[Csrf])
def drop_channel(request: Request, viewer: ViewerDep, channel_name: ChannelName) -> Response:
    viewer.require("manage_tokens")
    with web_state(request).app.sessions.begin() as session:
        waiting = remove_channel(session, tenant_id=viewer.tenant_id, name=channel_name)
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="channel.remove",
            target=channel_name,
            detail={"dropped_pending": waiting},
        )
    return RedirectResponse("/settings#channels", status_code=303)


@router.post("/settings/channels/{channel_name}/test", dependencies=[Csrf])
def test_channel(request: Request, viewer: ViewerDep, channel_name: ChannelName) -> Response:
    viewer.require("manage_tokens")
    app = web_state(request).app
    # Sent with no transaction open: a slow receiver must not hold the database.
    with app.sessions() as session:
        try:
            send_test_notice(
                session,
                tenant_id=viewer.tenant_id,
                name=channel_name,
                box=SecretBox.from_settings(app.settings),
            )
        except NotFound:
            raise
        except UserError as error:
            problem = translate_message(error.message, viewer.lang)
            return settings_page(request, session, viewer, problem=problem, status_code=502)
    with app.sessions.begin() as session:
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="channel.test",
            target=channel_name,
        )
    with app.sessions() as session:
        notice = text("channels.test_sent", viewer.lang, name=channel_name)
        return settings_page(request, session, viewer, notice=notice)
