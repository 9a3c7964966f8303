"""The ASIN table: returns, units, return rate against the period before, cause mix, sparkline."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vocloop.analysis.dashboard.scope import Period, Scope, week_bucket, weeks_before
from vocloop.analysis.rollup import STANDARD_PERIODS, built_for
from vocloop.store.models import AsinCause, AsinDaily, AsinPeriod, Product, Store

SPARK_WEEKS = 12
SORTS = ("returns", "units", "orders", "rate", "change", "asin")


@dataclass
class AsinRow:
    asin: str
    title: str | None
    returns: int
    returned_units: int
    ordered_units: int
    previous_returned_units: int
    previous_ordered_units: int
    causes: list[tuple[str, int]] = field(default_factory=list)
    spark: list[int] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        """Returned units per ordered unit in the period; None without orders."""
        return self.returned_units / self.ordered_units if self.ordered_units else None

    @property
    def previous_rate(self) -> float | None:
        if not self.previous_ordered_units:
            return None
        return self.previous_returned_units / self.previous_ordered_units

    @property
    def change(self) -> float | None:
        """Return-rate change in percentage points against the period before."""
        if self.rate is None or self.previous_rate is None:
            return None
        return self.rate - self.previous_rate


@dataclass
class AsinTable:
    rows: list[AsinRow]
    total: int  # ASINs matching the filters, before the page cut


def _sort_key(sort: str) -> object:
    keys = {
        "returns": lambda r: (-r.returns, r.asin),
        "units": lambda r: (-r.returned_units, r.asin),
        "orders": lambda r: (-r.ordered_units, r.asin),
        "rate": lambda r: (-(r.rate if r.rate is not None else -1), r.asin),
        "change": lambda r: (-(r.change if r.change is not None else -9), r.asin),
        "asin": lambda r: r.asin,
    }
    return keys.get(sort, keys["returns"])


def stores_of_marketplace(session: Session, scope: Scope, marketplace: str) -> list[int]:
    query = select(Store.id).where(Store.marketplace == marketplace.upper())
    return list(session.scalars(scope.filter(query, Store).order_by(Store.id)))


def list_categories(session: Session, scope: Scope) -> list[str]:
    """The product categories of the stores in scope, for the table's filter."""
    query = select(Product.category).where(Product.category.is_not(None)).distinct()
    found = session.scalars(scope.filter(query, Product))
    return sorted({str(name) for name in found if name})


def asin_table(
    session: Session,
    scope: Scope,
    period: Period,
    *,
    search: str | None = None,
    category: str | None = None,
    sort: str = "returns",
    limit: int = 50,
    offset: int = 0,
) -> AsinTable:
    """ASINs with returns or orders in the period (and the one before), one page of them.

    The standard periods up to the rollups' day are read from asin_periods (one row per store and
    ASIN); any other period is summed from the daily rows.
    """
    if (
        period.days in STANDARD_PERIODS
        and built_for(session, tenant_id=scope.tenant_id) == period.end
    ):
        query = select(
            AsinPeriod.asin,
            func.sum(AsinPeriod.returns),
            func.sum(AsinPeriod.returned_units),
            func.sum(AsinPeriod.ordered_units),
            func.sum(AsinPeriod.previous_returned_units),
            func.sum(AsinPeriod.previous_ordered_units),
        ).where(AsinPeriod.days == period.days)
        model: Any = AsinPeriod
    else:
        before = period.previous()
        current = AsinDaily.day >= period.start
        query = select(
            AsinDaily.asin,
            func.sum(case((current, AsinDaily.returns), else_=0)),
            func.sum(case((current, AsinDaily.returned_units), else_=0)),
            func.sum(case((current, AsinDaily.ordered_units), else_=0)),
            func.sum(case((current, 0), else_=AsinDaily.returned_units)),
            func.sum(case((current, 0), else_=AsinDaily.ordered_units)),
        ).where(AsinDaily.day >= before.start, AsinDaily.day <= period.end, AsinDaily.asin != "")
        model = AsinDaily
    if search:
        query = query.where(model.asin.contains(search.strip().upper(), autoescape=True))
    if category:
        # The category of the ASIN in that store (a product may be filed differently per store).
        in_category = scope.filter(
            select(Product.id).where(
                Product.store_id == model.store_id,
                Product.asin == model.asin,
                Product.category == category,
            ),
            Product,
        )
        query = query.where(in_category.exists())
    rows = [
        AsinRow(str(asin), None, int(n), int(units), int(orders), int(prev_units), int(prev_orders))
        for asin, n, units, orders, prev_units, prev_orders in session.execute(
            scope.filter(query, model).group_by(model.asin)
        )
        if int(n) or int(units) or int(orders)
    ]
    rows.sort(key=_sort_key(sort))  # type: ignore[arg-type]
    page = rows[offset : offset + limit]
    _decorate(session, scope, period, page)
    return AsinTable(page, len(rows))


def _decorate(session: Session, scope: Scope, period: Period, page: list[AsinRow]) -> None:
    """Titles, cause mixes and sparklines, for the rows shown only."""
    if not page:
        return
    by_asin = {row.asin: row for row in page}
    asins = list(by_asin)
    titles = session.execute(
        scope.filter(
            select(Product.asin, func.max(Product.title))
            .where(Product.asin.in_(asins))
            .group_by(Product.asin),
            Product,
        )
    )
    for asin, title in titles:
        by_asin[asin].title = title
    causes = session.execute(
        scope.filter(
            select(AsinCause.asin, AsinCause.root_cause, func.sum(AsinCause.texts))
            .where(AsinCause.asin.in_(asins))
            .group_by(AsinCause.asin, AsinCause.root_cause),
            AsinCause,
        )
    )
    mixes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for asin, code, count in causes:
        mixes[asin].append((str(code), int(count)))
    for asin, mix in mixes.items():
        by_asin[asin].causes = sorted(mix, key=lambda item: (-item[1], item[0]))
    first = weeks_before(period.end, SPARK_WEEKS)
    bucket = week_bucket(session.get_bind().dialect.name, first)
    weekly = session.execute(
        scope.filter(
            select(AsinDaily.asin, bucket, func.sum(AsinDaily.returned_units))
            .where(AsinDaily.asin.in_(asins), AsinDaily.day >= first, AsinDaily.day <= period.end)
            .group_by(AsinDaily.asin, bucket),
            AsinDaily,
        )
    )
    for row in page:
        row.spark = [0] * SPARK_WEEKS
    for asin, week, units in weekly:
        if 0 <= int(week) < SPARK_WEEKS:
            by_asin[asin].spark[int(week)] = int(units)
