"""What agents do to a ticket beside answering it: assign, prioritise, change status, merge;
and how its first-reply promise (SLA) stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.accounts import can
from vocloop.errors import UserError
from vocloop.store.models import Membership, Ticket, TicketAttachment, TicketMessage, User
from vocloop.support.tickets.records import FIRST_REPLY_HOURS, PRIORITIES, STATUSES


def agents(session: Session, *, tenant_id: int) -> list[User]:
    """Members who may answer tickets (candidates for assignment)."""
    rows = session.execute(
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.tenant_id == tenant_id, User.is_active.is_(True))
        .order_by(User.email)
    ).all()
    return [user for user, role in rows if can(role, "answer_tickets")]


def update_ticket(
    session: Session,
    ticket: Ticket,
    *,
    now: dt.datetime,
    status: str | None = None,
    priority: str | None = None,
    assignee_id: int | None = None,
    unassign: bool = False,
) -> None:
    """Change status, priority or assignee; the assignee must be able to answer tickets."""
    if status is not None:
        if status not in STATUSES:
            raise UserError(f"'{status}' is not a ticket status: use {', '.join(STATUSES)}.")
        ticket.status = status
        ticket.solved_at = now if status in ("solved", "closed") else None
    if priority is not None:
        if priority not in PRIORITIES:
            raise UserError(f"'{priority}' is not a priority: use {', '.join(PRIORITIES)}.")
        if priority != ticket.priority and ticket.first_replied_at is None:
            hours = FIRST_REPLY_HOURS[priority]
            ticket.first_reply_due = ticket.created_at + dt.timedelta(hours=hours)
        ticket.priority = priority
    if unassign:
        ticket.assignee_id = None
    elif assignee_id is not None:
        if assignee_id not in {user.id for user in agents(session, tenant_id=ticket.tenant_id)}:
            raise UserError("That person cannot answer tickets in this tenant.")
        ticket.assignee_id = assignee_id
    ticket.updated_at = now
    session.flush()


def merge_tickets(session: Session, *, source: Ticket, target: Ticket, now: dt.datetime) -> None:
    """Move every message and attachment of source onto target; source is closed and points
    there, so later replies to it thread onto target."""
    if source.tenant_id != target.tenant_id or source.brand_id != target.brand_id:
        raise UserError("Only tickets of the same brand can be merged.")
    if source.id == target.id:
        raise UserError("A ticket cannot be merged into itself.")
    if target.merged_into_id is not None:
        raise UserError(f"{target.reference} was itself merged; merge into the ticket it joined.")
    for message in session.scalars(
        select(TicketMessage).where(
            TicketMessage.tenant_id == source.tenant_id, TicketMessage.ticket_id == source.id
        )
    ):
        message.ticket_id = target.id
    for attachment in session.scalars(
        select(TicketAttachment).where(
            TicketAttachment.tenant_id == source.tenant_id, TicketAttachment.ticket_id == source.id
        )
    ):
        attachment.ticket_id = target.id
    source.merged_into_id = target.id
    source.status = "closed"
    source.updated_at = target.updated_at = now
    if target.asin is None and source.asin is not None:
        target.asin, target.store_id = source.asin, source.store_id
    target.order_id = target.order_id or source.order_id
    if target.status in ("solved", "closed") and source.status != "closed":
        target.status = "open"
    session.flush()


@dataclass(frozen=True)
class SlaState:
    """How the first-reply promise stands: due time, whether it is kept, breached or running."""

    due: dt.datetime
    state: str  # met, breached, running, late
    minutes_left: int


def sla_state(ticket: Ticket, now: dt.datetime) -> SlaState:
    due = ticket.first_reply_due
    if ticket.first_replied_at is not None:
        state = "met" if ticket.first_replied_at <= due else "breached"
        return SlaState(due, state, 0)
    left = int((due - now).total_seconds() // 60)
    return SlaState(due, "running" if left >= 0 else "late", left)
