"""Dense daily series per store and ASIN, read from the daily table."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from vocloop.monitor.lag import MAX_LAG_DAYS, lag_days
from vocloop.store.models import AsinDay, OrderLine, Return


@dataclass
class Series:
    store_id: int
    asin: str
    start: dt.date
    units: NDArray[np.float64]
    returns: NDArray[np.float64]
    cohort_returns: NDArray[np.float64]
    reviews: NDArray[np.float64]
    negative_reviews: NDArray[np.float64]
    rating_sum: NDArray[np.float64]

    def day(self, index: int) -> dt.date:
        return self.start + dt.timedelta(days=index)

    def index(self, day: dt.date) -> int:
        return (day - self.start).days


def load_series(session: Session, *, tenant_id: int) -> tuple[list[Series], dt.date | None]:
    """All series of the tenant over one common calendar, and the last day with data."""
    bounds = session.execute(
        select(func.min(AsinDay.day), func.max(AsinDay.day)).where(AsinDay.tenant_id == tenant_id)
    ).one()
    if bounds[0] is None:
        return [], None
    first, last = bounds
    length = (last - first).days + 1
    arrays: dict[tuple[int, str], NDArray[np.float64]] = defaultdict(lambda: np.zeros((6, length)))
    for store_id, asin, day, *values in session.execute(
        select(
            AsinDay.store_id,
            AsinDay.asin,
            AsinDay.day,
            AsinDay.units,
            AsinDay.returns,
            AsinDay.cohort_returns,
            AsinDay.reviews,
            AsinDay.negative_reviews,
            AsinDay.rating_sum,
        ).where(AsinDay.tenant_id == tenant_id)
    ):
        arrays[(store_id, asin)][:, (day - first).days] = values
    series = [
        Series(store_id, asin, first, *values)
        for (store_id, asin), values in sorted(arrays.items())
    ]
    return series, last


def store_lags(
    session: Session, *, tenant_id: int, last_day: dt.date, limit: int = 20_000
) -> dict[int, list[int]]:
    """Observed return lags (days from order to return) per store, of orders old enough that
    their returns are complete, so the curve is not biased toward quick returns."""
    mature = dt.datetime.combine(
        last_day - dt.timedelta(days=MAX_LAG_DAYS), dt.time(), tzinfo=dt.UTC
    )
    rows = session.execute(
        select(Return.store_id, OrderLine.purchase_date, Return.return_date)
        .join(
            OrderLine,
            and_(
                OrderLine.tenant_id == Return.tenant_id,
                OrderLine.amazon_order_id == Return.order_id,
                OrderLine.asin == Return.asin,
            ),
        )
        .where(Return.tenant_id == tenant_id, OrderLine.purchase_date < mature)
        .order_by(Return.id.desc())
        .limit(limit)
    )
    lags: dict[int, list[int]] = defaultdict(list)
    for store_id, ordered, returned in rows:
        lags[int(store_id)].append(lag_days(ordered, returned))
    return lags
