"""Agents' replies by e-mail, threaded: Message-ID, In-Reply-To and References, reference in
the subject, so the buyer's answer finds its ticket again."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.notify import SecretBox, SendError
from vocloop.policy import Finding as PolicyFinding
from vocloop.policy import check_text, has_errors
from vocloop.store.models import Brand, Ticket, TicketMessage
from vocloop.support.brands import get_brand_by_id
from vocloop.support.mailbox import Mailbox, brand_mailbox, send_brand_mail
from vocloop.support.tickets.inbound import AMAZON_RELAY
from vocloop.support.tickets.records import get_ticket, ticket_messages

Sender = Callable[[Mailbox, EmailMessage], None]


def reply_subject(ticket: Ticket) -> str:
    subject = ticket.subject or "Your request"
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return f"{subject} [{ticket.reference}]"


def build_reply(
    ticket: Ticket,
    brand: Brand,
    mailbox: Mailbox,
    *,
    body: str,
    thread: list[TicketMessage],
    now: dt.datetime,
) -> EmailMessage:
    """The reply as a mail that threads onto the conversation in the buyer's mail program."""
    message = EmailMessage()
    message["From"] = formataddr((brand.name, mailbox.sender))
    message["To"] = formataddr((ticket.customer_name, ticket.customer_email))
    message["Subject"] = reply_subject(ticket)
    message["Date"] = format_datetime(now)
    # Short enough never to be folded: mail programs match it character for character.
    domain = mailbox.sender.rpartition("@")[2] or "vocloop.invalid"
    message["Message-ID"] = f"<{ticket.reference}.{secrets.token_hex(8)}@{domain}>"
    known = [m.message_id for m in thread if m.message_id and m.direction in ("in", "out")]
    last_in = next(
        (m.message_id for m in reversed(thread) if m.direction == "in" and m.message_id), None
    )
    parent = last_in or (known[-1] if known else None)
    if parent:
        message["In-Reply-To"] = parent
        message["References"] = " ".join(dict.fromkeys(known))
    message["Auto-Submitted"] = "no"
    message.set_content(body)
    return message


class ReplyBlocked(UserError):
    """The reply breaks an Amazon rule (POLICY.md §7) and is not sent; the first finding named."""

    def __init__(self, message: str, findings: list[PolicyFinding]) -> None:
        super().__init__(message)
        self.findings = findings


def check_reply(ticket: Ticket, body: str) -> None:
    """Refuse a reply that asks for a (positive) review, offers an incentive, diverts buyers off
    Amazon... as Amazon's rules forbid; mail to Amazon's relay is checked as a buyer message."""
    channel = "amazon_message" if AMAZON_RELAY.search(ticket.customer_email) else "email"
    findings = check_text(body, lang="auto", channel=channel)
    if has_errors(findings):
        first = next(f for f in findings if f.severity.value == "error")
        raise ReplyBlocked(
            f"The reply was not sent: {first.rule} “{first.span}”: {first.message}", findings
        )


def reply_to_ticket(
    session: Session,
    box: SecretBox,
    *,
    tenant_id: int,
    reference: str,
    author: str,
    body: str,
    now: dt.datetime,
) -> Ticket:
    """Answer the tenant's ticket through its brand's mailbox (what the inbox and CLI do)."""
    ticket = get_ticket(session, tenant_id=tenant_id, reference=reference)
    brand = get_brand_by_id(session, tenant_id=tenant_id, brand_id=ticket.brand_id)
    mailbox = brand_mailbox(box, brand)
    send_reply(session, ticket, brand=brand, mailbox=mailbox, author=author, body=body, now=now)
    return ticket


def send_reply(
    session: Session,
    ticket: Ticket,
    *,
    brand: Brand,
    mailbox: Mailbox | None,
    author: str,
    body: str,
    now: dt.datetime,
    send: Sender = send_brand_mail,
) -> TicketMessage:
    """Mail the reply to the buyer and record it; nothing is recorded when sending fails."""
    if not body.strip():
        raise UserError("The reply is empty.")
    if not ticket.customer_email:
        raise UserError(
            "The buyer's contact details were removed after the retention period; this ticket "
            "can no longer be answered by e-mail."
        )
    if mailbox is None:
        raise UserError(
            f"Brand {brand.slug} has no support mailbox; set one with `vocloop brands mailbox`."
        )
    if brand.id != ticket.brand_id:
        raise UserError("The ticket belongs to another brand.")
    check_reply(ticket, body)
    thread = ticket_messages(session, ticket)
    message = build_reply(ticket, brand, mailbox, body=body.strip(), thread=thread, now=now)
    try:
        send(mailbox, message)
    except SendError as error:
        raise UserError(f"The reply was not sent: {error}") from None
    row = TicketMessage(
        tenant_id=ticket.tenant_id,
        ticket_id=ticket.id,
        direction="out",
        author=author,
        body=body.strip(),
        message_id=str(message["Message-ID"]),
        in_reply_to=str(message["In-Reply-To"]) if message["In-Reply-To"] else None,
        from_address=mailbox.sender,
        created_at=now,
    )
    session.add(row)
    if ticket.first_replied_at is None:
        ticket.first_replied_at = now
    ticket.waiting_since = None
    if ticket.status in ("new", "open"):
        ticket.status = "pending"
    ticket.updated_at = now
    session.flush()
    return row
