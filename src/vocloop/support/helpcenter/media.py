"""Pictures and manuals uploaded for a brand's help pages: type told by the bytes, size capped."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import Brand, HelpMedia

MAX_MEDIA_BYTES = 5 * 1024 * 1024
# (leading bytes, extension, content type); the bytes decide, never the file name.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png", "image/png"),
    (b"\xff\xd8\xff", "jpg", "image/jpeg"),
    (b"GIF87a", "gif", "image/gif"),
    (b"GIF89a", "gif", "image/gif"),
    (b"%PDF-", "pdf", "application/pdf"),
)


def sniff_media_type(data: bytes) -> tuple[str, str] | None:
    """(extension, content type) of a picture or PDF, from its first bytes; None otherwise."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp", "image/webp"
    for signature, extension, content_type in _SIGNATURES:
        if data.startswith(signature):
            return extension, content_type
    return None


def add_help_media(
    session: Session, *, tenant_id: int, brand: Brand, filename: str, data: bytes
) -> HelpMedia:
    """Keep an uploaded PNG, JPEG, WebP, GIF or PDF for the brand's pages (named by digest)."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    if not data:
        raise UserError(f"'{filename}' is empty.")
    if len(data) > MAX_MEDIA_BYTES:
        limit = MAX_MEDIA_BYTES // (1024 * 1024)
        raise UserError(f"'{filename}' is larger than {limit} MB; make it smaller first.")
    kind = sniff_media_type(data)
    if kind is None:
        raise UserError(f"'{filename}' is not a PNG, JPEG, WebP or GIF picture, nor a PDF.")
    extension, content_type = kind
    name = f"{hashlib.sha256(data).hexdigest()[:16]}.{extension}"
    existing = session.scalar(
        select(HelpMedia).where(
            HelpMedia.tenant_id == tenant_id, HelpMedia.brand_id == brand.id, HelpMedia.name == name
        )
    )
    if existing is not None:
        return existing
    media = HelpMedia(
        tenant_id=tenant_id, brand_id=brand.id, name=name, content_type=content_type, data=data
    )
    session.add(media)
    session.flush()
    return media


def list_help_media(session: Session, *, tenant_id: int, brand: Brand) -> list[tuple[str, str]]:
    """(name, content type) of the brand's uploads, newest first."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    rows = session.execute(
        select(HelpMedia.name, HelpMedia.content_type)
        .where(HelpMedia.tenant_id == tenant_id, HelpMedia.brand_id == brand.id)
        .order_by(HelpMedia.id.desc())
    )
    return [(name, content_type) for name, content_type in rows]
