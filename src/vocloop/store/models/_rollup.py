"""Pre-aggregated daily figures per ASIN, rebuilt from the fact tables for fast dashboards."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class AsinDaily(TenantOwned, Base):
    """Returned and ordered units of one ASIN in one store on one (UTC) day."""

    __tablename__ = "asin_daily"
    __table_args__ = (
        Index("ix_asin_daily_tenant_id_day", "tenant_id", "day"),
        Index("ix_asin_daily_tenant_id_asin_day", "tenant_id", "asin", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date]
    returned_units: Mapped[int] = mapped_column(Integer, default=0)
    returns: Mapped[int] = mapped_column(Integer, default=0)
    ordered_units: Mapped[int] = mapped_column(Integer, default=0)


class AsinCause(TenantOwned, Base):
    """How many texts of one ASIN in one store the newest model put under each root cause."""

    __tablename__ = "asin_causes"
    __table_args__ = (Index("ix_asin_causes_tenant_id_asin", "tenant_id", "asin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    asin: Mapped[str] = mapped_column(String(20))
    root_cause: Mapped[str] = mapped_column(String(40))
    texts: Mapped[int] = mapped_column(Integer)
    mismatches: Mapped[int] = mapped_column(Integer, default=0)


class RollupState(TenantOwned, Base):
    """Up to which import batch and classification the rollups of a tenant are built."""

    __tablename__ = "rollup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_batch_id: Mapped[int] = mapped_column(Integer, default=0)
    last_classification_id: Mapped[int] = mapped_column(Integer, default=0)
    built_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
