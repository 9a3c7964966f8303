"""The public warranty form, and the buyer's signed page to see or delete their registration."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.errors import NotFound, UserError
from vocloop.notify import SecretBox
from vocloop.notify.transport import SendError
from vocloop.store.models import Brand, WarrantyRegistration
from vocloop.support import (
    brand_mailbox,
    contact_path,
    find_brand_product,
    find_public_brand,
    list_brand_products,
    pick_lang,
    public_root,
    send_brand_mail,
)
from vocloop.support.warranty import (
    WarrantyForm,
    WarrantyFormError,
    confirmation_message,
    consent_text,
    delete_registration,
    find_registration_by_token,
    register_warranty,
    sign_registration_id,
)
from vocloop.web import warranty_texts  # noqa: F401  (registers the buyer-facing words)
from vocloop.web.context import SessionDep, web_state
from vocloop.web.public_texts import public_text
from vocloop.web.rendering import render
from vocloop.web.security import csrf_ok, session_secret

router = APIRouter(include_in_schema=False)
log = logging.getLogger("vocloop.web.warranty")
# Per client address; a household registers a few products, a script many.
LIMIT_PER_HOUR = 10
_PRIVATE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _brand(session: SessionDep, slug: str) -> Brand:
    brand = find_public_brand(session, slug)
    if brand is None:
        raise NotFound(f"There is no help center '{slug}'.")
    return brand


def _lang(request: Request, brand: Brand, lang: str | None) -> str:
    return pick_lang(
        brand.languages,
        requested=lang,
        accept_language=request.headers.get("accept-language"),
        default=brand.default_lang,
    )


def _data_path(brand: Brand, token: str) -> str:
    return f"/h/{brand.slug}/warranty/r/{token}"


def _form_page(
    request: Request,
    session: SessionDep,
    brand: Brand,
    buyer_lang: str,
    *,
    values: dict[str, Any],
    error: str | None = None,
    field: str | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "request": request,
        "brand": brand,
        "buyer_lang": buyer_lang,
        "asin": values.get("asin") or None,
        "products": list_brand_products(session, brand=brand),
        "values": values,
        "error": error,
        "field": field,
        "consent": consent_text(brand.name, buyer_lang),
        "contact": brand.support_email or contact_path(brand),
    }
    return render(request, "public/warranty.html", context, status_code=status_code)


@router.get("/h/{brand_slug}/warranty")
def warranty_form(
    request: Request,
    session: SessionDep,
    brand_slug: str,
    asin: str | None = None,
    lang: str | None = None,
) -> Response:
    brand = _brand(session, brand_slug)
    buyer_lang = _lang(request, brand, lang)
    return _form_page(request, session, brand, buyer_lang, values={"asin": (asin or "").upper()})


@router.post("/h/{brand_slug}/warranty")
async def warranty_submit(
    request: Request,
    session: SessionDep,
    brand_slug: str,
    asin: Annotated[str, Form(max_length=20)] = "",
    lang: Annotated[str, Form(max_length=8)] = "",
    order_id: Annotated[str, Form(max_length=60)] = "",
    purchase_date: Annotated[str, Form(max_length=20)] = "",
    name: Annotated[str, Form(max_length=400)] = "",
    email: Annotated[str, Form(max_length=400)] = "",
    consent: Annotated[str, Form(max_length=10)] = "",
    website: Annotated[str, Form(max_length=400)] = "",
) -> Response:
    brand = _brand(session, brand_slug)
    buyer_lang = _lang(request, brand, lang or None)
    values = {
        "asin": asin,
        "order_id": order_id,
        "purchase_date": purchase_date,
        "name": name,
        "email": email,
    }

    def refuse(key: str, status: int, field: str | None = None, **words: object) -> Response:
        message = public_text(key, buyer_lang, **words)
        return _form_page(
            request,
            session,
            brand,
            buyer_lang,
            values=values,
            error=message,
            field=field,
            status_code=status,
        )

    if not await csrf_ok(request) or website.strip():
        return refuse("warranty.error.refused", 403 if not website.strip() else 400)
    client = request.client.host if request.client else "unknown"
    limit = web_state(request).limits.get("warranty", limit=LIMIT_PER_HOUR, window=3600)
    if not limit.allow(client):
        minutes = max(1, limit.retry_after(client) // 60)
        return refuse("warranty.error.too_many", 429, minutes=minutes)
    app = web_state(request).app
    form = WarrantyForm(
        asin=asin,
        order_id=order_id,
        purchase_date=purchase_date,
        name=name,
        email=email,
        lang=buyer_lang,
        consent=consent == "yes",
    )
    try:
        registration = register_warranty(session, brand=brand, form=form, now=app.clock())
    except WarrantyFormError as problem:
        session.rollback()
        return refuse(f"warranty.error.{problem.problem}", 400, field=problem.field)
    session.commit()
    token = sign_registration_id(session_secret(app.settings.data_dir), registration.public_id)
    _send_confirmation(request, session, brand, registration, token)
    return RedirectResponse(
        f"{_data_path(brand, token)}?lang={buyer_lang}&new=1", status_code=303, headers=_PRIVATE
    )


def _send_confirmation(
    request: Request,
    session: SessionDep,
    brand: Brand,
    registration: WarrantyRegistration,
    token: str,
) -> None:
    """Mail the buyer their link through the brand's mailbox; a failure leaves the page's note."""
    app = web_state(request).app
    if not brand.mailbox_sealed:
        return
    product = find_brand_product(session, brand=brand, asin=registration.asin)
    link = public_root(brand, str(request.base_url)) + _data_path(brand, token)
    message = confirmation_message(
        brand,
        registration,
        product_name=product.name if product else registration.asin,
        link=f"{link}?lang={registration.lang}",
    )
    try:
        mailbox = brand_mailbox(SecretBox.from_settings(app.settings), brand)
        if mailbox is None:
            return
        send_brand_mail(mailbox, message)
    except (SendError, UserError) as failure:  # server refused, or sealed with another key
        log.warning("warranty confirmation for brand %s not sent: %s", brand.slug, failure)
        return
    registration.confirmation_sent_at = app.clock()
    session.commit()


def _registration(
    session: SessionDep, request: Request, brand: Brand, token: str
) -> WarrantyRegistration | None:
    secret = session_secret(web_state(request).app.settings.data_dir)
    return find_registration_by_token(session, brand=brand, secret=secret, token=token)


@router.get("/h/{brand_slug}/warranty/r/{token}")
def warranty_data(
    request: Request,
    session: SessionDep,
    brand_slug: str,
    token: str,
    lang: str | None = None,
    new: int = 0,
) -> Response:
    brand = _brand(session, brand_slug)
    registration = _registration(session, request, brand, token)
    buyer_lang = _lang(request, brand, lang or (registration.lang if registration else None))
    return _data_page(request, session, brand, buyer_lang, registration, token, new=bool(new))


def _data_page(
    request: Request,
    session: SessionDep,
    brand: Brand,
    buyer_lang: str,
    registration: WarrantyRegistration | None,
    token: str,
    *,
    new: bool = False,
    refused: bool = False,
) -> Response:
    """The buyer's registration (or that the link leads nowhere), never cached or referred."""
    context: dict[str, Any] = {
        "request": request,
        "brand": brand,
        "buyer_lang": buyer_lang,
        "registration": registration,
        "new": new,
        "token": token,
        "error": public_text("warranty.error.refused", buyer_lang) if refused else None,
    }
    if registration is not None:
        product = find_brand_product(session, brand=brand, asin=registration.asin)
        context.update(asin=registration.asin, product=product.name if product else "")
    status = 404 if registration is None else 403 if refused else 200
    response = render(request, "public/warranty_data.html", context, status_code=status)
    response.headers.update(_PRIVATE)
    return response


@router.post("/h/{brand_slug}/warranty/r/{token}/delete")
async def warranty_delete(
    request: Request, session: SessionDep, brand_slug: str, token: str, lang: str = ""
) -> Response:
    brand = _brand(session, brand_slug)
    registration = _registration(session, request, brand, token)
    if registration is None:
        raise NotFound("There is no registration behind this link.")
    buyer_lang = _lang(request, brand, lang or registration.lang)
    if not await csrf_ok(request):
        return _data_page(request, session, brand, buyer_lang, registration, token, refused=True)
    delete_registration(
        session,
        registration=registration,
        now=web_state(request).app.clock(),
        rule="buyer_request",
        reason="deleted by the buyer through their signed link",
    )
    session.commit()
    return RedirectResponse(
        f"/h/{brand.slug}/warranty/deleted?lang={buyer_lang}", status_code=303, headers=_PRIVATE
    )


@router.get("/h/{brand_slug}/warranty/deleted")
def warranty_deleted(
    request: Request, session: SessionDep, brand_slug: str, lang: str | None = None
) -> Response:
    brand = _brand(session, brand_slug)
    context = {"request": request, "brand": brand, "buyer_lang": _lang(request, brand, lang)}
    return render(request, "public/warranty_deleted.html", context)
