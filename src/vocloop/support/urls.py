"""Public addresses of a brand's help center: one place builds them, so inserts, e-mails and
pages agree."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from vocloop.store.models import Brand


def public_root(brand: Brand, server_url: str) -> str:
    """The brand's own address when it has one, else this server's."""
    return (brand.public_base_url or server_url).rstrip("/")


def brand_home_path(brand: Brand) -> str:
    return f"/h/{brand.slug}"


def product_page_path(brand: Brand, asin: str, *, lang: str | None = None) -> str:
    query = f"?{urlencode({'lang': lang})}" if lang else ""
    return f"/h/{brand.slug}/p/{quote(asin)}{query}"


def contact_path(brand: Brand, asin: str | None = None, *, lang: str | None = None) -> str:
    params = {key: value for key, value in (("asin", asin), ("lang", lang)) if value}
    return f"/h/{brand.slug}/contact" + (f"?{urlencode(params)}" if params else "")


def warranty_path(brand: Brand, asin: str | None = None, *, lang: str | None = None) -> str:
    params = {key: value for key, value in (("asin", asin), ("lang", lang)) if value}
    return f"/h/{brand.slug}/warranty" + (f"?{urlencode(params)}" if params else "")
