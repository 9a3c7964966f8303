"""Store-level signals: the seller-feedback negative rate by month and the account-health report's
order defect rate and complaints, with the alerts they call for."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.monitor.alerts import Finding
from vocloop.store.models import AccountHealthSnapshot, OrderLine, SellerFeedback

ODR_LIMIT = 0.01  # Amazon's published target: an order defect rate under 1%
ODR_WARNING = 0.0075


@dataclass(frozen=True)
class FeedbackMonth:
    store_id: int
    month: str  # 2026-11
    orders: int
    negative: int  # 1-2 stars, as Amazon counts negative feedback
    neutral: int  # 3 stars

    @property
    def negative_rate(self) -> float | None:
        return self.negative / self.orders if self.orders else None


@dataclass(frozen=True)
class AccountHealth:
    store_id: int
    reported_to: dt.datetime | None
    ahr_status: str | None
    ahr_score: int | None
    odr_rate: float | None
    odr_orders: int | None
    negative_feedback: int | None
    claims: int | None
    condition_complaints: int | None
    safety_complaints: int | None
    previous_odr_rate: float | None
    previous_condition_complaints: int | None
    previous_safety_complaints: int | None


def _month(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def feedback_months(session: Session, *, tenant_id: int, months: int = 6) -> list[FeedbackMonth]:
    """Negative and neutral seller feedback over the store's orders, per month, newest first."""
    orders: dict[tuple[int, str], int] = defaultdict(int)
    first_seen = (
        select(OrderLine.store_id, func.min(OrderLine.purchase_date))
        .where(OrderLine.tenant_id == tenant_id)
        .group_by(OrderLine.store_id, OrderLine.amazon_order_id)
    )
    for store_id, purchased in session.execute(first_seen):
        orders[(store_id, _month(purchased.date()))] += 1
    ratings: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    for store_id, day, rating in session.execute(
        select(SellerFeedback.store_id, SellerFeedback.feedback_date, SellerFeedback.rating).where(
            SellerFeedback.tenant_id == tenant_id
        )
    ):
        counts = ratings[(store_id, _month(day))]
        if rating <= 2:
            counts[0] += 1
        elif rating == 3:
            counts[1] += 1
    keys = set(orders) | set(ratings)
    wanted = sorted({month for _, month in keys}, reverse=True)[:months]
    found = [
        FeedbackMonth(
            store_id, month, orders.get((store_id, month), 0), *ratings[(store_id, month)]
        )
        for store_id, month in keys
        if month in wanted
    ]
    found.sort(key=lambda m: (m.month, -m.store_id), reverse=True)
    return found


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]  # Decimal or number


def account_health(session: Session, *, tenant_id: int) -> list[AccountHealth]:
    """Each store's latest account-health report beside the one before it."""
    by_store: dict[int, list[AccountHealthSnapshot]] = defaultdict(list)
    for row in session.scalars(
        select(AccountHealthSnapshot)
        .where(AccountHealthSnapshot.tenant_id == tenant_id)
        .order_by(AccountHealthSnapshot.reporting_date_to.desc())
    ):
        by_store[row.store_id].append(row)
    found = []
    for store_id, rows in sorted(by_store.items()):
        latest = rows[0]
        before = rows[1] if len(rows) > 1 else None
        found.append(
            AccountHealth(
                store_id=store_id,
                reported_to=latest.reporting_date_to,
                ahr_status=latest.ahr_status,
                ahr_score=latest.ahr_score,
                odr_rate=_float(latest.odr_afn_rate),
                odr_orders=latest.odr_afn_order_count,
                negative_feedback=latest.odr_afn_negative_feedback,
                claims=latest.odr_afn_claims,
                condition_complaints=latest.product_condition_complaints,
                safety_complaints=latest.product_safety_complaints,
                previous_odr_rate=_float(before.odr_afn_rate) if before else None,
                previous_condition_complaints=(
                    before.product_condition_complaints if before else None
                ),
                previous_safety_complaints=before.product_safety_complaints if before else None,
            )
        )
    return found


def account_health_findings(session: Session, *, tenant_id: int) -> list[Finding]:
    """An order defect rate at or near Amazon's 1% limit; product-safety complaints that grew."""
    findings = []
    for health in account_health(session, tenant_id=tenant_id):
        day = (health.reported_to or dt.datetime.now(dt.UTC)).date()
        facts = {
            "reported_to": day.isoformat(),
            "odr_rate": health.odr_rate,
            "previous_odr_rate": health.previous_odr_rate,
            "odr_orders": health.odr_orders,
            "negative_feedback": health.negative_feedback,
            "claims": health.claims,
            "limit": ODR_LIMIT,
        }
        if health.odr_rate is not None and health.odr_rate >= ODR_WARNING:
            findings.append(
                Finding(
                    kind="odr",
                    store_id=health.store_id,
                    asin=None,
                    subject="odr",
                    severity="high" if health.odr_rate >= ODR_LIMIT else "medium",
                    detected_on=day,
                    since=day,
                    facts=facts,
                )
            )
        now, before = health.safety_complaints, health.previous_safety_complaints
        if now and now > (before or 0):
            findings.append(
                Finding(
                    kind="account_safety",
                    store_id=health.store_id,
                    asin=None,
                    subject="product_safety_complaints",
                    severity="critical",
                    detected_on=day,
                    since=day,
                    facts={"reported_to": day.isoformat(), "count": now, "before": before},
                )
            )
    return findings
