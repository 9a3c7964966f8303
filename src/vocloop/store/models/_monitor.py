"""Monitoring: daily facts per ASIN (the base of every rate) and the alerts raised on them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class AsinDay(TenantOwned, Base):
    """One ASIN in one store on one (UTC) day, rebuilt from the imported rows by `analyze`.

    units: ordered units that count for organic rates (not cancelled, not Vine).
    returns: units returned that day (return date). cohort_returns: units returned so far of the
    units *ordered* that day, which is what an order-cohort return rate needs.
    """

    __tablename__ = "asin_days"
    __table_args__ = (
        UniqueConstraint("store_id", "asin", "day"),
        Index("ix_asin_days_tenant_id_day", "tenant_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date]
    units: Mapped[int] = mapped_column(default=0)
    returns: Mapped[int] = mapped_column(default=0)
    cohort_returns: Mapped[int] = mapped_column(default=0)
    reviews: Mapped[int] = mapped_column(default=0)
    negative_reviews: Mapped[int] = mapped_column(default=0)  # 1-2 stars
    rating_sum: Mapped[int] = mapped_column(default=0)


class Alert(TenantOwned, Base):
    """A condition vocloop noticed, with its numbers and quotes, until a person resolves it.

    At most one alert per (kind, store, ASIN, subject) is live (not resolved): later evaluations
    update its numbers instead of raising it again. `facts` holds the numbers the summary is
    rendered from, so the summary exists in every language the product speaks.
    """

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_tenant_id_status", "tenant_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(60), default="")  # a root cause or topic id
    severity: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(15), default="open")
    detected_on: Mapped[dt.date]  # the data day the condition was first met
    since: Mapped[dt.date | None]  # estimated start of the change
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    snoozed_until: Mapped[dt.datetime | None]
    resolved_at: Mapped[dt.datetime | None]
    status_by: Mapped[str | None] = mapped_column(String(100))
    facts: Mapped[dict[str, Any]]
    quotes: Mapped[dict[str, Any]]  # {"items": [{text, lang, source, id, date}]}
    note: Mapped[str | None] = mapped_column(Text)


class FeeThreshold(TenantOwned, Base):
    """A returns-processing-fee threshold the seller read on their FBA Returns dashboard.

    It overrides the built-in table (monitor/fee_rules.py) for that category in that tenant.
    """

    __tablename__ = "fee_thresholds"
    __table_args__ = (UniqueConstraint("tenant_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(200))
    rate: Mapped[float]
    note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
