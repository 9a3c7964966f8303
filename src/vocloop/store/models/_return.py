"""Customer returns: FBA (graded at Amazon's warehouse) and merchant-fulfilled, in one table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, ImportedFact


class Return(ImportedFact, Base):
    __tablename__ = "returns"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index("ix_returns_store_id_asin_return_date", "store_id", "asin", "return_date"),
    )

    channel: Mapped[str] = mapped_column(String(3))  # FBA or MFN
    return_date: Mapped[dt.datetime]
    order_id: Mapped[str | None] = mapped_column(String(19), index=True)
    sku: Mapped[str | None] = mapped_column(String(100))
    asin: Mapped[str | None] = mapped_column(String(20))
    fnsku: Mapped[str | None] = mapped_column(String(20))
    product_name: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int]
    fulfillment_center_id: Mapped[str | None] = mapped_column(String(10))
    detailed_disposition: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str | None] = mapped_column(String(200))
    license_plate_number: Mapped[str | None] = mapped_column(String(40))
    customer_comments: Mapped[str | None] = mapped_column(Text)
    # Merchant-fulfilled returns only.
    order_date: Mapped[dt.datetime | None]
    return_request_status: Mapped[str | None] = mapped_column(String(40))
    amazon_rma_id: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(60))
    a_to_z_claim: Mapped[bool | None]
    in_policy: Mapped[bool | None]
    refunded_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
