"""Declarative base, naming convention, UTC datetimes and the columns of every imported row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no offset, so we put UTC back on read)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # SQLAlchemy reads this class attribute when it maps annotations to column types.
    type_annotation_map = {dt.datetime: UtcDateTime(), dict[str, Any]: JSON()}  # noqa: RUF012


class TenantOwned:
    """Every tenant-owned row carries its tenant; access functions filter on it."""

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)


class ImportedFact:
    """Columns of every row that came from a report file.

    natural_key is a digest of the fields that identify the record (documented per kind in
    docs/import.md); it is unique per tenant, which makes re-imports and overlapping files
    idempotent even when a later import files the row under another store.

    Indexes are few on purpose: every one slows a million-row import. The unique
    (tenant_id, natural_key) index serves tenant filters, and each table adds one composite index
    that starts with store_id for its dashboard queries.
    """

    @declared_attr
    def tenant_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    natural_key: Mapped[str] = mapped_column(String(32))
    source_line: Mapped[int | None]
    extra: Mapped[dict[str, Any] | None]

    @declared_attr
    def store_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))

    @declared_attr
    def import_batch_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
