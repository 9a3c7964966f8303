"""The log of personal data the retention job (or a buyer's own request) removed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class RetentionLogEntry(TenantOwned, Base):
    """One record deleted or scrubbed: which rule, which row (by id, never its personal data)."""

    __tablename__ = "retention_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    done_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    rule: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))  # deleted | scrubbed
    target: Mapped[str] = mapped_column(String(60))  # table:id
    reason: Mapped[str] = mapped_column(String(300))


class RetentionMark(TenantOwned, Base):
    """How far a rule has checked a table (row id), so each run reads only rows it has not
    finished with."""

    __tablename__ = "retention_marks"
    __table_args__ = (UniqueConstraint("tenant_id", "rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(40))
    last_id: Mapped[int] = mapped_column(default=0)
