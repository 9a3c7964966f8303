"""Brands a tenant serves buyers under off Amazon, and the products their help centers cover."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class Brand(TenantOwned, Base):
    """A brand's public face: help center, inserts, warranty and support mailbox hang off it.

    The slug is unique across all tenants because it is part of public URLs (/h/<slug>/...).
    """

    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    default_lang: Mapped[str] = mapped_column(String(8))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # buyer languages offered
    support_email: Mapped[str | None] = mapped_column(String(254))
    # Where buyers reach the help center (https://help.brand.com); None: the server's own URL.
    public_base_url: Mapped[str | None] = mapped_column(String(500))
    # The support mailbox (SMTP out, IMAP in) with its passwords, sealed like channel secrets.
    mailbox_sealed: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BrandProduct(TenantOwned, Base):
    """One ASIN a brand supports off Amazon, under the name buyers know it by."""

    __tablename__ = "brand_products"
    __table_args__ = (UniqueConstraint("brand_id", "asin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    asin: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
