"""Order lines from the all-orders report: the denominator of every return rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, ImportedFact


class OrderLine(ImportedFact, Base):
    """One order line (order id + SKU). A later report updates status and prices in place."""

    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index("ix_order_lines_store_id_asin_purchase_date", "store_id", "asin", "purchase_date"),
    )

    amazon_order_id: Mapped[str] = mapped_column(String(19), index=True)
    merchant_order_id: Mapped[str | None] = mapped_column(String(60))
    purchase_date: Mapped[dt.datetime]
    last_updated_date: Mapped[dt.datetime | None]
    order_status: Mapped[str | None] = mapped_column(String(40))
    fulfillment_channel: Mapped[str | None] = mapped_column(String(20))
    sales_channel: Mapped[str | None] = mapped_column(String(40))
    product_name: Mapped[str | None] = mapped_column(Text)
    sku: Mapped[str | None] = mapped_column(String(100))
    asin: Mapped[str | None] = mapped_column(String(20))
    item_status: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[int]
    currency: Mapped[str | None] = mapped_column(String(3))
    item_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    promotion_ids: Mapped[str | None] = mapped_column(Text)
    is_vine: Mapped[bool] = mapped_column(default=False)
    is_business_order: Mapped[bool | None]
    ship_country: Mapped[str | None] = mapped_column(String(2))
