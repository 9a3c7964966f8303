"""The ASIN table: returns, units, return rate against the period before, cause mix, sparkline."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Float, case, cast, func, select
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


def _order_by(sort: str, asin: Any, sums: list[Any]) -> list[Any]:
    """ORDER BY for a sort name: biggest first, ASIN as the tie-break; rows without a rate (or
    without a change) go last, as they say nothing about the ranking."""
    returns, units, orders, previous_units, previous_orders = sums
    rate = cast(units, Float) / func.nullif(orders, 0)
    previous_rate = cast(previous_units, Float) / func.nullif(previous_orders, 0)
    keys = {
        "returns": [returns.desc()],
        "units": [units.desc()],
        "orders": [orders.desc()],
        "rate": [func.coalesce(rate, -1.0).desc()],
        "change": [func.coalesce(rate - previous_rate, -9.0).desc()],
        "asin": [],
    }
    return [*keys.get(sort, keys["returns"]), asin]


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
        sums = [
            func.sum(AsinPeriod.returns),
            func.sum(AsinPeriod.returned_units),
            func.sum(AsinPeriod.ordered_units),
            func.sum(AsinPeriod.previous_returned_units),
            func.sum(AsinPeriod.previous_ordered_units),
        ]
        query = select(AsinPeriod.asin, *sums).where(AsinPeriod.days == period.days)
        model: Any = AsinPeriod
    else:
        before = period.previous()
        current = AsinDaily.day >= period.start
        sums = [
            func.sum(case((current, AsinDaily.returns), else_=0)),
            func.sum(case((current, AsinDaily.returned_units), else_=0)),
            func.sum(case((current, AsinDaily.ordered_units), else_=0)),
            func.sum(case((current, 0), else_=AsinDaily.returned_units)),
            func.sum(case((current, 0), else_=AsinDaily.ordered_units)),
        ]
        query = select(AsinDaily.asin, *sums).where(
            AsinDaily.day >= before.start, AsinDaily.day <= period.end, AsinDaily.asin != ""
        )
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
    # Sorting, the page cut and the count happen in the database: Python sees one page of rows.
    grouped = scope.filter(query, model).group_by(model.asin)
    grouped = grouped.having(sums[0] + sums[1] + sums[2] > 0)
    ordered = grouped.add_columns(func.count().over().label("total")).order_by(
        *_order_by(sort, model.asin, sums)
    )
    found = session.execute(ordered.limit(limit).offset(offset)).all()
    page = [
        AsinRow(str(asin), None, int(n), int(units), int(orders), int(prev_u), int(prev_o))
        for asin, n, units, orders, prev_u, prev_o, _ in found
    ]
    if found:
        total = int(found[0].total)
    else:  # a page past the end still says how many there are
        total = int(session.scalar(select(func.count()).select_from(grouped.subquery())) or 0)
    _decorate(session, scope, period, page)
    return AsinTable(page, total)


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
