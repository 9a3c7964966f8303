"""Fixes the team made (an action), so vocloop can measure whether they worked."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class Action(TenantOwned, Base):
    """One fix: what kind, on which ASINs (and store), effective from which day, by whom."""

    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_tenant_id_effective_on", "tenant_id", "effective_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))  # listing, product, packaging, support, insert
    asins: Mapped[dict[str, Any]]  # {"items": ["B0..."]}
    effective_on: Mapped[dt.date]
    description: Mapped[str] = mapped_column(Text)
    target_cause: Mapped[str | None] = mapped_column(String(40))
    owner: Mapped[str | None] = mapped_column(String(200))
    cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Playbook(TenantOwned, Base):
    """A tenant's own version of the fix playbook (the JSON `vocloop playbook export` writes)."""

    __tablename__ = "playbooks"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[dict[str, Any]]
    updated_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
