"""Request a Review (Solicitations API): at most once per order, only inside Amazon's window.

Which orders are asked is decided by order status and delivery dates alone. Nothing that reflects
the buyer's experience (returns, feedback, reviews, comments) is read here: asking only happy
buyers is review manipulation (POLICY.md §4), so the selection cannot even see it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from vocloop.errors import UserError
from vocloop.sources.spapi.client import SpapiClient
from vocloop.sources.spapi.connections import get_connection, load_credentials
from vocloop.sources.spapi.context import SyncContext
from vocloop.sources.spapi.errors import SpapiError
from vocloop.sources.spapi.sdk import spapi
from vocloop.store.access import get_store
from vocloop.store.models import Solicitation, Store

OPENS_AFTER = dt.timedelta(days=5)  # after the earliest delivery date
CLOSES_AFTER = dt.timedelta(days=30)  # after the latest delivery date
LOOKBACK = dt.timedelta(days=75)  # orders older than this are past any window
ACTION = "productReviewAndSellerFeedback"


@dataclass
class ReviewRequest:
    """One order considered: whether it is (or would be) asked, and why, in words."""

    amazon_order_id: str
    action: str  # send, sent, skip, refused, not_offered
    reason: str
    earliest_delivery: dt.datetime | None = None
    latest_delivery: dt.datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "amazon_order_id": self.amazon_order_id,
            "action": self.action,
            "reason": self.reason,
            "earliest_delivery": _iso(self.earliest_delivery),
            "latest_delivery": _iso(self.latest_delivery),
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _parse(value: Any) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def window_reason(
    earliest: dt.datetime | None, latest: dt.datetime | None, now: dt.datetime
) -> tuple[bool, str]:
    """(inside Amazon's window, the reason in words) for one order's delivery dates."""
    if earliest is None or latest is None:
        return False, "Amazon gives no delivery dates for this order yet"
    opens, closes = earliest + OPENS_AFTER, latest + CLOSES_AFTER
    if now < opens:
        return False, f"the window opens on {opens.date().isoformat()}"
    if now > closes:
        return False, f"the window closed on {closes.date().isoformat()}"
    return True, f"delivered; window open {opens.date().isoformat()} to {closes.date().isoformat()}"


def _shipped_orders(client: SpapiClient, store: Store, now: dt.datetime) -> list[Any]:
    api = client.api(spapi.OrdersV0Api)
    orders: list[Any] = []
    token: str | None = None
    while True:
        kwargs: dict[str, Any] = {"next_token": token} if token else {}
        response = client.call(
            "getOrders",
            api.get_orders_with_http_info,
            [store.marketplace_id],
            created_after=(now - LOOKBACK).strftime("%Y-%m-%dT%H:%M:%SZ"),
            order_statuses=["Shipped"],
            **kwargs,
        )
        payload = response.payload
        orders.extend(payload.orders or [])
        token = payload.next_token
        if not token:
            return orders


def request_reviews(
    sessions: sessionmaker[Session],
    context: SyncContext,
    *,
    tenant_id: int,
    store: str,
    send: bool,
) -> list[ReviewRequest]:
    """List (send=False) or send the review requests the store's shipped orders allow now.

    Sending needs the store's Request a Review option on; the dry run works either way. An order
    is written to the log before Amazon is asked, so no retry or crash can ask it twice.
    """
    with sessions.begin() as session:
        store_row = get_store(session, tenant_id=tenant_id, slug=store)
        connection = get_connection(session, store=store_row)
        if send and not connection.request_reviews:
            raise UserError(
                f"Request a Review is off for store '{store}'; `vocloop reviews enable --store "
                f"{store}` turns it on."
            )
        credentials = load_credentials(
            session, store=store_row, connection=connection, cipher=context.cipher
        )
        region = connection.region
        done = dict(
            session.execute(
                select(Solicitation.amazon_order_id, Solicitation.created_at).where(
                    Solicitation.store_id == store_row.id
                )
            )
            .tuples()
            .all()
        )
        session.expunge(store_row)
    client = SpapiClient(
        credentials,
        region=region,
        endpoints=context.endpoints,
        limits=context.limits,
        policy=context.policy,
    )
    now = context.clock()
    plans = []
    for order in _shipped_orders(client, store_row, now):
        order_id = str(order.amazon_order_id)
        earliest = _parse(order.earliest_delivery_date)
        latest = _parse(order.latest_delivery_date)
        if order_id in done:
            when = done[order_id].date().isoformat()
            plans.append(
                ReviewRequest(order_id, "skip", f"already asked on {when}", earliest, latest)
            )
            continue
        inside, reason = window_reason(earliest, latest, now)
        plans.append(
            ReviewRequest(order_id, "send" if inside else "skip", reason, earliest, latest)
        )
    if send:
        for plan in plans:
            if plan.action == "send":
                _send(sessions, client, store_row, plan)
    return plans


def _send(
    sessions: sessionmaker[Session], client: SpapiClient, store: Store, plan: ReviewRequest
) -> None:
    api = client.api(spapi.SolicitationsApi)
    marketplaces = [store.marketplace_id]
    actions = client.call(
        "getSolicitationActionsForOrder",
        api.get_solicitation_actions_for_order_with_http_info,
        plan.amazon_order_id,
        marketplaces,
    )
    offered = [link.name for link in (actions.links.actions if actions.links else []) or []]
    if ACTION not in offered:
        # Amazon's list is sometimes empty for a while: "not now", asked again next run.
        plan.action, plan.reason = "not_offered", "Amazon offers no review request for it now"
        return
    try:
        with sessions.begin() as session:
            session.add(
                Solicitation(
                    tenant_id=store.tenant_id,
                    store_id=store.id,
                    amazon_order_id=plan.amazon_order_id,
                    status="sending",
                    reason=plan.reason[:500],
                    earliest_delivery=plan.earliest_delivery,
                    latest_delivery=plan.latest_delivery,
                )
            )
    except IntegrityError:
        plan.action, plan.reason = "skip", "already asked (by another run)"
        return
    try:
        client.call(
            "createProductReviewAndSellerFeedbackSolicitation",
            api.create_product_review_and_seller_feedback_solicitation_with_http_info,
            plan.amazon_order_id,
            marketplaces,
        )
    except SpapiError as error:
        # Unknown outcome stays logged, never re-sent: Amazon allows one request per order.
        status = "uncertain" if error.retryable else "refused"
        plan.action, plan.reason = status, error.message
    else:
        status, plan.action = "sent", "sent"
    with sessions.begin() as session:
        row = session.scalar(
            select(Solicitation).where(
                Solicitation.store_id == store.id,
                Solicitation.amazon_order_id == plan.amazon_order_id,
            )
        )
        assert row is not None
        row.status, row.reason = status, plan.reason[:500]


def solicitation_log(session: Session, *, tenant_id: int, store: str) -> list[dict[str, Any]]:
    """What was sent (or refused) for the store, newest first."""
    store_row = get_store(session, tenant_id=tenant_id, slug=store)
    rows = session.scalars(
        select(Solicitation)
        .where(Solicitation.store_id == store_row.id)
        .order_by(Solicitation.created_at.desc(), Solicitation.id.desc())
    )
    return [
        {
            "amazon_order_id": row.amazon_order_id,
            "status": row.status,
            "reason": row.reason,
            "at": _iso(row.created_at),
        }
        for row in rows
    ]


def set_request_reviews(session: Session, *, tenant_id: int, store: str, enabled: bool) -> None:
    store_row = get_store(session, tenant_id=tenant_id, slug=store)
    get_connection(session, store=store_row).request_reviews = enabled
