"""Insert cards: a policy-checked version per ASIN, found by its scan code, scans counted."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.policy import Finding, Severity, check_text
from vocloop.store.models import Brand, InsertCard
from vocloop.support.brands import get_brand_product
from vocloop.support.inserts.sizes import get_insert_size
from vocloop.support.inserts.wording import default_body, default_title
from vocloop.support.languages import BUYER_LANGS

# Scan codes avoid letters that read alike on paper (0/o, 1/l/i).
_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
_CODE_LENGTH = 8
_TITLE_MAX = 200
_BODY_MAX = 1200


class InsertPolicyError(UserError):
    """The card's words break Amazon's insert rules (errors), or need a sign-off (warnings)."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


@dataclass(frozen=True)
class InsertRequest:
    """What a person asks for: the ASIN's card in a language and size, default words if empty."""

    asin: str
    lang: str
    size: str = "a6"
    title: str = ""
    body: str = ""
    accept_warnings: bool = False


def new_scan_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))


def check_insert_words(
    title: str, body: str, lang: str, *, output_lang: str = "en"
) -> list[Finding]:
    """Policy findings for the card's words, channel insert."""
    return check_text(f"{title}\n{body}", lang=lang, channel="insert", output_lang=output_lang)


def make_insert(
    session: Session,
    *,
    tenant_id: int,
    brand: Brand,
    request: InsertRequest,
    created_by: str,
    now: dt.datetime,
    output_lang: str = "en",
) -> InsertCard:
    """A new version of the ASIN's insert card, after the policy check.

    Errors always refuse the card; warnings refuse it unless a person accepted them, and the
    accepted warnings are kept with the card.
    """
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    product = get_brand_product(session, brand=brand, asin=request.asin)
    if request.lang not in BUYER_LANGS:
        raise UserError(f"'{request.lang}' is not a buyer language; use {', '.join(BUYER_LANGS)}.")
    size = get_insert_size(request.size)
    title = " ".join(request.title.split()) or default_title(request.lang, product.name)
    body = request.body.strip().replace("\r\n", "\n") or default_body(request.lang)
    if len(title) > _TITLE_MAX or len(body) > _BODY_MAX:
        raise UserError(
            f"An insert card holds a title of up to {_TITLE_MAX} and a text of up to "
            f"{_BODY_MAX} characters."
        )
    findings = check_insert_words(title, body, request.lang, output_lang=output_lang)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    if errors:
        first = errors[0]
        raise InsertPolicyError(
            f"The insert text breaks rule {first.rule} at '{first.span}': {first.message}", findings
        )
    if warnings and not request.accept_warnings:
        first = warnings[0]
        raise InsertPolicyError(
            f"The insert text needs a sign-off for rule {first.rule} at '{first.span}': "
            f"{first.message}",
            findings,
        )
    latest = session.scalar(
        select(func.max(InsertCard.version)).where(
            InsertCard.brand_id == brand.id, InsertCard.asin == product.asin
        )
    )
    card = InsertCard(
        tenant_id=tenant_id,
        brand_id=brand.id,
        asin=product.asin,
        version=(latest or 0) + 1,
        code=_unused_code(session),
        lang=request.lang,
        size=size.name,
        title=title,
        body=body,
        warnings=[f.as_dict() for f in warnings],
        created_by=created_by,
        created_at=now,
    )
    session.add(card)
    session.flush()
    return card


def _unused_code(session: Session) -> str:
    while True:
        code = new_scan_code()
        if session.scalar(select(InsertCard.id).where(InsertCard.code == code)) is None:
            return code


def list_inserts(session: Session, *, tenant_id: int, brand: Brand) -> list[InsertCard]:
    """The brand's cards, by ASIN and newest version first."""
    return list(
        session.scalars(
            select(InsertCard)
            .where(InsertCard.tenant_id == tenant_id, InsertCard.brand_id == brand.id)
            .order_by(InsertCard.asin, InsertCard.version.desc())
        )
    )


def get_insert(session: Session, *, tenant_id: int, insert_id: int) -> InsertCard:
    """A card of this tenant; another tenant's card is as absent as a missing one."""
    card = session.get(InsertCard, insert_id)
    if card is None or card.tenant_id != tenant_id:
        raise NotFound(f"There is no insert card {insert_id}.")
    return card


def find_insert_by_code(session: Session, code: str) -> InsertCard | None:
    """The card behind a public scan URL (no tenant is known there)."""
    return session.scalar(select(InsertCard).where(InsertCard.code == code.strip().lower()))


def record_scan(session: Session, *, card: InsertCard, now: dt.datetime) -> None:
    """Count one scan of the card in one UPDATE, so simultaneous scans are all counted."""
    session.execute(
        update(InsertCard)
        .where(InsertCard.id == card.id)
        .values(scans=InsertCard.scans + 1, last_scan_at=now)
        .execution_options(synchronize_session=False)
    )
