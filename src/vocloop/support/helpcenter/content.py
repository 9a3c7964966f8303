"""Saving and reading help pages per brand product and language, every text policy-checked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.policy import Severity, check_text
from vocloop.store.models import Brand, BrandProduct, HelpContent, HelpMedia, utcnow
from vocloop.support.brands import get_brand_product
from vocloop.support.helpcenter.document import HelpDocument, read_document


@dataclass(frozen=True)
class PolicyNote:
    """One policy finding in one field of a help page (start/end: offsets into that field)."""

    place: str
    rule: str
    severity: str
    start: int
    end: int
    span: str
    message: str
    hint: str


class ContentRejected(UserError):
    """The policy checker found errors: nothing was saved; notes say where and why."""

    def __init__(self, notes: list[PolicyNote]) -> None:
        first = notes[0]
        super().__init__(
            f"The help page was not saved: {first.place} says '{first.span}' ({first.rule}): "
            f"{first.message}",
            hint=first.hint,
        )
        self.notes = notes


@dataclass(frozen=True)
class SavedContent:
    content: HelpContent
    warnings: list[PolicyNote]


def check_document(
    document: HelpDocument, *, lang: str, output_lang: str = "en"
) -> list[PolicyNote]:
    """Every policy finding of the page's texts on the help_center channel, field by field."""
    notes = []
    for place, text in document.texts():
        if not text:
            continue
        for finding in check_text(text, lang, "help_center", output_lang=output_lang):
            if finding.severity is Severity.INFO:
                continue
            notes.append(
                PolicyNote(
                    place=place,
                    rule=finding.rule,
                    severity=finding.severity.value,
                    start=finding.start,
                    end=finding.end,
                    span=finding.span,
                    message=finding.message,
                    hint=finding.hint,
                )
            )
    return notes


def _own_product(session: Session, *, tenant_id: int, brand: Brand, asin: str) -> BrandProduct:
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    return get_brand_product(session, brand=brand, asin=asin)


def _check_lang(brand: Brand, lang: str) -> None:
    if lang not in brand.languages:
        offered = ", ".join(brand.languages)
        raise UserError(
            f"Brand '{brand.slug}' does not offer '{lang}' to buyers (it offers {offered}); "
            "add the language in its settings first."
        )


def _check_media(session: Session, brand: Brand, document: HelpDocument) -> None:
    names = document.media_names()
    if not names:
        return
    present = set(
        session.scalars(
            select(HelpMedia.name).where(HelpMedia.brand_id == brand.id, HelpMedia.name.in_(names))
        )
    )
    missing = sorted(names - present)
    if missing:
        raise UserError(f"The file '{missing[0]}' was never uploaded for brand '{brand.slug}'.")


def save_help_content(
    session: Session,
    *,
    tenant_id: int,
    brand: Brand,
    asin: str,
    lang: str,
    document: HelpDocument,
    editor: str | None = None,
    output_lang: str = "en",
) -> SavedContent:
    """Store the product's page in `lang` after the policy check; errors refuse the whole save
    (ContentRejected), warnings come back with the saved page for a human to look at."""
    product = _own_product(session, tenant_id=tenant_id, brand=brand, asin=asin)
    _check_lang(brand, lang)
    notes = check_document(document, lang=lang, output_lang=output_lang)
    errors = [note for note in notes if note.severity == Severity.ERROR.value]
    if errors:
        raise ContentRejected(errors)
    _check_media(session, brand, document)
    content = _find(session, product.id, lang)
    if content is None:
        content = HelpContent(
            tenant_id=tenant_id,
            brand_id=brand.id,
            brand_product_id=product.id,
            lang=lang,
            document={},
            revision=0,
        )
        session.add(content)
    content.document = document.as_dict()
    content.revision += 1
    content.updated_by = editor
    content.updated_at = utcnow()
    session.flush()
    return SavedContent(content, [note for note in notes if note not in errors])


def _find(session: Session, product_id: int, lang: str) -> HelpContent | None:
    return session.scalar(
        select(HelpContent).where(
            HelpContent.brand_product_id == product_id, HelpContent.lang == lang
        )
    )


def find_help_document(
    session: Session, *, tenant_id: int, brand: Brand, asin: str, lang: str
) -> HelpDocument | None:
    """The stored page of the product in exactly this language, if any."""
    product = _own_product(session, tenant_id=tenant_id, brand=brand, asin=asin)
    content = _find(session, product.id, lang)
    return None if content is None else read_document(content.document)


def content_langs(session: Session, *, tenant_id: int, brand: Brand) -> dict[str, list[str]]:
    """ASIN -> languages its page exists in, for the brand's product list."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    rows = session.execute(
        select(BrandProduct.asin, HelpContent.lang)
        .join(HelpContent, HelpContent.brand_product_id == BrandProduct.id)
        .where(BrandProduct.brand_id == brand.id, HelpContent.tenant_id == tenant_id)
    )
    found: dict[str, list[str]] = {}
    for asin, lang in rows:
        found.setdefault(asin, []).append(lang)
    order = {code: n for n, code in enumerate(brand.languages)}
    return {asin: sorted(langs, key=lambda c: order.get(c, 99)) for asin, langs in found.items()}


def delete_help_content(
    session: Session, *, tenant_id: int, brand: Brand, asin: str, lang: str
) -> bool:
    """Remove the product's page in one language (buyers then see the fallback)."""
    product = _own_product(session, tenant_id=tenant_id, brand=brand, asin=asin)
    content = _find(session, product.id, lang)
    if content is None:
        return False
    session.delete(content)
    session.flush()
    return True
