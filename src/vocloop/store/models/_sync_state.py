"""Where each store's sync of each kind stands: the report in flight, the data covered, failures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned


class SyncState(TenantOwned, Base):
    """One row per (store, kind), written after every step so an interrupted sync resumes.

    report_id and the window are set once Amazon accepted createReport and cleared in the same
    transaction that imports the document, so a crash never loses a requested report nor imports
    one twice. synced_until is the end of the newest window imported.
    """

    __tablename__ = "sync_states"
    __table_args__ = (UniqueConstraint("store_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    report_id: Mapped[str | None] = mapped_column(String(100))
    window_start: Mapped[dt.datetime | None]
    window_end: Mapped[dt.datetime | None]
    requested_at: Mapped[dt.datetime | None]
    synced_until: Mapped[dt.datetime | None]
    last_attempt_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]
    last_status: Mapped[str | None] = mapped_column(String(20))  # ok, empty, failed
    last_error: Mapped[str | None] = mapped_column(String(1000))
    last_records: Mapped[int] = mapped_column(default=0)
    last_added: Mapped[int] = mapped_column(default=0)
    failures: Mapped[int] = mapped_column(default=0)  # consecutive
