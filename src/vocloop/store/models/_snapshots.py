"""Point-in-time snapshots: account health (V2 report) and Voice of the Customer per offer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, ImportedFact


class AccountHealthSnapshot(ImportedFact, Base):
    __tablename__ = "account_health_snapshots"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index(
            "ix_account_health_snapshots_store_id_reporting_date_to",
            "store_id",
            "reporting_date_to",
        ),
    )

    reporting_date_to: Mapped[dt.datetime | None]
    account_status: Mapped[str | None] = mapped_column(String(40))
    ahr_status: Mapped[str | None] = mapped_column(String(20))
    ahr_score: Mapped[int | None]
    odr_afn_rate: Mapped[Decimal | None] = mapped_column(Numeric(10, 6))
    odr_afn_order_count: Mapped[int | None]
    odr_afn_negative_feedback: Mapped[int | None]
    odr_afn_claims: Mapped[int | None]
    product_condition_complaints: Mapped[int | None]
    product_safety_complaints: Mapped[int | None]
    metrics: Mapped[dict[str, Any]]


class VocSnapshot(ImportedFact, Base):
    """One offer's CX Health on one day, as the user exported it (vocloop's own column set)."""

    __tablename__ = "voc_snapshots"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index("ix_voc_snapshots_store_id_asin_snapshot_date", "store_id", "asin", "snapshot_date"),
    )

    snapshot_date: Mapped[dt.date]
    asin: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str | None] = mapped_column(String(100))
    product_name: Mapped[str | None] = mapped_column(Text)
    cx_health: Mapped[str | None] = mapped_column(String(30))
    ncx_rate: Mapped[Decimal | None] = mapped_column(Numeric(10, 6))
    ncx_orders: Mapped[int | None]
    total_orders: Mapped[int | None]
    top_ncx_reason: Mapped[str | None] = mapped_column(String(200))
    comments: Mapped[str | None] = mapped_column(Text)
