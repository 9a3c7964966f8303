"""Registering a product for warranty, showing a buyer their registration, deleting it."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.store.models import Brand, RetentionLogEntry, WarrantyRegistration
from vocloop.support.brands import find_brand_product
from vocloop.support.languages import BUYER_LANGS
from vocloop.support.warranty.consent import RETENTION_DAYS, consent_text
from vocloop.support.warranty.links import open_registration_token

ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_EMAIL = re.compile(r"[^@\s,<>\"]{1,64}@[^@\s,<>\".]+(\.[^@\s,<>\".]+)+")
_OLDEST_PURCHASE = dt.timedelta(days=3653)  # ten years


class WarrantyFormError(UserError):
    """One field of the warranty form is wrong; `problem` names it for the buyer's language."""

    def __init__(self, field: str, problem: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class WarrantyForm:
    """What a buyer typed, before it is checked."""

    asin: str
    order_id: str
    purchase_date: str
    name: str
    email: str
    lang: str
    consent: bool


def normalise_order_id(value: str) -> str:
    """An Amazon order id as 3-7-7 digits (full-width digits and dashes, spaces tolerated)."""
    text = unicodedata.normalize("NFKC", value).strip().replace(" ", "")
    text = re.sub(r"[‐-―−ー]", "-", text)
    if not ORDER_ID.fullmatch(text):
        raise WarrantyFormError(
            "order_id",
            "order_id",
            f"'{value}' is not an Amazon order number like 123-1234567-1234567.",
        )
    return text


def _purchase_date(value: str, today: dt.date) -> dt.date:
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise WarrantyFormError(
            "purchase_date", "purchase_date", f"'{value}' is not a date like 2026-03-01."
        ) from None
    # One day of slack: the buyer's calendar may already be a day ahead of UTC.
    if day > today + dt.timedelta(days=1):
        raise WarrantyFormError(
            "purchase_date", "purchase_date_future", f"The purchase date {day} is in the future."
        )
    if day < today - _OLDEST_PURCHASE:
        raise WarrantyFormError(
            "purchase_date", "purchase_date_old", f"The purchase date {day} is too long ago."
        )
    return day


def check_warranty_form(
    session: Session, *, brand: Brand, form: WarrantyForm, today: dt.date
) -> tuple[str, str, dt.date, str, str]:
    """(asin, order id, purchase date, name, email) once every field is right; else the first
    WarrantyFormError."""
    asin = form.asin.strip().upper()
    if not asin or find_brand_product(session, brand=brand, asin=asin) is None:
        raise WarrantyFormError("asin", "product", f"{brand.name} has no product '{form.asin}'.")
    order_id = normalise_order_id(form.order_id)
    day = _purchase_date(form.purchase_date, today)
    name = " ".join(form.name.split())
    if not name or len(name) > 200:
        raise WarrantyFormError(
            "name", "name", "The name is missing or longer than 200 characters."
        )
    email = form.email.strip()
    if len(email) > 254 or not _EMAIL.fullmatch(email):
        raise WarrantyFormError("email", "email", f"'{form.email}' is not an e-mail address.")
    if not form.consent:
        raise WarrantyFormError("consent", "consent", "Registration needs the consent box ticked.")
    return asin, order_id, day, name, email


def register_warranty(
    session: Session, *, brand: Brand, form: WarrantyForm, now: dt.datetime
) -> WarrantyRegistration:
    """Store a checked registration with the consent text the buyer agreed to, word for word."""
    asin, order_id, day, name, email = check_warranty_form(
        session, brand=brand, form=form, today=now.date()
    )
    lang = form.lang if form.lang in BUYER_LANGS else brand.default_lang
    registration = WarrantyRegistration(
        tenant_id=brand.tenant_id,
        brand_id=brand.id,
        public_id=secrets.token_hex(16),
        asin=asin,
        order_id=order_id,
        purchase_date=day,
        name=name,
        email=email,
        lang=lang,
        consent_text=consent_text(brand.name, lang, RETENTION_DAYS),
        retention_days=RETENTION_DAYS,
        consented_at=now,
        delete_after=now + dt.timedelta(days=RETENTION_DAYS),
    )
    session.add(registration)
    session.flush()
    return registration


def find_registration_by_token(
    session: Session, *, brand: Brand, secret: str, token: str
) -> WarrantyRegistration | None:
    """The registration a buyer's signed link names, or None (bad signature, other brand, gone)."""
    public_id = open_registration_token(secret, token)
    if public_id is None:
        return None
    return session.scalar(
        select(WarrantyRegistration).where(
            WarrantyRegistration.public_id == public_id,
            WarrantyRegistration.brand_id == brand.id,
        )
    )


def list_registrations(
    session: Session, *, tenant_id: int, brand: Brand | None = None
) -> list[WarrantyRegistration]:
    query = select(WarrantyRegistration).where(WarrantyRegistration.tenant_id == tenant_id)
    if brand is not None:
        query = query.where(WarrantyRegistration.brand_id == brand.id)
    return list(session.scalars(query.order_by(WarrantyRegistration.consented_at.desc())))


def delete_registration(
    session: Session,
    *,
    registration: WarrantyRegistration,
    now: dt.datetime,
    rule: str,
    reason: str,
) -> None:
    """Remove a registration and note it in the retention log (by row id, no personal data)."""
    session.add(
        RetentionLogEntry(
            tenant_id=registration.tenant_id,
            done_at=now,
            rule=rule,
            action="deleted",
            target=f"warranty_registrations:{registration.id}",
            reason=reason,
        )
    )
    session.delete(registration)
    session.flush()
