"""Root causes found in customer texts: one row per text and model version, so history is kept."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class TextClassification(TenantOwned, Base):
    """The classifier's reading of one stored text (a return comment, review, feedback...).

    source_kind names the table (return, review, seller_feedback) and source_id its row. A new model
    version adds rows beside the old ones; readers take the newest version.
    """

    __tablename__ = "text_classifications"
    __table_args__ = (
        UniqueConstraint("source_kind", "source_id", "model_version"),
        Index("ix_text_classifications_tenant_id_root_cause", "tenant_id", "root_cause"),
        Index("ix_text_classifications_tenant_id_asin", "tenant_id", "asin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), index=True)
    asin: Mapped[str | None] = mapped_column(String(20))  # copied from the source row, for filters
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int]
    model_version: Mapped[str] = mapped_column(String(40))
    root_cause: Mapped[str] = mapped_column(String(40))
    root_cause_secondary: Mapped[str | None] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    lang: Mapped[str | None] = mapped_column(String(8))
    text_cause: Mapped[str | None] = mapped_column(String(40))
    reason_cause: Mapped[str | None] = mapped_column(String(40))
    reason_mismatch: Mapped[str | None] = mapped_column(String(60))
    classified_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
