"""Per-request context: the web state, a database session, the logged-in viewer and language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from vocloop.accounts import can, memberships_of
from vocloop.analysis.dashboard import Scope
from vocloop.app import App
from vocloop.store.models import User
from vocloop.web.ratelimit import Limiters
from vocloop.web.security import LoginLimiter, csrf_ok

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates

    from vocloop.web.uploads import UploadJobs


class LoginRequired(Exception):
    """No valid login: pages redirect to the login form, the API answers 401."""


class Forbidden(Exception):
    """The viewer's role does not carry the permission."""


class CsrfFailed(Exception):
    """A form came without the session's CSRF token."""


class NoTenant(Exception):
    """A logged-in user who belongs to no tenant yet."""


@dataclass
class WebState:
    app: App
    templates: Jinja2Templates
    jobs: UploadJobs
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    limits: Limiters = field(default_factory=Limiters)  # public forms' rate limits
    max_upload_bytes: int = 512 * 1024 * 1024
    signing_key: str = ""  # signs invitation links (the session secret, salted per use)


@dataclass(frozen=True)
class Viewer:
    """Who is asking, in which tenant, with which role, and over which stores."""

    user_id: int
    email: str
    name: str
    lang: str
    tenant_id: int
    tenant_slug: str
    tenant_name: str
    role: str
    scope: Scope
    tenants: tuple[tuple[int, str], ...]  # (tenant id, name) the user may switch to

    def can(self, permission: str) -> bool:
        return can(self.role, permission)

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise Forbidden(permission)


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def get_session(request: Request) -> Iterator[Session]:
    with web_state(request).app.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def browser_lang(request: Request) -> str:
    """zh or en from Accept-Language (highest weight wins); Chinese when it says nothing."""
    best: tuple[float, str] | None = None
    for part in request.headers.get("accept-language", "").split(","):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        lang = "zh" if tag.lower().startswith("zh") else "en" if tag else ""
        if lang and (best is None or weight > best[0]):
            best = (weight, lang)
    return best[1] if best else "zh"


def request_lang(request: Request, user: User | None = None) -> str:
    """The user's chosen language, else the session's, else the browser's."""
    if user is not None and user.lang in ("en", "zh"):
        return user.lang
    chosen = request.session.get("lang")
    return chosen if chosen in ("en", "zh") else browser_lang(request)


def get_viewer(request: Request, session: SessionDep) -> Viewer:
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.is_active:
        request.session.pop("user_id", None)
        raise LoginRequired
    request.state.lang = request_lang(request, user)
    rows = memberships_of(session, user_id=user.id)
    if not rows:
        request.state.user = user
        raise NoTenant
    wanted = request.session.get("tenant_id")
    membership, tenant = next(((m, t) for m, t in rows if t.id == wanted), rows[0])
    request.session["tenant_id"] = tenant.id
    stores = tuple(membership.store_ids) if membership.store_ids else None
    return Viewer(
        user_id=user.id,
        email=user.email,
        name=user.name,
        lang=request.state.lang,
        tenant_id=tenant.id,
        tenant_slug=tenant.slug,
        tenant_name=tenant.name,
        role=membership.role,
        scope=Scope(tenant.id, stores),
        tenants=tuple((t.id, t.name) for _, t in rows),
    )


ViewerDep = Annotated[Viewer, Depends(get_viewer)]


async def require_csrf(request: Request) -> None:
    if not await csrf_ok(request):
        raise CsrfFailed


Csrf = Depends(require_csrf)


def page_context(request: Request, viewer: Viewer | None, **values: Any) -> dict[str, Any]:
    """What every template gets beside its own values."""
    lang = viewer.lang if viewer else getattr(request.state, "lang", None) or request_lang(request)
    return {"request": request, "viewer": viewer, "lang": lang, **values}
