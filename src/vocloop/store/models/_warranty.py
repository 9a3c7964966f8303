"""Warranty registrations buyers give a brand directly, with the consent they agreed to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class WarrantyRegistration(TenantOwned, Base):
    """One product registration: who, which order and product, and the consent it rests on.

    The consent text is stored word for word as the buyer saw it; delete_after follows from the
    retention it promised, and the retention job removes the row then.
    """

    __tablename__ = "warranty_registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    # Random id behind the buyer's signed link (never the row id, which is guessable).
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    asin: Mapped[str] = mapped_column(String(20))
    order_id: Mapped[str] = mapped_column(String(19))
    purchase_date: Mapped[dt.date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    lang: Mapped[str] = mapped_column(String(8))
    consent_text: Mapped[str] = mapped_column(Text)
    retention_days: Mapped[int]
    consented_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    delete_after: Mapped[dt.datetime] = mapped_column(index=True)
    confirmation_sent_at: Mapped[dt.datetime | None]
