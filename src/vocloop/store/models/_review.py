"""Product reviews, from review-tool exports or Seller Central's brand review page."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, ImportedFact


class Review(ImportedFact, Base):
    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("tenant_id", "natural_key"),
        Index("ix_reviews_store_id_asin_review_date", "store_id", "asin", "review_date"),
    )

    review_id: Mapped[str | None] = mapped_column(String(40))
    asin: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str | None] = mapped_column(String(100))
    review_date: Mapped[dt.date]
    rating: Mapped[int]
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))
    verified_purchase: Mapped[bool | None]
    helpful_votes: Mapped[int | None]
    variation: Mapped[str | None] = mapped_column(String(200))
