"""Every failure as one friendly page (or JSON under /api) in the user's language."""

from __future__ import annotations

import logging
import uuid
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from vocloop.errors import NotFound, UserError
from vocloop.i18n import translate_message
from vocloop.web.context import (
    CsrfFailed,
    Forbidden,
    LoginRequired,
    NoTenant,
    page_context,
    request_lang,
)
from vocloop.web.rendering import render
from vocloop.web.texts import text

log = logging.getLogger("vocloop.web")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _lang(request: Request) -> str:
    lang = getattr(request.state, "lang", None)
    if lang in ("en", "zh"):
        return str(lang)
    return request_lang(request) if "session" in request.scope else "zh"


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """The error page, or {"error": {"code", "message"}} for the API (English for scripts)."""
    if _is_api(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    lang = _lang(request)
    shown = translate_message(message, lang) if code not in _TEXT_CODES else message
    context = page_context(request, None, status=status, message=shown)
    context["lang"] = lang
    return render(request, "error.html", context, status_code=status)


_TEXT_CODES = {"not_found_page", "forbidden", "csrf", "bad_request", "internal"}


def install_error_handlers(app: FastAPI) -> None:
    async def login_required(request: Request, _exc: Exception) -> Response:
        if _is_api(request):
            return error_response(request, 401, "unauthorized", "A valid API token is needed.")
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    async def no_tenant(request: Request, _exc: Exception) -> Response:
        context = page_context(request, None, user=request.state.user)
        return render(request, "no_tenant.html", context)

    async def forbidden(request: Request, _exc: Exception) -> Response:
        message = text("error.forbidden", _lang(request))
        return error_response(request, 403, "forbidden", message)

    async def csrf_failed(request: Request, _exc: Exception) -> Response:
        return error_response(request, 403, "csrf", text("error.csrf", _lang(request)))

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(request, 404, "not_found", str(exc))

    async def user_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, UserError)
        return error_response(request, 400, exc.code.value, exc.message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404:
            message = "Not found." if _is_api(request) else text("error.not_found", _lang(request))
            return error_response(request, 404, "not_found_page", message)
        detail = str(exc.detail)
        return error_response(request, exc.status_code, "bad_request", detail)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        detail = "; ".join(
            f"{'.'.join(str(p) for p in error.get('loc', ())[1:])}: {error.get('msg')}"
            for error in exc.errors()
        )
        if _is_api(request):
            return error_response(request, 422, "bad_request", detail)
        message = text("error.bad_request", _lang(request), detail=detail)
        return error_response(request, 422, "bad_request", message)

    async def unexpected(request: Request, exc: Exception) -> Response:
        incident = uuid.uuid4().hex[:8]
        log.error("incident %s on %s", incident, request.url.path, exc_info=exc)
        if _is_api(request):
            message = f"Internal error (incident {incident})."
            return error_response(request, 500, "internal", message)
        message = text("error.internal", _lang(request), incident=incident)
        return error_response(request, 500, "internal", message)

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(NoTenant, no_tenant)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(CsrfFailed, csrf_failed)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(UserError, user_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, unexpected)
