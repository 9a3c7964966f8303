"""Mail that reaches a brand's support mailbox: thread it onto its ticket or open a new one.

Threading, in order: a Message-ID we sent or stored in In-Reply-To/References; the ticket
reference in the subject; for Amazon's buyer-seller relay addresses (…@marketplace.amazon.com,
.de, .co.jp …), whose sender changes per message, the order id in subject or body; otherwise the
mail opens a new ticket.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import parseaddr
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.store.models import Brand, Ticket, TicketMessage
from vocloop.support.tickets.attachments import (
    MAX_FILES,
    AttachmentRefused,
    IncomingFile,
    check_files,
    store_files,
)
from vocloop.support.tickets.records import (
    ORDER_ID,
    REFERENCE,
    add_customer_message,
    find_open_ticket_for_order,
    find_ticket_by_message_ids,
    find_ticket_by_reference,
    open_ticket,
    ticket_messages,
)

AMAZON_RELAY = re.compile(r"@marketplace\.amazon\.[a-z]{2,3}(\.[a-z]{2})?$", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# Where a quoted earlier message starts in a reply (the usual mail programs' markers).
_QUOTE_START = re.compile(
    r"^(On .{0,200} wrote:|Am .{0,200} schrieb .{0,100}:|Le .{0,200} a écrit ?:|"
    r"-{2,} ?Original Message ?-{2,}|-{2,} ?Ursprüngliche Nachricht ?-{2,}|From: .+)$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Received:
    """What happened to one mail: which ticket it went to, and whether that ticket is new."""

    reference: str
    created: bool
    duplicate: bool = False


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def new_words(text: str) -> str:
    """The reply without the quoted conversation below it."""
    found = _QUOTE_START.search(text)
    kept = text[: found.start()] if found else text
    lines = [line for line in kept.splitlines() if not line.startswith(">")]
    return "\n".join(lines).strip() or text.strip()


def mail_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    text = str(content).replace("\r\n", "\n")
    return _html_text(text) if part.get_content_type() == "text/html" else text


def _ids(value: str | None) -> list[str]:
    return _MESSAGE_ID.findall(value or "")


def _files(message: EmailMessage) -> list[IncomingFile]:
    files = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            files.append(IncomingFile(part.get_filename() or "attachment", payload))
    return files


def _acceptable(files: list[IncomingFile]) -> list[tuple[IncomingFile, str]]:
    """The photos and videos of a mail that pass the checks; the rest (signatures, PDFs) stay
    in the mailbox only: a mail is never refused for its attachments."""
    kept: list[tuple[IncomingFile, str]] = []
    for one in files:
        try:
            kept += check_files([one])
        except AttachmentRefused:
            continue
    return kept[:MAX_FILES]


def receive_mail(
    session: Session, *, brand: Brand, raw: bytes, data_dir: Path, now: dt.datetime
) -> Received:
    """Store one mail of the brand's support mailbox on its ticket (or a new one)."""
    message = message_from_bytes(raw, policy=default_policy)
    assert isinstance(message, EmailMessage)  # the default policy makes EmailMessage objects
    name, sender = parseaddr(str(message.get("From", "")))
    if "@" not in sender:
        raise UserError("The mail has no sender address.")
    message_id = next(iter(_ids(str(message.get("Message-ID", "")))), None)
    if message_id:
        duplicate = session.scalar(
            select(TicketMessage.ticket_id).where(
                TicketMessage.tenant_id == brand.tenant_id, TicketMessage.message_id == message_id
            )
        )
        if duplicate is not None:
            ticket = session.get(Ticket, duplicate)
            return Received(ticket.reference if ticket else "", False, duplicate=True)
    subject = str(message.get("Subject", "")).strip()
    body = new_words(mail_text(message))
    in_reply_to = next(iter(_ids(str(message.get("In-Reply-To", "")))), None)
    parents = _ids(str(message.get("References", ""))) + _ids(str(message.get("In-Reply-To", "")))
    ticket = find_ticket_by_message_ids(session, tenant_id=brand.tenant_id, message_ids=parents)
    if ticket is None:
        reference = REFERENCE.search(subject)
        if reference:
            ticket = find_ticket_by_reference(session, brand=brand, reference=reference.group(0))
    order = ORDER_ID.search(f"{subject}\n{body}")
    order_id = order.group(1) if order else None
    if ticket is None and order_id and AMAZON_RELAY.search(sender):
        ticket = find_open_ticket_for_order(session, brand=brand, order_id=order_id)
    checked = _acceptable(_files(message))
    if ticket is not None:
        stored = add_customer_message(
            session,
            ticket,
            body=body,
            now=now,
            author=name or sender,
            from_address=sender,
            message_id=message_id,
            in_reply_to=in_reply_to,
        )
        created = False
    else:
        ticket = open_ticket(
            session,
            brand=brand,
            channel="email",
            name=name or sender.partition("@")[0],
            email=sender,
            lang=brand.default_lang,
            subject=subject or body[:80],
            body=body,
            now=now,
            order_id=order_id,
            message_id=message_id,
            in_reply_to=in_reply_to,
        )
        stored = ticket_messages(session, ticket)[0]
        created = True
    if checked:
        store_files(session, data_dir, ticket, checked, message_id=stored.id)
    return Received(ticket.reference, created)
