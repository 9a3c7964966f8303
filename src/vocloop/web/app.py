"""create_app: the FastAPI application over one App (settings, engine, sessions, clock)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware

from vocloop.app import App
from vocloop.web.context import WebState
from vocloop.web.errors import install_error_handlers
from vocloop.web.page_cache import PageCache, PageCacheMiddleware
from vocloop.web.rendering import make_templates
from vocloop.web.routes import (
    alerts,
    api,
    auth,
    channels,
    comments,
    contact,
    health,
    help_editor,
    help_public,
    imports,
    inbox,
    inserts,
    invitations,
    pages,
    settings,
    store_connect,
    warranty,
    warranty_list,
)
from vocloop.web.routes.contact import ContactLimits
from vocloop.web.security import session_secret
from vocloop.web.uploads import UploadJobs

STATIC = Path(__file__).parent / "static"
SESSION_DAYS = 14


def create_app(
    app: App,
    *,
    secure_cookies: bool = False,
    max_upload_mb: int = 512,
    classify_uploads: bool = True,
    contact_limits: ContactLimits | None = None,
) -> FastAPI:
    """The web app; secure_cookies sends the session cookie over HTTPS only (set it behind TLS).

    contact_limits overrides the contact form's rate limits (a load benchmark raises them)."""
    jobs = UploadJobs(app, classify=classify_uploads)
    secret = session_secret(app.settings.data_dir)

    @asynccontextmanager
    async def lifespan(_web: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.wait()

    web = FastAPI(
        title="vocloop API",
        version="1",
        description="Returns, orders and root causes per tenant. Authenticate with "
        "`Authorization: Bearer <token>` (tokens are made in Settings).",
        docs_url=None,  # Swagger UI loads its script from a CDN; the schema itself is served
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    web.state.web = WebState(
        app=app,
        templates=make_templates(),
        jobs=jobs,
        max_upload_bytes=max_upload_mb * 1024 * 1024,
        signing_key=secret,
    )
    web.state.contact_limits = contact_limits or ContactLimits()
    web.add_middleware(GZipMiddleware, minimum_size=1024)
    web.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie="vocloop_session",
        max_age=SESSION_DAYS * 86400,
        same_site="lax",
        https_only=secure_cookies,
    )
    install_error_handlers(web)
    web.mount("/static", StaticFiles(directory=STATIC), name="static")
    routers = (health, auth, pages, comments, alerts, imports, settings, invitations, channels)
    support = (warranty, inserts, warranty_list, contact, inbox)
    for module in (*routers, store_connect, *support, api):
        web.include_router(module.router)
    for module in (help_public, help_editor):
        web.include_router(module.router)
    # Outermost: cached help-center pages are answered before sessions and routing.
    web.state.help_pages = PageCache()
    web.add_middleware(PageCacheMiddleware, cache=web.state.help_pages)
    return web
