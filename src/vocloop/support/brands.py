"""Brands and the products their help centers cover: create, find, list (tenant-scoped)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import Brand, BrandProduct
from vocloop.support.languages import BUYER_LANGS, parse_buyer_lang

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_ASIN = re.compile(r"[A-Z0-9]{10}")
_EMAIL = re.compile(r"[^@\s,<>\"]+@[^@\s,<>\"]+\.[^@\s,<>\"]+")


def _languages(values: Sequence[str], default_lang: str) -> list[str]:
    try:
        codes = [parse_buyer_lang(value) for value in values if value.strip()]
        default = parse_buyer_lang(default_lang)
    except ValueError as error:
        raise UserError(
            f"'{error}' is not a help-center language: use {', '.join(BUYER_LANGS)}."
        ) from None
    ordered = [default, *(code for code in codes if code != default)]
    return list(dict.fromkeys(ordered))


def _base_url(value: str | None) -> str | None:
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise UserError(f"'{value}' is not a web address like https://help.example.com.")
    return value.strip().rstrip("/")


def create_brand(
    session: Session,
    *,
    tenant_id: int,
    slug: str,
    name: str,
    default_lang: str = "en",
    languages: Sequence[str] = (),
    support_email: str | None = None,
    public_base_url: str | None = None,
) -> Brand:
    """A new brand of the tenant; its slug is part of public URLs, so it is unique everywhere."""
    if not _SLUG.fullmatch(slug):
        raise UserError(
            f"'{slug}' cannot be a brand id: use lowercase letters, digits and '-' (max 64)."
        )
    if session.scalar(select(Brand.id).where(Brand.slug == slug)) is not None:
        raise UserError(f"The brand id '{slug}' is taken; choose another.")
    if support_email is not None and not _EMAIL.fullmatch(support_email):
        raise UserError(f"'{support_email}' is not an e-mail address.")
    langs = _languages(languages, default_lang)
    brand = Brand(
        tenant_id=tenant_id,
        slug=slug,
        name=name.strip() or slug,
        default_lang=langs[0],
        languages=langs,
        support_email=support_email,
        public_base_url=_base_url(public_base_url),
    )
    session.add(brand)
    session.flush()
    return brand


def find_brand(session: Session, *, tenant_id: int, slug: str) -> Brand | None:
    return session.scalar(select(Brand).where(Brand.tenant_id == tenant_id, Brand.slug == slug))


def get_brand(session: Session, *, tenant_id: int, slug: str) -> Brand:
    """A brand of this tenant; another tenant's brand is as absent as a missing one."""
    brand = find_brand(session, tenant_id=tenant_id, slug=slug)
    if brand is None:
        raise NotFound(f"There is no brand '{slug}'; `vocloop brands list` shows them.")
    return brand


def get_brand_by_id(session: Session, *, tenant_id: int, brand_id: int) -> Brand:
    brand = session.get(Brand, brand_id)
    if brand is None or brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand {brand_id}.")
    return brand


def find_public_brand(session: Session, slug: str) -> Brand | None:
    """The brand behind a public URL (help center, QR code, forms): no tenant is known there."""
    return session.scalar(select(Brand).where(Brand.slug == slug))


def list_brands(session: Session, *, tenant_id: int) -> list[Brand]:
    return list(
        session.scalars(select(Brand).where(Brand.tenant_id == tenant_id).order_by(Brand.slug))
    )


def add_brand_product(
    session: Session, *, tenant_id: int, brand: Brand, asin: str, name: str
) -> BrandProduct:
    """Put an ASIN in the brand's help center (or rename it when it is there already)."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    asin = asin.strip().upper()
    if not _ASIN.fullmatch(asin):
        raise UserError(f"'{asin}' is not an ASIN (10 letters and digits).")
    if not name.strip():
        raise UserError(f"Give {asin} the product name buyers know it by.")
    product = find_brand_product(session, brand=brand, asin=asin)
    if product is None:
        product = BrandProduct(tenant_id=tenant_id, brand_id=brand.id, asin=asin, name="")
        session.add(product)
    product.name = name.strip()
    session.flush()
    return product


def find_brand_product(session: Session, *, brand: Brand, asin: str) -> BrandProduct | None:
    return session.scalar(
        select(BrandProduct).where(
            BrandProduct.brand_id == brand.id, BrandProduct.asin == asin.strip().upper()
        )
    )


def get_brand_product(session: Session, *, brand: Brand, asin: str) -> BrandProduct:
    product = find_brand_product(session, brand=brand, asin=asin)
    if product is None:
        raise NotFound(f"Brand '{brand.slug}' has no product {asin}.")
    return product


def list_brand_products(session: Session, *, brand: Brand) -> list[BrandProduct]:
    return list(
        session.scalars(
            select(BrandProduct)
            .where(BrandProduct.brand_id == brand.id)
            .order_by(BrandProduct.name, BrandProduct.asin)
        )
    )
