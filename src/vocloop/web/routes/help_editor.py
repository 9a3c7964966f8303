"""The help-center editor under /support: brands, brand settings, uploads, product pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from vocloop.accounts import record_audit
from vocloop.errors import UserError
from vocloop.i18n import translate_message
from vocloop.store.models import Brand
from vocloop.support import (
    LANG_NAMES,
    add_brand_product,
    get_brand,
    get_brand_product,
    list_brand_products,
    list_brands,
)
from vocloop.support.helpcenter import (
    MAX_MEDIA_BYTES,
    ContentRejected,
    HelpDocument,
    PolicyNote,
    add_help_media,
    check_document,
    content_langs,
    find_help_document,
    list_help_media,
    read_document,
    save_help_content,
    update_brand_settings,
)
from vocloop.web.context import Csrf, SessionDep, Viewer, ViewerDep, page_context, web_state
from vocloop.web.rendering import render
from vocloop.web.routes.help_public import page_cache

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form(max_length=500)]
EMPTY_ROWS = 2


def _brand(session: Session, viewer: Viewer, slug: str) -> Brand:
    viewer.require("manage_support")
    return get_brand(session, tenant_id=viewer.tenant_id, slug=slug)


@router.get("/support")
def brands_page(request: Request, session: SessionDep, viewer: ViewerDep) -> Response:
    viewer.require("manage_support")
    brands = list_brands(session, tenant_id=viewer.tenant_id)
    return render(request, "support/brands.html", page_context(request, viewer, brands=brands))


def _brand_page(
    request: Request,
    session: Session,
    viewer: Viewer,
    brand: Brand,
    *,
    message: str = "",
    error: str = "",
    status: int = 200,
) -> Response:
    context = page_context(
        request,
        viewer,
        brand=brand,
        products=list_brand_products(session, brand=brand),
        page_langs=content_langs(session, tenant_id=viewer.tenant_id, brand=brand),
        media=list_help_media(session, tenant_id=viewer.tenant_id, brand=brand),
        lang_names=LANG_NAMES,
        message=message,
        error=error,
        max_media_mb=MAX_MEDIA_BYTES // (1024 * 1024),
    )
    return render(request, "support/brand.html", context, status_code=status)


@router.get("/support/brands/{slug}")
def brand_page(request: Request, session: SessionDep, viewer: ViewerDep, slug: str) -> Response:
    return _brand_page(request, session, viewer, _brand(session, viewer, slug))


@router.post("/support/brands/{slug}", dependencies=[Csrf])
def save_brand(
    request: Request,
    viewer: ViewerDep,
    slug: str,
    name: Text,
    languages: Text,
    support_email: Text = "",
    public_base_url: Text = "",
) -> Response:
    with web_state(request).app.sessions() as session:
        brand = _brand(session, viewer, slug)
        try:
            update_brand_settings(
                session,
                tenant_id=viewer.tenant_id,
                brand=brand,
                name=name,
                languages=languages.replace(" ", "").split(","),
                support_email=support_email,
                public_base_url=public_base_url,
            )
        except UserError as error:
            session.rollback()
            brand = _brand(session, viewer, slug)
            shown = translate_message(error.message, viewer.lang)
            return _brand_page(request, session, viewer, brand, error=shown, status=422)
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="brand.settings",
            target=brand.slug,
            detail={"languages": brand.languages},
        )
        session.commit()
    page_cache(request).forget_brand(slug)
    return RedirectResponse(f"/support/brands/{slug}?saved=1", status_code=303)


@router.post("/support/brands/{slug}/products", dependencies=[Csrf])
def add_product(
    request: Request,
    viewer: ViewerDep,
    slug: str,
    asin: Annotated[str, Form(max_length=20)],
    name: Text,
) -> Response:
    with web_state(request).app.sessions() as session:
        brand = _brand(session, viewer, slug)
        try:
            product = add_brand_product(
                session, tenant_id=viewer.tenant_id, brand=brand, asin=asin, name=name
            )
        except UserError as error:
            session.rollback()
            shown = translate_message(error.message, viewer.lang)
            return _brand_page(request, session, viewer, brand, error=shown, status=422)
        record_audit(
            session,
            tenant_id=viewer.tenant_id,
            actor=viewer.email,
            action="brand.product",
            target=f"{brand.slug}/{product.asin}",
        )
        session.commit()
    page_cache(request).forget_brand(slug)
    return RedirectResponse(f"/support/brands/{slug}?saved=1", status_code=303)


@router.post("/support/brands/{slug}/media", dependencies=[Csrf])
async def upload_media(
    request: Request, viewer: ViewerDep, slug: str, file: Annotated[UploadFile, File()]
) -> Response:
    data = await file.read(MAX_MEDIA_BYTES + 1)
    with web_state(request).app.sessions() as session:
        brand = _brand(session, viewer, slug)
        try:
            media = add_help_media(
                session,
                tenant_id=viewer.tenant_id,
                brand=brand,
                filename=file.filename or "upload",
                data=data,
            )
        except UserError as error:
            session.rollback()
            shown = translate_message(error.message, viewer.lang)
            return _brand_page(request, session, viewer, brand, error=shown, status=422)
        name = media.name
        session.commit()
    return _brand_page(request, session, viewer, brand, message=name)


def _rows(form: FormData, *fields: str) -> list[dict[str, str]]:
    columns = [[str(value) for value in form.getlist(field)] for field in fields]
    count = max((len(column) for column in columns), default=0)
    return [
        {
            field: (column[n] if n < len(column) else "")
            for field, column in zip(fields, columns, strict=True)
        }
        for n in range(count)
    ]


def _document_from_form(form: FormData) -> dict[str, Any]:
    return {
        "title": str(form.get("title") or ""),
        "intro": str(form.get("intro") or ""),
        "steps": [
            {"title": row["step_title"], "text": row["step_text"], "image": row["step_image"]}
            for row in _rows(form, "step_title", "step_text", "step_image")
        ],
        "video_url": str(form.get("video_url") or ""),
        "troubleshooting": [
            {"problem": row["problem"], "fix": row["fix"]} for row in _rows(form, "problem", "fix")
        ],
        "faq": [
            {"question": row["question"], "answer": row["answer"]}
            for row in _rows(form, "question", "answer")
        ],
        "manual": str(form.get("manual") or ""),
    }


def _editor(
    request: Request,
    viewer: Viewer,
    brand: Brand,
    product_name: str,
    asin: str,
    lang: str,
    document: dict[str, Any],
    *,
    notes: list[PolicyNote],
    blocked: bool = False,
    fallback_lang: str | None = None,
    error: str = "",
    status: int = 200,
) -> Response:
    blanks = {
        "steps": {"title": "", "text": "", "image": ""},
        "troubleshooting": {"problem": "", "fix": ""},
        "faq": {"question": "", "answer": ""},
    }
    form = dict(document)
    for section, blank in blanks.items():
        # Rows typed so far (a refused form comes back with its empty rows), then fresh ones.
        rows = [row for row in document.get(section, []) if any(row.values())]
        form[section] = [*rows, *[blank] * EMPTY_ROWS]
    context = page_context(
        request,
        viewer,
        brand=brand,
        asin=asin,
        product_name=product_name,
        edit_lang=lang,
        form=form,
        notes=notes,
        blocked=blocked,
        fallback_lang=fallback_lang,
        lang_names=LANG_NAMES,
        error=error,
        saved=request.query_params.get("saved") == "1",
    )
    return render(request, "support/product.html", context, status_code=status)


@router.get("/support/brands/{slug}/p/{asin}")
def product_editor(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    slug: str,
    asin: str,
    lang: Annotated[str | None, Query(max_length=8)] = None,
) -> Response:
    brand = _brand(session, viewer, slug)
    product = get_brand_product(session, brand=brand, asin=asin)
    edit_lang = lang if lang in brand.languages else brand.default_lang
    found = find_help_document(
        session, tenant_id=viewer.tenant_id, brand=brand, asin=product.asin, lang=edit_lang
    )
    fallback_lang = None
    if found is None and edit_lang != brand.default_lang:
        found = find_help_document(
            session,
            tenant_id=viewer.tenant_id,
            brand=brand,
            asin=product.asin,
            lang=brand.default_lang,
        )
        fallback_lang = brand.default_lang if found else None
    document = found or HelpDocument(title=product.name)
    notes = (
        [] if fallback_lang else check_document(document, lang=edit_lang, output_lang=viewer.lang)
    )
    return _editor(
        request,
        viewer,
        brand,
        product.name,
        product.asin,
        edit_lang,
        document.as_dict(),
        notes=notes,
        fallback_lang=fallback_lang,
    )


@router.post("/support/brands/{slug}/p/{asin}", dependencies=[Csrf])
async def save_product_page(request: Request, viewer: ViewerDep, slug: str, asin: str) -> Response:
    form = await request.form()
    lang = str(form.get("lang") or "")
    submitted = _document_from_form(form)
    with web_state(request).app.sessions() as session:
        brand = _brand(session, viewer, slug)
        product = get_brand_product(session, brand=brand, asin=asin)
        name, asin = product.name, product.asin
        try:
            document = read_document(submitted, where="the page")
            saved = save_help_content(
                session,
                tenant_id=viewer.tenant_id,
                brand=brand,
                asin=asin,
                lang=lang,
                document=document,
                editor=viewer.email,
                output_lang=viewer.lang,
            )
            warnings = saved.warnings
            record_audit(
                session,
                tenant_id=viewer.tenant_id,
                actor=viewer.email,
                action="helpcenter.save",
                target=f"{brand.slug}/{asin}/{lang}",
                detail={"revision": saved.content.revision, "warnings": len(warnings)},
            )
            session.commit()
        except ContentRejected as refused:
            session.rollback()
            return _editor(
                request, viewer, brand, name, asin, lang, submitted,
                notes=refused.notes, blocked=True, status=422,
            )  # fmt: skip
        except UserError as error:
            session.rollback()
            shown = translate_message(error.message, viewer.lang)
            return _editor(
                request, viewer, brand, name, asin, lang, submitted,
                notes=[], error=shown, status=422,
            )  # fmt: skip
    page_cache(request).forget_brand(slug)
    if warnings:
        return _editor(request, viewer, brand, name, asin, lang, document.as_dict(), notes=warnings)
    return RedirectResponse(f"/support/brands/{slug}/p/{asin}?lang={lang}&saved=1", status_code=303)
