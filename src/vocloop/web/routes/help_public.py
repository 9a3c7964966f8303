"""The buyer's help center: brand home with search, product pages, and the brand's media."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from vocloop.store.models import Brand
from vocloop.support import LANG_NAMES, find_public_brand
from vocloop.support.helpcenter import (
    MEDIA_NAME,
    brand_home_entries,
    buyer_language,
    find_public_media,
    load_product_page,
)
from vocloop.web.context import SessionDep, web_state
from vocloop.web.helpcenter_texts import HELP_CENTER_TEXTS
from vocloop.web.page_cache import PageCache, page_headers, page_key
from vocloop.web.public_texts import add_public_texts, public_text

add_public_texts(HELP_CENTER_TEXTS)
router = APIRouter(include_in_schema=False)
Lang = Annotated[str | None, Query(max_length=16)]


def page_cache(request: Request) -> PageCache:
    cache: PageCache = request.app.state.help_pages
    return cache


def _render(request: Request, name: str, context: dict[str, Any]) -> str:
    template = web_state(request).templates.get_template(name)
    return template.render({"request": request, "lang_names": LANG_NAMES, **context})


def _page(request: Request, brand: Brand, etag: str, html: str) -> Response:
    """The page with its cache headers, remembered for the next identical request."""
    body = html.encode()
    key = page_key(request.url.path, request.url.query, request.headers.get("accept-language"))
    page_cache(request).put(key, brand=brand.slug, etag=etag, body=body)
    headers = {name.decode(): value.decode() for name, value in page_headers(etag)}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)


def _missing(request: Request, brand: Brand | None, lang: str | None) -> Response:
    """A buyer-language 404 without the app's frame (the buyer has no account)."""
    buyer_lang = (
        buyer_language(
            brand, requested=lang, accept_language=request.headers.get("accept-language")
        )
        if brand
        else "en"
    )
    html = _render(request, "public/help_missing.html", {"brand": brand, "buyer_lang": buyer_lang})
    return Response(html, status_code=404, media_type="text/html; charset=utf-8")


@router.get("/h/{brand}")
def brand_home(
    request: Request,
    session: SessionDep,
    brand: str,
    lang: Lang = None,
    q: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    found = find_public_brand(session, brand)
    if found is None:
        return _missing(request, None, lang)
    accept = request.headers.get("accept-language")
    buyer_lang = buyer_language(found, requested=lang, accept_language=accept)
    entries = brand_home_entries(session, found, lang=buyer_lang, query=q.strip())
    html = _render(
        request,
        "public/help_home.html",
        {"brand": found, "buyer_lang": buyer_lang, "entries": entries, "query": q.strip()},
    )
    etag = '"' + hashlib.sha256(html.encode()).hexdigest()[:20] + '"'
    return _page(request, found, etag, html)


@router.get("/h/{brand}/p/{asin}")
def product_page(request: Request, brand: str, asin: str, lang: Lang = None) -> Response:
    # The session is opened here rather than by a dependency: one thread hop per render, not three.
    with web_state(request).app.sessions() as session:
        found = find_public_brand(session, brand)
        page = (
            load_product_page(
                session,
                found,
                asin,
                requested=lang,
                accept_language=request.headers.get("accept-language"),
            )
            if found
            else None
        )
    if found is None or page is None:
        return _missing(request, found, lang)
    text = public_text
    html = _render(
        request,
        "public/help_product.html",
        {
            "brand": found,
            "buyer_lang": page.buyer_lang,
            "asin": page.asin,
            "page": page,
            "doc": page.document,
            "fallback_note": text(
                "help.fallback",
                page.buyer_lang,
                wanted=LANG_NAMES[page.buyer_lang],
                shown=LANG_NAMES.get(page.content_lang or "", ""),
            )
            if page.is_fallback
            else "",
        },
    )
    return _page(request, found, page.etag, html)


@router.get("/h/{brand}/media/{name}")
def media(request: Request, session: SessionDep, brand: str, name: str) -> Response:
    found = find_public_brand(session, brand)
    stored = (
        find_public_media(session, found, name) if found and MEDIA_NAME.fullmatch(name) else None
    )
    if stored is None:
        return _missing(request, found, None)
    headers = {
        # Named by their digest: a name always means the same bytes.
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'",
    }
    if stored.content_type == "application/pdf":
        headers["content-disposition"] = f'inline; filename="{brand}-{name}"'
    return Response(stored.data, media_type=stored.content_type, headers=headers)
