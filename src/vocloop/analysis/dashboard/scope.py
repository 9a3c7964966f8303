"""What a dashboard reader may see (a tenant, maybe only some stores) and over which days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, func, literal

from vocloop.store.models import AsinDaily


@dataclass(frozen=True)
class Scope:
    """A tenant, and the stores a reader is limited to (None: every store of the tenant)."""

    tenant_id: int
    store_ids: tuple[int, ...] | None = None

    def narrowed(self, store_ids: list[int] | None) -> Scope:
        """This scope limited further to some stores (never widened)."""
        if store_ids is None:
            return self
        if self.store_ids is None:
            return Scope(self.tenant_id, tuple(sorted(store_ids)))
        return Scope(self.tenant_id, tuple(s for s in self.store_ids if s in set(store_ids)))

    def filter(self, query: Any, model: Any) -> Any:
        query = query.where(model.tenant_id == self.tenant_id)
        if self.store_ids is not None:
            query = query.where(model.store_id.in_(self.store_ids))
        return query


@dataclass(frozen=True)
class Period:
    """Calendar days from start to end, both included."""

    start: dt.date
    end: dt.date

    @classmethod
    def last(cls, days: int, today: dt.date) -> Period:
        return cls(today - dt.timedelta(days=days - 1), today)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of equal length just before this one."""
        return Period.last(self.days, self.start - dt.timedelta(days=1))


def week_bucket(dialect: str, first_day: dt.date, day: Any = AsinDaily.day) -> Any:
    """0 for the 7 days from first_day, 1 for the next 7, ...: weekly series in SQL."""
    if dialect == "postgresql":
        return (day - literal(first_day)) / 7
    return cast((func.julianday(day) - func.julianday(literal(first_day))) / 7, Integer)


def weeks_before(end: dt.date, weeks: int) -> dt.date:
    """The first day of a run of whole weeks that ends on `end`."""
    return end - dt.timedelta(days=7 * weeks - 1)
