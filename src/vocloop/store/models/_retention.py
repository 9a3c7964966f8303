"""The log of personal data the retention job (or a buyer's own request) removed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
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
