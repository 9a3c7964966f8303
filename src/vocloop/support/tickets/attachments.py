"""Photos and videos buyers send: limits, type sniffed from the bytes, stored outside static/.

The file name and the declared content type are never trusted: the type comes from the first
bytes, and the file is stored under its SHA-256 in the data folder, which the web server never
serves directly (agents fetch it through a tenant-checked route).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import filetype  # type: ignore[import-untyped]  # no type information shipped
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import Ticket, TicketAttachment

IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"})
VIDEO_TYPES = frozenset({"video/mp4", "video/quicktime", "video/webm"})
MAX_FILES = 5
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_VIDEO_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 60 * 1024 * 1024
FOLDER = "ticket-files"
_UNSAFE = re.compile(r"[^\w.\- ]+")


class AttachmentRefused(UserError):
    """A file that is not a photo or video we take, or too big; `reason` keys the buyer's words."""

    def __init__(self, message: str, *, reason: str, filename: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.filename = filename


@dataclass(frozen=True)
class IncomingFile:
    filename: str
    data: bytes


def _clean_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip() or "file"
    return _UNSAFE.sub("_", base)[:200]


def sniff_type(data: bytes) -> str | None:
    """The content type the bytes say they are, when it is one we take."""
    kind = filetype.guess(data[:8192])
    mime = getattr(kind, "mime", None)
    return mime if mime in IMAGE_TYPES or mime in VIDEO_TYPES else None


def check_files(files: list[IncomingFile]) -> list[tuple[IncomingFile, str]]:
    """Each file with its sniffed type; refuses the whole set on the first bad file."""
    files = [one for one in files if one.data or one.filename]
    if len(files) > MAX_FILES:
        raise AttachmentRefused(
            f"At most {MAX_FILES} files can be attached.", reason="too_many", filename=""
        )
    if sum(len(one.data) for one in files) > MAX_TOTAL_BYTES:
        raise AttachmentRefused(
            f"Attachments may add up to {MAX_TOTAL_BYTES // 2**20} MB.",
            reason="too_big",
            filename="",
        )
    checked = []
    for one in files:
        name = _clean_name(one.filename)
        mime = sniff_type(one.data) if one.data else None
        if mime is None:
            raise AttachmentRefused(
                f"{name} is not a photo or video (JPEG, PNG, GIF, WebP, HEIC, MP4, MOV, WebM).",
                reason="bad_type",
                filename=name,
            )
        limit = MAX_IMAGE_BYTES if mime in IMAGE_TYPES else MAX_VIDEO_BYTES
        if len(one.data) > limit:
            raise AttachmentRefused(
                f"{name} is larger than {limit // 2**20} MB.", reason="too_big", filename=name
            )
        checked.append((IncomingFile(name, one.data), mime))
    return checked


def attachment_path(data_dir: Path, attachment: TicketAttachment) -> Path:
    return data_dir / FOLDER / str(attachment.tenant_id) / attachment.sha256


def store_files(
    session: Session,
    data_dir: Path,
    ticket: Ticket,
    checked: list[tuple[IncomingFile, str]],
    *,
    message_id: int | None,
) -> list[TicketAttachment]:
    """Write the bytes (once per content) and record them on the ticket."""
    folder = data_dir / FOLDER / str(ticket.tenant_id)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for one, mime in checked:
        digest = hashlib.sha256(one.data).hexdigest()
        target = folder / digest
        if not target.exists():
            partial = folder / f".{digest}.part"
            partial.write_bytes(one.data)
            partial.replace(target)
        row = TicketAttachment(
            tenant_id=ticket.tenant_id,
            ticket_id=ticket.id,
            message_id=message_id,
            filename=one.filename,
            content_type=mime,
            size=len(one.data),
            sha256=digest,
        )
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


def get_attachment(session: Session, *, tenant_id: int, attachment_id: int) -> TicketAttachment:
    row = session.get(TicketAttachment, attachment_id)
    if row is None or row.tenant_id != tenant_id:
        raise NotFound(f"There is no attachment {attachment_id}.")
    return row


def prune_unreferenced_files(session: Session, data_dir: Path, *, tenant_id: int) -> int:
    """Delete the tenant's stored files no attachment row names any more (after retention
    removed the rows, and committed); returns how many went."""
    folder = data_dir / FOLDER / str(tenant_id)
    if not folder.is_dir():
        return 0
    named = set(
        session.scalars(
            select(TicketAttachment.sha256).where(TicketAttachment.tenant_id == tenant_id)
        )
    )
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.name not in named:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
