"""Tickets as a customer-voice source: each is classified into the root-cause taxonomy (a
text_classifications row of source_kind "ticket", linked to its ASIN and store), so tickets count
in the cause mix, the comments explorer and the detectors; a safety_concern ticket opens (or
joins) the safety alert of its ASIN at once, without waiting for the next monitoring run."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.analysis.backfill import ClassifiesTexts
from vocloop.monitor.alert_store import record_findings
from vocloop.monitor.alerts import SAFETY_CODE, safety_findings
from vocloop.monitor.notices import notify_opened
from vocloop.monitor.texts import DatedText
from vocloop.store.models import TextClassification, Ticket
from vocloop.support.languages import BUYER_LANGS

SOURCE_KIND = "ticket"
log = logging.getLogger("vocloop.tickets")


@dataclass(frozen=True)
class VoiceResult:
    classified: dict[str, str]  # ticket reference -> root cause
    alerts_opened: list[int]


def _unread(session: Session, *, tenant_id: int, version: str, ids: Sequence[int]) -> list[Ticket]:
    done = exists().where(
        and_(
            TextClassification.source_kind == SOURCE_KIND,
            TextClassification.source_id == Ticket.id,
            TextClassification.model_version == version,
        )
    )
    statement = select(Ticket).where(Ticket.tenant_id == tenant_id, Ticket.id.in_(ids))
    return list(session.scalars(statement.where(~done | Ticket.root_cause.is_(None))))


def classify_tickets(
    session: Session, *, tenant_id: int, ticket_ids: Sequence[int], classifier: ClassifiesTexts
) -> list[tuple[Ticket, float]]:
    """Classify the buyer's words of these tickets (those this model has not read yet)."""
    tickets = _unread(session, tenant_id=tenant_id, version=classifier.version, ids=ticket_ids)
    if not tickets:
        return []
    results = classifier.classify(
        [ticket.description for ticket in tickets],
        langs=[ticket.lang if ticket.channel == "form" else None for ticket in tickets],
    )
    read = []
    for ticket, result in zip(tickets, results, strict=True):
        ticket.root_cause = result.root_cause
        if ticket.channel == "email" and result.lang in BUYER_LANGS:
            ticket.lang = result.lang  # mail says nothing of its language: canned replies follow
        read.append((ticket, float(result.confidence)))
        if ticket.store_id is None:
            continue  # no store sells this ASIN (or no ASIN): the cause stays on the ticket
        stored = session.scalar(
            select(TextClassification.id).where(
                TextClassification.source_kind == SOURCE_KIND,
                TextClassification.source_id == ticket.id,
                TextClassification.model_version == classifier.version,
            )
        )
        if stored is None:
            session.add(
                TextClassification(
                    tenant_id=tenant_id,
                    store_id=ticket.store_id,
                    asin=ticket.asin,
                    source_kind=SOURCE_KIND,
                    source_id=ticket.id,
                    model_version=classifier.version,
                    root_cause=result.root_cause,
                    root_cause_secondary=result.root_cause_secondary,
                    confidence=result.confidence,
                    lang=result.lang,
                    text_cause=result.text_cause,
                    reason_cause=result.reason_cause,
                    reason_mismatch=result.reason_mismatch,
                )
            )
    session.flush()
    return read


def safety_alerts(
    session: Session, *, tenant_id: int, read: list[tuple[Ticket, float]], now: dt.datetime
) -> list[int]:
    """Open (or update) the safety alert of each ASIN with a safety_concern ticket; the new
    alerts are queued for the tenant's notification channels. Returns the opened alert ids."""
    texts = [
        # A ticket no store sells is grouped under store 0 here and alerts without a store.
        DatedText(
            SOURCE_KIND,
            ticket.id,
            ticket.store_id or 0,
            ticket.asin,
            ticket.created_at.date(),
            str(ticket.root_cause),
            confidence,
            True,
        )
        for ticket, confidence in read
        if ticket.root_cause == SAFETY_CODE
    ]
    findings = safety_findings(texts)
    if not findings:
        return []
    for finding in findings:
        finding.store_id = finding.store_id or None
    recorded = record_findings(session, tenant_id=tenant_id, findings=findings, now=now)
    notify_opened(session, tenant_id=tenant_id, alert_ids=recorded.opened)
    return recorded.opened


def hear_tickets(
    session: Session,
    *,
    tenant_id: int,
    ticket_ids: Sequence[int],
    classifier: ClassifiesTexts,
    now: dt.datetime,
) -> VoiceResult:
    """Classify new tickets and raise the immediate safety alerts they call for."""
    read = classify_tickets(
        session, tenant_id=tenant_id, ticket_ids=ticket_ids, classifier=classifier
    )
    opened = safety_alerts(session, tenant_id=tenant_id, read=read, now=now)
    return VoiceResult({ticket.reference: str(ticket.root_cause) for ticket, _ in read}, opened)


def hear_tickets_apart(
    sessions: sessionmaker[Session],
    *,
    tenant_id: int,
    ticket_ids: Sequence[int],
    classifier: ClassifiesTexts,
    clock: Callable[[], dt.datetime],
) -> VoiceResult | None:
    """hear_tickets in its own transaction, after the tickets were stored: a failure here is
    logged and leaves the tickets for the next analysis run (the worker classifies them)."""
    try:
        with sessions.begin() as session:
            return hear_tickets(
                session,
                tenant_id=tenant_id,
                ticket_ids=ticket_ids,
                classifier=classifier,
                now=clock(),
            )
    except Exception:  # a classifier or alert failure must never lose or block a ticket
        log.exception("classifying tickets %s failed", list(ticket_ids))
        return None
