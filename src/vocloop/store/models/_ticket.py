"""Support tickets: a buyer's case, its messages (mail in and out, agents' notes), attachments,
and the canned replies agents start from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class Ticket(TenantOwned, Base):
    """One buyer's case with a brand, from the contact form or from e-mail.

    reference is what the buyer sees ("T-7K3QF9XM") and what reply subjects carry; it is unique
    everywhere because the public "sent" page shows it without a tenant.
    """

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_tenant_id_status_updated_at", "tenant_id", "status", "updated_at"),
        Index("ix_tickets_tenant_id_order_id", "tenant_id", "order_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    # The store whose ASIN this is, when one is known: classification rows hang off a store.
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="SET NULL"))
    asin: Mapped[str | None] = mapped_column(String(20))
    order_id: Mapped[str | None] = mapped_column(String(19))
    channel: Mapped[str] = mapped_column(String(10))  # form, email
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)  # the buyer's first words: what is classified
    customer_name: Mapped[str] = mapped_column(String(200))
    customer_email: Mapped[str] = mapped_column(String(254))
    lang: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default="new")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    root_cause: Mapped[str | None] = mapped_column(String(40))  # the classifier's reading
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    first_reply_due: Mapped[dt.datetime]
    first_replied_at: Mapped[dt.datetime | None]
    waiting_since: Mapped[dt.datetime | None]  # the customer's last unanswered message
    solved_at: Mapped[dt.datetime | None]


class TicketMessage(TenantOwned, Base):
    """One message of a ticket: the customer's (in), the agent's reply (out) or a note (note).

    message_id is the RFC 5322 Message-ID, which threads replies back onto the ticket.
    """

    __tablename__ = "ticket_messages"
    __table_args__ = (Index("ix_ticket_messages_tenant_id_message_id", "tenant_id", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(5))  # in, out, note
    author: Mapped[str] = mapped_column(String(254))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(300))
    in_reply_to: Mapped[str | None] = mapped_column(String(300))
    from_address: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TicketAttachment(TenantOwned, Base):
    """A photo or video a buyer sent; the bytes live outside static/, named by their digest."""

    __tablename__ = "ticket_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket_messages.id", ondelete="CASCADE")
    )
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CannedReply(TenantOwned, Base):
    """A reply agents start from, per name and language (the ticket's language is picked)."""

    __tablename__ = "canned_replies"
    __table_args__ = (UniqueConstraint("tenant_id", "name", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    lang: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
