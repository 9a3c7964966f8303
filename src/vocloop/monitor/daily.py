"""The daily table: units, returns and reviews per store, ASIN and UTC day, rebuilt per tenant.

A rebuild is a handful of GROUP BY queries over the imported rows, so the table can never drift
from them (a re-import that updates an order's status is simply counted again).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Date, and_, case, cast, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from vocloop.store.models import AsinDay, OrderLine, Return, Review

_CHUNK = 10_000


def day_of(column: Any, dialect: str) -> Any:
    """The UTC calendar day of a timestamp column, as the database can group on it."""
    if dialect == "sqlite":
        return func.date(column)  # stored as naive UTC text
    return cast(func.timezone("UTC", column), Date)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def organic_units_filter() -> Any:
    """Order lines that count for organic rates: not cancelled, not Vine, with an ASIN."""
    return and_(
        OrderLine.asin.is_not(None),
        OrderLine.quantity > 0,
        OrderLine.is_vine.is_(False),
        or_(OrderLine.order_status.is_(None), OrderLine.order_status != "Cancelled"),
    )


def first_orders(tenant_id: int) -> Any:
    """Subquery (order_id, asin, purchased): a return belongs to the day its order was placed
    (the first line of that order and ASIN)."""
    return (
        select(
            OrderLine.amazon_order_id.label("order_id"),
            OrderLine.asin.label("asin"),
            func.min(OrderLine.purchase_date).label("purchased"),
        )
        .where(OrderLine.tenant_id == tenant_id, OrderLine.asin.is_not(None))
        .group_by(OrderLine.amazon_order_id, OrderLine.asin)
        .subquery()
    )


def rebuild_daily(session: Session, *, tenant_id: int) -> int:
    """Replace the tenant's daily rows with fresh aggregates; returns how many rows it wrote."""
    dialect = session.get_bind().dialect.name
    rows: dict[tuple[int, str, dt.date], dict[str, int]] = defaultdict(dict)

    order_day = day_of(OrderLine.purchase_date, dialect)
    for store_id, asin, day, units in session.execute(
        select(OrderLine.store_id, OrderLine.asin, order_day, func.sum(OrderLine.quantity))
        .where(OrderLine.tenant_id == tenant_id, organic_units_filter())
        .group_by(OrderLine.store_id, OrderLine.asin, order_day)
    ):
        rows[(store_id, asin, _as_date(day))]["units"] = int(units)

    return_day = day_of(Return.return_date, dialect)
    for store_id, asin, day, units in session.execute(
        select(Return.store_id, Return.asin, return_day, func.sum(Return.quantity))
        .where(Return.tenant_id == tenant_id, Return.asin.is_not(None))
        .group_by(Return.store_id, Return.asin, return_day)
    ):
        rows[(store_id, asin, _as_date(day))]["returns"] = int(units)

    first_order = first_orders(tenant_id)
    cohort_day = day_of(first_order.c.purchased, dialect)
    for store_id, asin, day, units in session.execute(
        select(Return.store_id, Return.asin, cohort_day, func.sum(Return.quantity))
        .join(
            first_order,
            and_(first_order.c.order_id == Return.order_id, first_order.c.asin == Return.asin),
        )
        .where(Return.tenant_id == tenant_id)
        .group_by(Return.store_id, Return.asin, cohort_day)
    ):
        rows[(store_id, asin, _as_date(day))]["cohort_returns"] = int(units)

    for store_id, asin, day, count, negative, rating_sum in session.execute(
        select(
            Review.store_id,
            Review.asin,
            Review.review_date,
            func.count(),
            func.sum(case((Review.rating <= 2, 1), else_=0)),
            func.sum(Review.rating),
        )
        .where(Review.tenant_id == tenant_id)
        .group_by(Review.store_id, Review.asin, Review.review_date)
    ):
        rows[(store_id, asin, _as_date(day))].update(
            reviews=int(count), negative_reviews=int(negative or 0), rating_sum=int(rating_sum)
        )

    session.execute(delete(AsinDay).where(AsinDay.tenant_id == tenant_id))
    values = [
        {
            "tenant_id": tenant_id,
            "store_id": store_id,
            "asin": asin,
            "day": day,
            "units": counts.get("units", 0),
            "returns": counts.get("returns", 0),
            "cohort_returns": counts.get("cohort_returns", 0),
            "reviews": counts.get("reviews", 0),
            "negative_reviews": counts.get("negative_reviews", 0),
            "rating_sum": counts.get("rating_sum", 0),
        }
        for (store_id, asin, day), counts in rows.items()
    ]
    for start in range(0, len(values), _CHUNK):
        session.execute(insert(AsinDay), values[start : start + _CHUNK])
    return len(values)
