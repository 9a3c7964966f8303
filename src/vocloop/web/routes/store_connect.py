"""Connecting a store to Amazon's SP-API from settings (what `vocloop stores connect` does)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from vocloop.accounts import record_audit
from vocloop.errors import NotFound, UserError
from vocloop.i18n import translate_message
from vocloop.sources.spapi import LwaCredentials, connect_store, plan_connection
from vocloop.store.access import find_store
from vocloop.web.context import Csrf, ViewerDep, web_state
from vocloop.web.routes.settings import settings_page
from vocloop.web.texts import text

router = APIRouter(include_in_schema=False)
Secret = Annotated[str, Form(max_length=2000)]


@router.post("/settings/spapi", dependencies=[Csrf])
def connect(
    request: Request,
    viewer: ViewerDep,
    store: Annotated[str, Form(max_length=64)],
    client_id: Annotated[str, Form(max_length=300)],
    client_secret: Secret,
    refresh_token: Secret,
    marketplace: Annotated[str, Form(max_length=4)] = "",
    region: Annotated[str, Form(max_length=4)] = "",
) -> Response:
    """Check the credentials with Amazon, then keep them encrypted; they are never shown again."""
    viewer.require("manage_stores")
    app = web_state(request).app
    credentials = LwaCredentials(client_id.strip(), client_secret.strip(), refresh_token.strip())
    slug = store.strip()
    try:
        with app.sessions() as session:
            allowed = viewer.scope.store_ids
            found = find_store(session, tenant_id=viewer.tenant_id, slug=slug)
            if allowed is not None and (found is None or found.id not in allowed):
                raise NotFound(f"There is no store '{slug}' in the stores you can see.")
            plan = plan_connection(
                session,
                tenant_id=viewer.tenant_id,
                store=slug,
                marketplace=marketplace.strip() or None,
                region=region.strip() or None,
            )
        connect_store(
            app.sessions, app.settings, plan=plan, credentials=credentials, now=app.clock()
        )
    except NotFound:
        raise
    except UserError as error:  # CredentialsError and SpapiError are UserErrors too
        problem = translate_message(error.message, viewer.lang)
        with app.sessions() as session:
            return settings_page(request, session, viewer, problem=problem, status_code=400)
    with app.sessions.begin() as session:
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="store.connect",
            target=plan.store,
            detail={"region": plan.region, "new_store": plan.is_new_store},
        )
    notice = text("spapi.connected", viewer.lang, store=plan.store, region=plan.region)
    with app.sessions() as session:
        return settings_page(request, session, viewer, notice=notice)
