"""What a buyer sees: a product's page in their language with fallback, and the brand's home."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.store.models import Brand, HelpContent, HelpMedia
from vocloop.support.brands import find_brand_product, list_brand_products
from vocloop.support.helpcenter.document import HelpDocument, read_document
from vocloop.support.languages import pick_lang


@dataclass(frozen=True)
class ProductPage:
    """A product's help page as one buyer gets it.

    buyer_lang is the page's own words (menus, headings), content_lang the language the guide is
    written in: they differ when the guide has no version in the buyer's language yet.
    """

    brand: Brand
    asin: str
    product_name: str
    buyer_lang: str
    content_lang: str | None
    document: HelpDocument | None
    available: tuple[str, ...]  # languages the guide exists in
    etag: str

    @property
    def is_fallback(self) -> bool:
        return self.content_lang is not None and self.content_lang != self.buyer_lang


def _etag(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]
    return f'"{digest}"'


def buyer_language(brand: Brand, *, requested: str | None, accept_language: str | None) -> str:
    """The language of the page's own words: one the brand offers, chosen by URL then browser."""
    return pick_lang(
        brand.languages,
        requested=requested,
        accept_language=accept_language,
        default=brand.default_lang,
    )


def load_product_page(
    session: Session,
    brand: Brand,
    asin: str,
    *,
    requested: str | None = None,
    accept_language: str | None = None,
) -> ProductPage | None:
    """The product's page for a buyer, or None when the brand does not cover the ASIN.

    The guide's language falls back from the buyer's to the brand's default, then English, then
    whichever exists, so a buyer always gets the guide when there is one.
    """
    product = find_brand_product(session, brand=brand, asin=asin)
    if product is None:
        return None
    rows = {
        row.lang: row
        for row in session.scalars(
            select(HelpContent).where(
                HelpContent.tenant_id == brand.tenant_id,
                HelpContent.brand_product_id == product.id,
            )
        )
    }
    buyer_lang = buyer_language(brand, requested=requested, accept_language=accept_language)
    available = tuple(code for code in brand.languages if code in rows) + tuple(
        sorted(code for code in rows if code not in brand.languages)
    )
    content_lang = (
        pick_lang(available, requested=buyer_lang, default=brand.default_lang)
        if available
        else None
    )
    content = rows.get(content_lang) if content_lang else None
    return ProductPage(
        brand=brand,
        asin=product.asin,
        product_name=product.name,
        buyer_lang=buyer_lang,
        content_lang=content_lang,
        document=read_document(content.document) if content else None,
        available=available,
        etag=_etag(
            brand.id,
            brand.name,
            ",".join(brand.languages),
            brand.support_email,
            product.name,
            buyer_lang,
            content_lang,
            content.revision if content else 0,
            content.updated_at.isoformat() if content else "",
        ),
    )


@dataclass(frozen=True)
class HomeEntry:
    asin: str
    name: str
    title: str  # the guide's title in the shown language, else the product name
    snippet: str


def brand_home_entries(
    session: Session, brand: Brand, *, lang: str, query: str = ""
) -> list[HomeEntry]:
    """The brand's products for its help-center home, filtered by a search over names and the
    guides' texts (in the buyer's language, else the brand's default)."""
    products = list_brand_products(session, brand=brand)
    documents: dict[int, dict[str, HelpDocument]] = {}
    for row in session.scalars(
        select(HelpContent).where(
            HelpContent.tenant_id == brand.tenant_id, HelpContent.brand_id == brand.id
        )
    ):
        documents.setdefault(row.brand_product_id, {})[row.lang] = read_document(row.document)
    words = [word for word in query.casefold().split() if word]
    entries = []
    for product in products:
        by_lang = documents.get(product.id, {})
        document = by_lang.get(lang) or by_lang.get(brand.default_lang)
        title = (document.title if document else "") or product.name
        haystack = [product.name, product.asin, title]
        if document is not None:
            haystack += [text for _, text in document.texts()]
        folded = "\n".join(haystack).casefold()
        if words and not all(word in folded for word in words):
            continue
        entries.append(
            HomeEntry(
                product.asin,
                product.name,
                title,
                _snippet(document, words) if document else "",
            )
        )
    return entries


def _snippet(document: HelpDocument, words: list[str]) -> str:
    """The first text that holds a searched word (or the intro), cut to a phone-sized line."""
    texts = [text for _, text in document.texts() if text]
    chosen = next(
        (text for text in texts if words and any(word in text.casefold() for word in words)),
        document.intro,
    )
    return chosen if len(chosen) <= 160 else chosen[:157].rstrip() + "…"


def find_public_media(session: Session, brand: Brand, name: str) -> HelpMedia | None:
    """An uploaded picture or manual of the brand, for its public pages."""
    return session.scalar(
        select(HelpMedia).where(
            HelpMedia.tenant_id == brand.tenant_id,
            HelpMedia.brand_id == brand.id,
            HelpMedia.name == name,
        )
    )
