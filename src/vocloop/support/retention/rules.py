"""What the retention job removes, rule by rule (registry as data).

Amazon buyer data (POLICY.md §5): kept no longer than 30 days after delivery. Reports give no
delivery date, so the clock starts at the purchase (orders) or event date (returns, feedback),
which is never later than delivery: we delete early rather than late. Comment text stays for
the analysis; the contact details buyers typed into it go.

Brand-collected data (warranty registrations): kept as long as the consent the buyer gave says.
Tickets: the contact form says the details are used only to answer the request, so half a year
after a ticket is solved its buyer's name, address and attachments go; the words stay (without
contact details) as customer voice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocloop.store.models import (
    OrderLine,
    RetentionMark,
    Return,
    SellerFeedback,
    Ticket,
    TicketAttachment,
    TicketMessage,
    WarrantyRegistration,
)
from vocloop.support.retention.scrub import PERSONAL_FIELD, scrub_contact_details
from vocloop.support.warranty import delete_registration

AMAZON_RETENTION_DAYS = 30
TICKET_RETENTION_DAYS = 180  # after the answer: time for the buyer's follow-up questions
_BATCH = 5000


@dataclass(frozen=True)
class RetentionAction:
    """One record the rule removes (deleted) or cleans (scrubbed); no personal data in it."""

    rule: str
    action: str
    target: str
    reason: str


Apply = Callable[[Session, int, dt.datetime, bool], list[RetentionAction]]


@dataclass(frozen=True)
class RetentionRule:
    name: str
    source: str  # amazon | brand
    doc: str
    apply: Apply


def _warranty_consent(
    session: Session, tenant_id: int, now: dt.datetime, dry_run: bool
) -> list[RetentionAction]:
    due = session.scalars(
        select(WarrantyRegistration)
        .where(
            WarrantyRegistration.tenant_id == tenant_id, WarrantyRegistration.delete_after <= now
        )
        .order_by(WarrantyRegistration.id)
    ).all()
    actions = []
    for registration in due:
        reason = (
            f"consent of {registration.consented_at.date()} kept data "
            f"{registration.retention_days} days (until {registration.delete_after.date()})"
        )
        actions.append(
            RetentionAction(
                "warranty_consent",
                "deleted",
                f"warranty_registrations:{registration.id}",
                reason,
            )
        )
        if not dry_run:
            delete_registration(
                session, registration=registration, now=now, rule="warranty_consent", reason=reason
            )
    return actions


def _answered_tickets(
    session: Session, tenant_id: int, now: dt.datetime, dry_run: bool
) -> list[RetentionAction]:
    """Solved tickets past their time lose the buyer's contact details and attachments.

    The files themselves go after the commit (prune_unreferenced_files), once no row names them.
    """
    cutoff = now - dt.timedelta(days=TICKET_RETENTION_DAYS)
    due = session.scalars(
        select(Ticket)
        .where(
            Ticket.tenant_id == tenant_id,
            Ticket.status.in_(("solved", "closed")),
            Ticket.solved_at <= cutoff,
            Ticket.customer_email != "",
        )
        .order_by(Ticket.id)
    ).all()
    actions = []
    for ticket in due:
        assert ticket.solved_at is not None
        actions.append(
            RetentionAction(
                "ticket_answered",
                "scrubbed",
                f"tickets:{ticket.id}",
                f"solved {ticket.solved_at.date()}; contact details kept "
                f"{TICKET_RETENTION_DAYS} days after the answer",
            )
        )
        if dry_run:
            continue
        ticket.customer_name = ""
        ticket.customer_email = ""
        ticket.subject = scrub_contact_details(ticket.subject)
        ticket.description = scrub_contact_details(ticket.description)
        for message in session.scalars(
            select(TicketMessage).where(TicketMessage.ticket_id == ticket.id)
        ):
            message.body = scrub_contact_details(message.body)
            if message.direction == "in":
                message.author, message.from_address = "", None
        session.execute(delete(TicketAttachment).where(TicketAttachment.ticket_id == ticket.id))
    return actions


def _mark(session: Session, tenant_id: int, rule: str) -> RetentionMark:
    mark = session.scalar(
        select(RetentionMark).where(
            RetentionMark.tenant_id == tenant_id, RetentionMark.rule == rule
        )
    )
    if mark is None:
        mark = RetentionMark(tenant_id=tenant_id, rule=rule, last_id=0)
        session.add(mark)
    return mark


def _scan_rows(
    session: Session,
    *,
    tenant_id: int,
    now: dt.datetime,
    dry_run: bool,
    rule: str,
    model: Any,
    date_column: Any,
    field: str,
    clean: Callable[[Any], Any],
) -> list[RetentionAction]:
    """Clean `field` of rows past Amazon's retention, reading only rows after the rule's mark.

    The mark moves past a row once it is due (cleaned or clean already); rows not yet due keep
    the mark behind them, so a later run comes back for them.
    """
    cutoff = now - dt.timedelta(days=AMAZON_RETENTION_DAYS)
    mark = _mark(session, tenant_id, rule)
    start = mark.last_id
    actions: list[RetentionAction] = []
    blocked = False
    while True:
        rows = session.execute(
            select(model.id, date_column, getattr(model, field))
            .where(model.tenant_id == tenant_id, model.id > start)
            .order_by(model.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for row_id, when, value in rows:
            start = row_id
            moment = (
                when
                if isinstance(when, dt.datetime)
                else dt.datetime.combine(when, dt.time(), dt.UTC)
            )
            if moment > cutoff:
                blocked = True
                continue
            if not blocked:
                mark.last_id = row_id
            if value is None:
                continue
            cleaned = clean(value)
            if cleaned == value:
                continue
            actions.append(
                RetentionAction(
                    rule,
                    "scrubbed",
                    f"{model.__tablename__}:{row_id}",
                    f"Amazon buyer data older than {AMAZON_RETENTION_DAYS} days (POLICY.md §5)",
                )
            )
            if not dry_run:
                session.query(model).filter(model.id == row_id).update(
                    {field: cleaned}, synchronize_session=False
                )
    return actions


def _without_personal_fields(extra: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in extra.items() if not PERSONAL_FIELD.search(key)}


def _amazon_rule(
    rule: str, model: Any, date_column: Any, field: str, clean: Callable[[Any], Any]
) -> Apply:
    """A rule that cleans one field of an Amazon-sourced table once its rows are 30 days old."""

    def apply(
        session: Session, tenant_id: int, now: dt.datetime, dry_run: bool
    ) -> list[RetentionAction]:
        return _scan_rows(
            session,
            tenant_id=tenant_id,
            now=now,
            dry_run=dry_run,
            rule=rule,
            model=model,
            date_column=date_column,
            field=field,
            clean=clean,
        )

    return apply


RETENTION_RULES: list[RetentionRule] = [
    RetentionRule(
        "warranty_consent",
        "brand",
        "Warranty registrations are deleted when the retention in the buyer's consent ends.",
        _warranty_consent,
    ),
    RetentionRule(
        "ticket_answered",
        "brand",
        f"Tickets solved {TICKET_RETENTION_DAYS} days ago lose the buyer's name, address, contact "
        "details and attachments; their words stay as customer voice.",
        _answered_tickets,
    ),
    RetentionRule(
        "amazon_return_comments",
        "amazon",
        "E-mail addresses and phone numbers in return comments, 30 days after the return.",
        _amazon_rule(
            "amazon_return_comments",
            Return,
            Return.return_date,
            "customer_comments",
            scrub_contact_details,
        ),
    ),
    RetentionRule(
        "amazon_feedback_comments",
        "amazon",
        "E-mail addresses and phone numbers in seller feedback, 30 days after the feedback.",
        _amazon_rule(
            "amazon_feedback_comments",
            SellerFeedback,
            SellerFeedback.feedback_date,
            "comments",
            scrub_contact_details,
        ),
    ),
    RetentionRule(
        "amazon_order_fields",
        "amazon",
        "Name, address, phone and e-mail columns kept with order lines, 30 days after purchase.",
        _amazon_rule(
            "amazon_order_fields",
            OrderLine,
            OrderLine.purchase_date,
            "extra",
            _without_personal_fields,
        ),
    ),
]


def add_retention_rule(rule: RetentionRule) -> None:
    """Register another area's rule (e.g. tickets' buyer e-mails); names must be new."""
    if any(known.name == rule.name for known in RETENTION_RULES):
        raise ValueError(f"retention rule {rule.name} is registered twice")
    RETENTION_RULES.append(rule)
