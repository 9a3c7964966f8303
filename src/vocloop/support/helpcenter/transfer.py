"""Help-center content as one JSON file: export a brand's pages and media, import them back."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.policy import Severity
from vocloop.store.models import Brand, HelpContent, HelpMedia
from vocloop.support.brands import add_brand_product, find_brand_product, list_brand_products
from vocloop.support.helpcenter.content import (
    ContentRejected,
    PolicyNote,
    check_document,
    save_help_content,
)
from vocloop.support.helpcenter.document import HelpDocument, read_document
from vocloop.support.helpcenter.media import add_help_media, sniff_media_type
from vocloop.support.languages import parse_buyer_lang

FORMAT = "vocloop-helpcenter"
VERSION = 1
_ASIN = re.compile(r"[A-Z0-9]{10}")


def export_help_center(session: Session, *, tenant_id: int, brand: Brand) -> dict[str, Any]:
    """The brand's products, their pages in every language, and the uploaded files (base64)."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    pages: dict[int, dict[str, Any]] = {}
    for row in session.scalars(
        select(HelpContent)
        .where(HelpContent.tenant_id == tenant_id, HelpContent.brand_id == brand.id)
        .order_by(HelpContent.lang)
    ):
        pages.setdefault(row.brand_product_id, {})[row.lang] = read_document(row.document).as_dict()
    media = session.scalars(
        select(HelpMedia)
        .where(HelpMedia.tenant_id == tenant_id, HelpMedia.brand_id == brand.id)
        .order_by(HelpMedia.name)
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "brand": brand.slug,
        "languages": list(brand.languages),
        "products": [
            {"asin": product.asin, "name": product.name, "pages": pages.get(product.id, {})}
            for product in list_brand_products(session, brand=brand)
        ],
        "media": {row.name: base64.b64encode(row.data).decode("ascii") for row in media},
    }


@dataclass
class ImportSummary:
    pages: int = 0
    products_added: int = 0
    media: int = 0
    warnings: list[tuple[str, str, PolicyNote]] = field(default_factory=list)  # asin, lang, note


@dataclass(frozen=True)
class _Page:
    asin: str
    name: str
    lang: str
    document: HelpDocument


def _read_pages(data: dict[str, Any], brand: Brand) -> list[_Page]:
    products = data.get("products")
    if not isinstance(products, list):
        raise UserError("The file has no 'products' list.")
    pages = []
    for number, entry in enumerate(products, 1):
        place = f"products[{number}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("asin"), str):
            raise UserError(f"{place} needs an 'asin'.")
        asin = entry["asin"].strip().upper()
        if not _ASIN.fullmatch(asin):
            raise UserError(f"{place}: '{entry['asin']}' is not an ASIN (10 letters and digits).")
        raw_name = entry.get("name")
        name = raw_name.strip() if isinstance(raw_name, str) else ""
        by_lang = entry.get("pages") or {}
        if not isinstance(by_lang, dict):
            raise UserError(f"{place}.pages must map languages to pages.")
        for raw_lang, document in by_lang.items():
            try:
                lang = parse_buyer_lang(raw_lang)
            except ValueError:
                raise UserError(f"{place}.pages: '{raw_lang}' is not a buyer language.") from None
            if lang not in brand.languages:
                raise UserError(
                    f"{place}.pages: brand '{brand.slug}' does not offer '{lang}' "
                    f"(it offers {', '.join(brand.languages)})."
                )
            where = f"{place}.pages.{lang}"
            pages.append(_Page(asin, name, lang, read_document(document, where=where)))
    return pages


def _read_media(data: dict[str, Any]) -> dict[str, bytes]:
    media = data.get("media") or {}
    if not isinstance(media, dict):
        raise UserError("'media' must map file names to base64 contents.")
    files = {}
    for name, encoded in media.items():
        try:
            content = base64.b64decode(str(encoded), validate=True)
        except (binascii.Error, ValueError):
            raise UserError(f"media '{name}' is not base64.") from None
        kind = sniff_media_type(content)
        if kind is None:
            raise UserError(f"media '{name}' is not a picture or a PDF.")
        if name != f"{hashlib.sha256(content).hexdigest()[:16]}.{kind[0]}":
            raise UserError(f"media '{name}' does not match its contents (edited by hand?).")
        files[str(name)] = content
    return files


def import_help_center(
    session: Session,
    *,
    tenant_id: int,
    brand: Brand,
    data: object,
    editor: str | None = None,
) -> ImportSummary:
    """Put an exported file's pages into the brand (products it lacks are added under the file's
    names). The whole file is read and policy-checked before anything is written: one problem
    refuses all of it."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"This is not a help-center export (its 'format' is not '{FORMAT}').")
    if data.get("version") != VERSION:
        raise UserError(f"This export is version {data.get('version')!r}; vocloop reads {VERSION}.")
    pages = _read_pages(data, brand)
    files = _read_media(data)
    for page in pages:
        if find_brand_product(session, brand=brand, asin=page.asin) is None and not page.name:
            raise UserError(
                f"{page.asin} is not in brand '{brand.slug}' and the file names it not."
            )
        errors = [
            note
            for note in check_document(page.document, lang=page.lang)
            if note.severity == Severity.ERROR.value
        ]
        if errors:
            raise ContentRejected(errors)
    summary = ImportSummary()
    for content in files.values():
        add_help_media(session, tenant_id=tenant_id, brand=brand, filename="import", data=content)
        summary.media += 1
    for page in pages:
        if find_brand_product(session, brand=brand, asin=page.asin) is None:
            add_brand_product(
                session, tenant_id=tenant_id, brand=brand, asin=page.asin, name=page.name
            )
            summary.products_added += 1
        saved = save_help_content(
            session,
            tenant_id=tenant_id,
            brand=brand,
            asin=page.asin,
            lang=page.lang,
            document=page.document,
            editor=editor,
        )
        summary.pages += 1
        summary.warnings += [(page.asin, page.lang, note) for note in saved.warnings]
    return summary
