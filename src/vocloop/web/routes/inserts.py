"""Insert cards: the page under /support/inserts, the card PDF, the public scan URL /q/{code}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from vocloop.accounts.audit import record_audit
from vocloop.errors import NotFound, UserError
from vocloop.policy import Severity
from vocloop.store.models import Brand
from vocloop.support import (
    BUYER_LANGS,
    get_brand,
    list_brand_products,
    list_brands,
    product_page_path,
)
from vocloop.support.inserts import (
    INSERT_SIZES,
    InsertPolicyError,
    InsertRequest,
    find_insert_by_code,
    get_insert,
    list_inserts,
    make_insert,
    record_scan,
    render_insert_pdf,
    scan_path,
    scan_url,
)
from vocloop.web import inserts_texts  # noqa: F401  (registers the page's words)
from vocloop.web.context import Csrf, SessionDep, Viewer, ViewerDep, page_context, web_state
from vocloop.web.rendering import render
from vocloop.web.texts import text

router = APIRouter(include_in_schema=False)


def _page(
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    brand_slug: str | None,
    *,
    form: dict[str, Any] | None = None,
    error: str | None = None,
    findings: list[dict[str, object]] | None = None,
    made: int | None = None,
    status_code: int = 200,
) -> Response:
    brands = list_brands(session, tenant_id=viewer.tenant_id)
    brand: Brand | None = None
    if brand_slug:
        brand = get_brand(session, tenant_id=viewer.tenant_id, slug=brand_slug)
    elif brands:
        brand = brands[0]
    cards = list_inserts(session, tenant_id=viewer.tenant_id, brand=brand) if brand else []
    base = str(request.base_url)
    context = page_context(
        request,
        viewer,
        brands=brands,
        brand=brand,
        products=list_brand_products(session, brand=brand) if brand else [],
        cards=[(card, scan_url(brand, card, base)) for card in cards] if brand else [],
        langs=_languages(brand),
        sizes=INSERT_SIZES,
        form=form or {},
        error=error,
        findings=findings or [],
        made=next((card for card in cards if card.id == made), None),
    )
    return render(request, "inserts.html", context, status_code=status_code)


def _languages(brand: Brand | None) -> list[str]:
    """The brand's buyer languages first, then the other marketplace languages."""
    offered = list(brand.languages) if brand else []
    return offered + [lang for lang in BUYER_LANGS if lang not in offered]


@router.get("/support/inserts")
def inserts_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    brand: Annotated[str | None, Query(max_length=64)] = None,
    made: int | None = None,
) -> Response:
    viewer.require("manage_support")
    return _page(request, session, viewer, brand, made=made)


@router.post("/support/inserts", dependencies=[Csrf])
def inserts_make(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    brand: Annotated[str, Form(max_length=64)],
    asin: Annotated[str, Form(max_length=20)],
    lang: Annotated[str, Form(max_length=8)],
    size: Annotated[str, Form(max_length=16)] = "a6",
    title: Annotated[str, Form(max_length=400)] = "",
    body: Annotated[str, Form(max_length=4000)] = "",
    accept_warnings: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    viewer.require("manage_support")
    brand_row = get_brand(session, tenant_id=viewer.tenant_id, slug=brand)
    form = {"asin": asin, "lang": lang, "size": size, "title": title, "body": body}
    request_ = InsertRequest(
        asin=asin,
        lang=lang,
        size=size,
        title=title,
        body=body,
        accept_warnings=accept_warnings == "yes",
    )
    try:
        card = make_insert(
            session,
            tenant_id=viewer.tenant_id,
            brand=brand_row,
            request=request_,
            created_by=viewer.email,
            now=web_state(request).app.clock(),
            output_lang=viewer.lang,
        )
    except InsertPolicyError as refused:
        session.rollback()
        findings = [f.as_dict() for f in refused.findings]
        blocked = any(f.severity is Severity.ERROR for f in refused.findings)
        return _page(
            request,
            session,
            viewer,
            brand,
            form=form,
            error=text(
                "inserts.policy_errors" if blocked else "inserts.policy_warnings", viewer.lang
            ),
            findings=findings,
            status_code=400,
        )
    except NotFound:
        raise  # another tenant's or a missing product: the 404 page
    except UserError as problem:
        session.rollback()
        return _page(
            request, session, viewer, brand, form=form, error=problem.message, status_code=400
        )
    record_audit(
        session,
        tenant_id=viewer.tenant_id,
        actor=viewer.email,
        action="insert.make",
        target=f"{card.asin} v{card.version}",
        detail={"code": card.code, "lang": card.lang, "size": card.size},
    )
    session.commit()
    return RedirectResponse(f"/support/inserts?brand={brand}&made={card.id}", status_code=303)


@router.get("/support/inserts/{insert_id}/pdf")
def insert_pdf(
    request: Request, session: SessionDep, viewer: ViewerDep, insert_id: int
) -> Response:
    viewer.require("manage_support")
    card = get_insert(session, tenant_id=viewer.tenant_id, insert_id=insert_id)
    brand = session.get(Brand, card.brand_id)
    assert brand is not None  # cards are deleted with their brand
    url = scan_url(brand, card, str(request.base_url))
    pdf = render_insert_pdf(card, brand_name=brand.name, url=url)
    name = f"insert-{card.asin}-v{card.version}-{card.lang}-{card.size}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/q/{code}")
def scan(
    request: Request, session: SessionDep, code: Annotated[str, Path(max_length=16)]
) -> Response:
    """Count a scan of a printed card and send the buyer to the product's help page."""
    card = find_insert_by_code(session, code)
    brand = session.get(Brand, card.brand_id) if card is not None else None
    if card is None or brand is None:
        raise NotFound(f"There is no card behind {scan_path(code)}.")
    record_scan(session, card=card, now=web_state(request).app.clock())
    session.commit()
    target = product_page_path(brand, card.asin, lang=card.lang)
    # no-store: a phone or proxy must not answer a second scan from its cache uncounted.
    return RedirectResponse(target, status_code=302, headers={"Cache-Control": "no-store"})
