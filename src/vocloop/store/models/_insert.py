"""Printed insert cards: one version per brand, ASIN and print run, with its QR scan count."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class InsertCard(TenantOwned, Base):
    """A version of an ASIN's insert card: its words, size, language and short scan code.

    The QR code on the card encodes /q/<code>; each scan adds one to `scans` and redirects to
    the product's help-center page, so scans are counted per ASIN and version.
    """

    __tablename__ = "insert_cards"
    __table_args__ = (UniqueConstraint("brand_id", "asin", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    asin: Mapped[str] = mapped_column(String(20))
    version: Mapped[int]
    code: Mapped[str] = mapped_column(String(16), unique=True)
    lang: Mapped[str] = mapped_column(String(8))
    size: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # Policy warnings a person signed off when the card was made (errors never get this far).
    warnings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    scans: Mapped[int] = mapped_column(default=0)
    last_scan_at: Mapped[dt.datetime | None]
