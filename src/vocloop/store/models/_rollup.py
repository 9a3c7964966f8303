"""Pre-aggregated figures rebuilt from the fact tables, so dashboards read thousands of rows.

asin_daily: one row per store, ASIN and UTC day (returns and orders merged); store_daily: the same
per store and day; asin_periods: per store and ASIN, the totals of the standard periods (7, 30, 90,
365 days up to the day they were built for) and of the period before each; asin_causes: counts of
the newest model's root causes per store and ASIN.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow
from vocloop.store.models._classification import TextClassification


class AsinDaily(TenantOwned, Base):
    """Returned and ordered units of one ASIN in one store on one (UTC) day."""

    __tablename__ = "asin_daily"
    __table_args__ = (Index("ix_asin_daily_tenant_id_asin_day", "tenant_id", "asin", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date]
    returned_units: Mapped[int] = mapped_column(Integer, default=0)
    returns: Mapped[int] = mapped_column(Integer, default=0)
    ordered_units: Mapped[int] = mapped_column(Integer, default=0)


class StoreDaily(TenantOwned, Base):
    """Returned and ordered units of one store on one (UTC) day."""

    __tablename__ = "store_daily"
    __table_args__ = (Index("ix_store_daily_tenant_id_day", "tenant_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    returned_units: Mapped[int] = mapped_column(Integer, default=0)
    returns: Mapped[int] = mapped_column(Integer, default=0)
    ordered_units: Mapped[int] = mapped_column(Integer, default=0)


class AsinPeriod(TenantOwned, Base):
    """One ASIN in one store over the last `days` days (and the `days` before them)."""

    __tablename__ = "asin_periods"
    __table_args__ = (Index("ix_asin_periods_tenant_id_days", "tenant_id", "days"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    days: Mapped[int]
    returns: Mapped[int] = mapped_column(Integer, default=0)
    returned_units: Mapped[int] = mapped_column(Integer, default=0)
    ordered_units: Mapped[int] = mapped_column(Integer, default=0)
    previous_returned_units: Mapped[int] = mapped_column(Integer, default=0)
    previous_ordered_units: Mapped[int] = mapped_column(Integer, default=0)


class AsinCause(TenantOwned, Base):
    """How many texts of one ASIN in one store the newest model put under each root cause."""

    __tablename__ = "asin_causes"
    __table_args__ = (Index("ix_asin_causes_tenant_id_asin", "tenant_id", "asin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    root_cause: Mapped[str] = mapped_column(String(40))
    texts: Mapped[int] = mapped_column(Integer)
    mismatches: Mapped[int] = mapped_column(Integer, default=0)


class RollupState(TenantOwned, Base):
    """Up to which import batch and classification, and for which day, the rollups are built."""

    __tablename__ = "rollup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_batch_id: Mapped[int] = mapped_column(Integer, default=0)
    last_classification_id: Mapped[int] = mapped_column(Integer, default=0)
    built_for: Mapped[dt.date | None]
    built_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# The ASIN page's quotes: the most confident texts of each cause, read straight off this index.
Index(
    "ix_text_classifications_quotes",
    TextClassification.tenant_id,
    TextClassification.asin,
    TextClassification.root_cause,
    TextClassification.source_kind,
    TextClassification.confidence,
)


class AsinQuote(TenantOwned, Base):
    """The most confident distinct texts of each root cause of an ASIN in a store.

    Rebuilt with the other rollups, so the ASIN page reads its quotes in one statement instead of
    one index walk per cause and source.
    """

    __tablename__ = "asin_quotes"
    __table_args__ = (Index("ix_asin_quotes_tenant_id_asin", "tenant_id", "asin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    root_cause: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))  # return, review, seller_feedback
    source_id: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(Float)
