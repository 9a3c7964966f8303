"""Changing a brand's help-center settings: name, buyer languages, support address, public URL."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import Brand
from vocloop.support.languages import BUYER_LANGS, parse_buyer_lang

_EMAIL = re.compile(r"[^@\s,<>\"]+@[^@\s,<>\"]+\.[^@\s,<>\"]+")


def update_brand_settings(
    session: Session,
    *,
    tenant_id: int,
    brand: Brand,
    name: str,
    languages: Sequence[str],
    support_email: str | None,
    public_base_url: str | None,
) -> Brand:
    """New settings for the brand; the first language is the default buyers fall back to.
    Nothing changes when any value is refused."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    if not name.strip():
        raise UserError("Give the brand the name buyers know it by.")
    try:
        codes = list(dict.fromkeys(parse_buyer_lang(code) for code in languages if code.strip()))
    except ValueError as error:
        raise UserError(
            f"'{error}' is not a help-center language: use {', '.join(BUYER_LANGS)}."
        ) from None
    if not codes:
        raise UserError("A help center needs at least one language.")
    email = (support_email or "").strip() or None
    if email is not None and not _EMAIL.fullmatch(email):
        raise UserError(f"'{email}' is not an e-mail address.")
    url = (public_base_url or "").strip().rstrip("/") or None
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
            raise UserError(f"'{url}' is not a web address like https://help.example.com.")
    brand.name = name.strip()
    brand.default_lang = codes[0]
    brand.languages = codes
    brand.support_email = email
    brand.public_base_url = url
    session.flush()
    return brand
