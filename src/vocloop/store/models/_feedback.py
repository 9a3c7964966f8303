"""Seller feedback (1-3 stars): buyers rating the seller, often about the product."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, ImportedFact


class SellerFeedback(ImportedFact, Base):
    __tablename__ = "seller_feedback"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index("ix_seller_feedback_store_id_feedback_date", "store_id", "feedback_date"),
    )

    feedback_date: Mapped[dt.date]
    rating: Mapped[int]
    comments: Mapped[str | None] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(Text)
    order_id: Mapped[str | None] = mapped_column(String(19), index=True)
