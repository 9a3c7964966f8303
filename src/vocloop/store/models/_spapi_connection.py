"""A store's Selling Partner API connection: region, LWA client id, encrypted secrets, options."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class SpapiConnection(TenantOwned, Base):
    """One per store. The client secret and refresh token live only in `secrets`, Fernet-encrypted.

    seller_key groups stores of one selling-partner authorization (same refresh token): Amazon's
    rate limits apply per selling partner and application, not per marketplace. lease_until marks a
    sync in progress so two workers never sync the same store at once.
    """

    __tablename__ = "spapi_connections"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), unique=True)
    region: Mapped[str] = mapped_column(String(4))
    client_id: Mapped[str] = mapped_column(String(200))
    secrets: Mapped[str] = mapped_column(Text)
    seller_key: Mapped[str] = mapped_column(String(64))
    request_reviews: Mapped[bool] = mapped_column(default=False)
    connected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    checked_at: Mapped[dt.datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[dt.datetime | None]
