"""Request-a-Review solicitations vocloop sent (or Amazon refused), at most one row per order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class Solicitation(TenantOwned, Base):
    """The unique (store, order) row is what makes "at most once per order" hold under retries."""

    __tablename__ = "solicitations"
    __table_args__ = (UniqueConstraint("store_id", "amazon_order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    amazon_order_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))  # sent, refused
    reason: Mapped[str] = mapped_column(String(500))
    earliest_delivery: Mapped[dt.datetime | None]
    latest_delivery: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
