"""Help-center content: one document per brand product and buyer language, and uploaded media."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class HelpContent(TenantOwned, Base):
    """A product's help page in one language: intro, setup steps, video, troubleshooting, FAQ and
    manual, kept as one JSON document (its shape is vocloop.support.helpcenter.HelpDocument).

    revision grows with every save; public pages build their ETag from it.
    """

    __tablename__ = "help_contents"
    __table_args__ = (UniqueConstraint("brand_product_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    brand_product_id: Mapped[int] = mapped_column(
        ForeignKey("brand_products.id", ondelete="CASCADE")
    )
    lang: Mapped[str] = mapped_column(String(8))
    document: Mapped[dict[str, Any]]
    revision: Mapped[int] = mapped_column(default=1)
    updated_by: Mapped[str | None] = mapped_column(String(254))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class HelpMedia(TenantOwned, Base):
    """A picture or manual uploaded for a brand's help pages, named by its content digest."""

    __tablename__ = "help_media"
    __table_args__ = (UniqueConstraint("brand_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))  # <sha256 prefix>.<ext>
    content_type: Mapped[str] = mapped_column(String(60))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
