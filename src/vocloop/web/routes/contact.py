"""The public contact form of a brand: GET renders it, POST opens a ticket (files, honeypot,
CSRF, rate limits per client address and per product)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException

from vocloop.analysis.classify import load_classifier
from vocloop.app import App
from vocloop.errors import NotFound
from vocloop.store.models import Brand
from vocloop.support import find_public_brand, list_brand_products, pick_lang
from vocloop.support.tickets import (
    MAX_FILES,
    MAX_TOTAL_BYTES,
    MAX_VIDEO_BYTES,
    AttachmentRefused,
    ContactForm,
    ContactRefused,
    IncomingFile,
    hear_tickets_apart,
    is_reference,
    submit_contact,
)
from vocloop.web import ticket_texts  # noqa: F401  (registers the form's words)
from vocloop.web.context import SessionDep, web_state
from vocloop.web.public_texts import public_text
from vocloop.web.rendering import render
from vocloop.web.security import CSRF_FIELD, csrf_token

router = APIRouter(include_in_schema=False)
FIELDS = ("asin", "lang", "name", "email", "order_id", "message")
# The whole request may carry the files plus a little text.
MAX_REQUEST_BYTES = MAX_TOTAL_BYTES + 256 * 1024
SENT_LANG = "contact_lang"


@dataclass(frozen=True)
class ContactLimits:
    """Submissions allowed per client address and per product in a window (seconds)."""

    per_client: int = 10
    per_product: int = 60
    window: float = 3600.0


def contact_limits(request: Request) -> ContactLimits:
    limits = getattr(request.app.state, "contact_limits", None)
    return limits if isinstance(limits, ContactLimits) else ContactLimits()


def _brand(session: SessionDep, slug: str) -> Brand:
    brand = find_public_brand(session, slug)
    if brand is None:
        raise NotFound(f"There is no help center '{slug}'.")
    return brand


def _form_page(
    request: Request,
    session: SessionDep,
    brand: Brand,
    *,
    lang: str,
    values: dict[str, str],
    error: str | None = None,
    status: int = 200,
) -> Response:
    csrf_token(request)  # the session cookie carries the form's token from the first view on
    products = list_brand_products(session, brand=brand)
    context: dict[str, Any] = {
        "request": request,
        "brand": brand,
        "buyer_lang": lang,
        "asin": values.get("asin") or None,
        "products": products,
        "values": values,
        "error": error,
        "max_files": MAX_FILES,
        "max_bytes": MAX_VIDEO_BYTES,
    }
    response = render(request, "public/contact.html", context, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    return response


def _lang(request: Request, brand: Brand, requested: str | None) -> str:
    return pick_lang(
        brand.languages,
        requested=requested,
        accept_language=request.headers.get("accept-language"),
        default=brand.default_lang,
    )


@router.get("/h/{slug}/contact")
def contact_form(
    request: Request, session: SessionDep, slug: str, asin: str = "", lang: str = ""
) -> Response:
    brand = _brand(session, slug)
    buyer_lang = _lang(request, brand, lang)
    return _form_page(
        request, session, brand, lang=buyer_lang, values={"asin": asin.strip().upper()}
    )


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


async def _files(form: FormData) -> list[IncomingFile]:
    files = []
    for item in form.getlist("attachments"):
        if isinstance(item, UploadFile) and (item.filename or item.size):
            files.append(IncomingFile(item.filename or "file", await item.read()))
    return files


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/h/{slug}/contact")
async def submit_contact_form(
    request: Request, session: SessionDep, background: BackgroundTasks, slug: str
) -> Response:
    brand = _brand(session, slug)
    refuse = _Refuser(request, session, brand)
    try:
        length = int(request.headers.get("content-length") or 0)
    except ValueError:
        length = 0
    if length > MAX_REQUEST_BYTES:
        return refuse("contact.error.too_large", 413, {})
    try:
        form = await request.form(max_files=MAX_FILES + 1, max_fields=20, max_part_size=64 * 1024)
    except MultiPartException:
        return refuse("contact.error.too_large", 413, {})
    values = {name: _text(form, name).strip() for name in FIELDS}
    refuse.lang = _lang(request, brand, values["lang"] or None)
    expected = request.session.get(CSRF_FIELD)
    given = _text(form, CSRF_FIELD)
    if not isinstance(expected, str) or not hmac.compare_digest(given, expected):
        return refuse("contact.error.csrf", 403, values)
    limits = contact_limits(request)
    state = web_state(request).limits
    per_client = state.get("contact.client", limit=limits.per_client, window=limits.window)
    per_product = state.get("contact.product", limit=limits.per_product, window=limits.window)
    client_key = f"{brand.id}:{_client(request)}"
    product_key = f"{brand.id}:{values['asin'].upper() or '-'}"
    if not per_client.allow(client_key):
        minutes = max(1, per_client.retry_after(client_key) // 60)
        return refuse("contact.error.rate", 429, values, minutes=minutes)
    if not per_product.allow(product_key):
        minutes = max(1, per_product.retry_after(product_key) // 60)
        return refuse("contact.error.rate", 429, values, minutes=minutes)
    submission = ContactForm(
        name=values["name"],
        email=values["email"],
        message=values["message"],
        lang=refuse.lang,
        asin=values["asin"],
        order_id=values["order_id"],
        website=_text(form, "website"),
        files=await _files(form),
    )
    app = web_state(request).app
    try:
        # The database and file writes run on a worker thread, not on the event loop.
        reference, ticket_id = await run_in_threadpool(_store, app, session, brand, submission)
    except ContactRefused as error:
        return refuse(f"contact.error.{error.reason}", 400, values)
    except AttachmentRefused as error:
        status = 413 if error.reason == "too_big" else 400
        return refuse(f"contact.error.{error.reason}", status, values, file=error.filename)
    if web_state(request).jobs.classify:  # after the response: the buyer never waits for it
        background.add_task(_hear, app, brand.tenant_id, ticket_id)
    # The contract is exactly ?ref=<reference>; the buyer's language rides in the session.
    request.session[SENT_LANG] = refuse.lang
    return RedirectResponse(f"/h/{brand.slug}/contact/sent?ref={reference}", status_code=303)


def _store(app: App, session: Session, brand: Brand, submission: ContactForm) -> tuple[str, int]:
    """Open the ticket and commit; on a refusal nothing stays (rolled back, no file kept)."""
    try:
        ticket = submit_contact(
            session, brand, submission, data_dir=app.settings.data_dir, now=app.clock()
        )
        found = (ticket.reference, ticket.id)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return found


def _hear(app: App, tenant_id: int, ticket_id: int) -> None:
    """Classify the new ticket; a safety concern opens its alert now (see support.tickets)."""
    hear_tickets_apart(
        app.sessions,
        tenant_id=tenant_id,
        ticket_ids=[ticket_id],
        classifier=load_classifier(),
        clock=app.clock,
    )


class _Refuser:
    """Re-renders the form with one sentence in the buyer's language."""

    def __init__(self, request: Request, session: SessionDep, brand: Brand) -> None:
        self.request, self.session, self.brand = request, session, brand
        self.lang = _lang(request, brand, request.query_params.get("lang"))

    def __call__(self, key: str, status: int, values: dict[str, str], **words: object) -> Response:
        sentence = public_text(key, self.lang, **words)
        return _form_page(
            self.request,
            self.session,
            self.brand,
            lang=self.lang,
            values=values,
            error=sentence,
            status=status,
        )


@router.get("/h/{slug}/contact/sent")
def contact_sent(
    request: Request, session: SessionDep, slug: str, ref: str = "", lang: str = ""
) -> Response:
    brand = _brand(session, slug)
    reference = ref if is_reference(ref) else None
    context = {
        "request": request,
        "brand": brand,
        "buyer_lang": _lang(request, brand, lang or request.session.get(SENT_LANG)),
        "reference": reference,
    }
    return render(request, "public/contact_sent.html", context)
