"""Tickets and their messages: open, find, list, add messages and notes, change, merge."""

from __future__ import annotations

import datetime as dt
import re
import secrets

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import (
    Brand,
    OrderLine,
    Product,
    Ticket,
    TicketAttachment,
    TicketMessage,
)

STATUSES = ("new", "open", "pending", "solved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("form", "email")
# Hours until the first reply is due, by priority.
FIRST_REPLY_HOURS = {"urgent": 2, "high": 8, "normal": 24, "low": 48}
ORDER_ID = re.compile(r"\b(\d{3}-\d{7}-\d{7})\b")
_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read over the phone
REFERENCE = re.compile(r"\bT-[A-HJ-NP-Z2-9]{8}\b")


def new_reference() -> str:
    return "T-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))


def is_reference(value: str) -> bool:
    return REFERENCE.fullmatch(value) is not None


def _store_of(session: Session, *, tenant_id: int, asin: str | None) -> int | None:
    """The store that sells the ASIN (the first one when several do)."""
    if not asin:
        return None
    found = session.scalar(
        select(Product.store_id)
        .where(Product.tenant_id == tenant_id, Product.asin == asin)
        .order_by(Product.store_id)
        .limit(1)
    )
    return int(found) if found is not None else None


def _order_line(
    session: Session, *, tenant_id: int, order_id: str | None
) -> tuple[str, int] | None:
    """(ASIN, store) of an imported order, for mail that names only its order number."""
    if not order_id:
        return None
    row = session.execute(
        select(OrderLine.asin, OrderLine.store_id)
        .where(
            OrderLine.tenant_id == tenant_id,
            OrderLine.amazon_order_id == order_id,
            OrderLine.asin.is_not(None),
        )
        .order_by(OrderLine.id)
        .limit(1)
    ).first()
    return (str(row[0]), int(row[1])) if row is not None else None


def open_ticket(
    session: Session,
    *,
    brand: Brand,
    channel: str,
    name: str,
    email: str,
    lang: str,
    subject: str,
    body: str,
    now: dt.datetime,
    asin: str | None = None,
    order_id: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    priority: str = "normal",
) -> Ticket:
    """A new ticket of the brand with the buyer's first message."""
    if channel not in CHANNELS:
        raise ValueError(channel)
    store_id = _store_of(session, tenant_id=brand.tenant_id, asin=asin)
    if asin is None and (
        ordered := _order_line(session, tenant_id=brand.tenant_id, order_id=order_id)
    ):
        asin, store_id = ordered  # the order says which product the mail is about
    ticket = Ticket(
        tenant_id=brand.tenant_id,
        reference=new_reference(),
        brand_id=brand.id,
        store_id=store_id,
        asin=asin,
        order_id=order_id,
        channel=channel,
        subject=subject.strip()[:300],
        description=body,
        customer_name=name.strip()[:200],
        customer_email=email.strip()[:254],
        lang=lang,
        status="new",
        priority=priority,
        created_at=now,
        updated_at=now,
        first_reply_due=now + dt.timedelta(hours=FIRST_REPLY_HOURS[priority]),
        waiting_since=now,
    )
    session.add(ticket)
    session.flush()
    session.add(
        TicketMessage(
            tenant_id=brand.tenant_id,
            ticket_id=ticket.id,
            direction="in",
            author=ticket.customer_name or ticket.customer_email,
            body=body,
            message_id=message_id,
            in_reply_to=in_reply_to,
            from_address=ticket.customer_email,
            created_at=now,
        )
    )
    session.flush()
    return ticket


def add_customer_message(
    session: Session,
    ticket: Ticket,
    *,
    body: str,
    now: dt.datetime,
    author: str,
    from_address: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> TicketMessage:
    """The buyer wrote again: the message joins the ticket, which waits for an agent again."""
    message = TicketMessage(
        tenant_id=ticket.tenant_id,
        ticket_id=ticket.id,
        direction="in",
        author=author[:254],
        body=body,
        message_id=message_id,
        in_reply_to=in_reply_to,
        from_address=from_address,
        created_at=now,
    )
    session.add(message)
    if ticket.status in ("pending", "solved", "closed"):
        ticket.status = "open"
        ticket.solved_at = None
    if ticket.waiting_since is None:
        ticket.waiting_since = now
    ticket.updated_at = now
    session.flush()
    return message


def add_note(
    session: Session, ticket: Ticket, *, author: str, body: str, now: dt.datetime
) -> TicketMessage:
    """An internal note: agents see it, the buyer never does."""
    if not body.strip():
        raise UserError("The note is empty.")
    note = TicketMessage(
        tenant_id=ticket.tenant_id,
        ticket_id=ticket.id,
        direction="note",
        author=author,
        body=body.strip(),
        created_at=now,
    )
    session.add(note)
    ticket.updated_at = now
    session.flush()
    return note


def get_ticket(session: Session, *, tenant_id: int, reference: str) -> Ticket:
    """A ticket of this tenant by reference; another tenant's is as absent as a missing one."""
    ticket = session.scalar(
        select(Ticket).where(Ticket.tenant_id == tenant_id, Ticket.reference == reference.upper())
    )
    if ticket is None:
        raise NotFound(f"There is no ticket {reference}.")
    return ticket


def find_ticket_by_message_ids(
    session: Session, *, tenant_id: int, message_ids: list[str]
) -> Ticket | None:
    """The ticket one of these Message-IDs belongs to (followed to where it was merged)."""
    if not message_ids:
        return None
    ticket_id = session.scalar(
        select(TicketMessage.ticket_id)
        .where(TicketMessage.tenant_id == tenant_id, TicketMessage.message_id.in_(message_ids))
        .order_by(TicketMessage.id.desc())
        .limit(1)
    )
    return _follow(session, session.get(Ticket, ticket_id)) if ticket_id else None


def _follow(session: Session, ticket: Ticket | None) -> Ticket | None:
    seen: set[int] = set()
    while ticket is not None and ticket.merged_into_id and ticket.id not in seen:
        seen.add(ticket.id)
        ticket = session.get(Ticket, ticket.merged_into_id)
    return ticket


def find_open_ticket_for_order(session: Session, *, brand: Brand, order_id: str) -> Ticket | None:
    """The newest ticket of the brand about this order that is not closed or merged away."""
    return session.scalar(
        select(Ticket)
        .where(
            Ticket.tenant_id == brand.tenant_id,
            Ticket.brand_id == brand.id,
            Ticket.order_id == order_id,
            Ticket.status != "closed",
            Ticket.merged_into_id.is_(None),
        )
        .order_by(Ticket.id.desc())
        .limit(1)
    )


def find_ticket_by_reference(session: Session, *, brand: Brand, reference: str) -> Ticket | None:
    ticket = session.scalar(
        select(Ticket).where(
            Ticket.tenant_id == brand.tenant_id,
            Ticket.brand_id == brand.id,
            Ticket.reference == reference,
        )
    )
    return _follow(session, ticket)


def list_tickets(
    session: Session,
    *,
    tenant_id: int,
    status: str | None = None,
    assignee_id: int | None = None,
    query: str | None = None,
    limit: int = 200,
) -> list[Ticket]:
    """The tenant's tickets, newest activity first; status 'active' means new, open or pending."""
    statement = select(Ticket).where(Ticket.tenant_id == tenant_id, Ticket.merged_into_id.is_(None))
    if status == "active":
        statement = statement.where(Ticket.status.in_(("new", "open", "pending")))
    elif status:
        statement = statement.where(Ticket.status == status)
    if assignee_id is not None:
        statement = statement.where(Ticket.assignee_id == assignee_id)
    if query and query.strip():
        needle = f"%{query.strip()[:100]}%"
        in_messages = select(TicketMessage.ticket_id).where(
            TicketMessage.tenant_id == tenant_id, TicketMessage.body.ilike(needle)
        )
        statement = statement.where(
            or_(
                Ticket.reference.ilike(needle),
                Ticket.subject.ilike(needle),
                Ticket.customer_email.ilike(needle),
                Ticket.customer_name.ilike(needle),
                Ticket.asin.ilike(needle),
                Ticket.order_id.ilike(needle),
                Ticket.id.in_(in_messages),
            )
        )
    return list(
        session.scalars(statement.order_by(Ticket.updated_at.desc(), Ticket.id.desc()).limit(limit))
    )


def ticket_messages(session: Session, ticket: Ticket) -> list[TicketMessage]:
    return list(
        session.scalars(
            select(TicketMessage)
            .where(
                TicketMessage.tenant_id == ticket.tenant_id, TicketMessage.ticket_id == ticket.id
            )
            .order_by(TicketMessage.created_at, TicketMessage.id)
        )
    )


def ticket_attachments(session: Session, ticket: Ticket) -> list[TicketAttachment]:
    return list(
        session.scalars(
            select(TicketAttachment)
            .where(
                TicketAttachment.tenant_id == ticket.tenant_id,
                TicketAttachment.ticket_id == ticket.id,
            )
            .order_by(TicketAttachment.id)
        )
    )
