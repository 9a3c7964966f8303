"""Rollups: rebuilt when data arrives or the day changes, and equal to the fact tables' sums."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths, returns_line, write_returns
from vocloop.analysis.dashboard import Period, Scope, asin_table
from vocloop.analysis.rollup import ensure_rollups
from vocloop.app import App
from vocloop.store.access import get_tenant
from vocloop.store.models import AsinDaily, AsinPeriod, OrderLine, Return, StoreDaily

TODAY = dt.date(2026, 3, 1)


def _tenant(app: App) -> int:
    with app.sessions() as session:
        return get_tenant(session, "default").id


def test_rollups_follow_new_data_and_the_calendar(app: App, tmp_path: Path) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", AMAZON_FIXTURES / "all_orders.tsv")
    tenant_id = _tenant(app)
    assert ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY) == "data"
    assert ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY) is None
    with app.sessions() as session:
        returned = session.scalar(select(func.sum(Return.quantity)))
        ordered = session.scalar(
            select(func.sum(OrderLine.quantity)).where(OrderLine.order_status != "Cancelled")
        )
        for model in (AsinDaily, StoreDaily):
            assert session.scalar(select(func.sum(model.returned_units))) == returned
            assert session.scalar(select(func.sum(model.ordered_units))) == ordered
        assert session.scalar(select(func.sum(model.returns))) == session.scalar(
            select(func.count()).select_from(Return)
        )
    extra = write_returns(
        tmp_path / "more.tsv", [returns_line(90, date="2026-02-28T10:00:00+00:00", quantity="3")]
    )
    import_paths(app, extra)
    assert ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY) == "data"
    with app.sessions() as session:
        scope = Scope(tenant_id)
        week = asin_table(session, scope, Period.last(7, TODAY), search="M01").rows
        assert [(r.asin, r.returned_units) for r in week] == [("B0FAKE0M01", 3)]
    # The next day moves only the per-period totals; the 7-day window then misses Feb 28 less.
    assert (
        ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY + dt.timedelta(days=7))
        == "day"
    )
    with app.sessions() as session:
        days7 = session.scalars(select(AsinPeriod).where(AsinPeriod.days == 7)).all()
        assert sum(row.returned_units for row in days7) == 0
        assert sum(row.previous_returned_units for row in days7) == 3


def test_other_periods_read_the_daily_rows_with_the_same_result(app: App) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", AMAZON_FIXTURES / "all_orders.tsv")
    tenant_id = _tenant(app)
    ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY)
    scope = Scope(tenant_id)
    with app.sessions() as session:
        fast = asin_table(session, scope, Period.last(30, TODAY), limit=100).rows
    # Rollups built for the next day: the same 30 days are now summed from the daily rows.
    ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY + dt.timedelta(days=1))
    with app.sessions() as session:
        slow = asin_table(session, scope, Period.last(30, TODAY), limit=100).rows
    assert fast and [
        (r.asin, r.returns, r.returned_units, r.ordered_units, r.previous_rate) for r in fast
    ] == [(r.asin, r.returns, r.returned_units, r.ordered_units, r.previous_rate) for r in slow]


@pytest.mark.parametrize("sort", ["returns", "units", "orders", "rate", "change", "asin"])
def test_the_database_sorts_and_pages_the_asin_table_as_the_rows_say(app: App, sort: str) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", AMAZON_FIXTURES / "all_orders.tsv")
    tenant_id = _tenant(app)
    ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY)
    scope, period = Scope(tenant_id), Period.last(365, TODAY)
    with app.sessions() as session:
        everything = asin_table(session, scope, period, sort=sort, limit=1000)
        pages = [asin_table(session, scope, period, sort=sort, limit=2, offset=o) for o in (0, 2)]
        past_the_end = asin_table(session, scope, period, sort=sort, limit=2, offset=1000)
    rows = everything.rows
    assert len(rows) == everything.total >= 3
    expected = {
        "returns": lambda r: (-r.returns, r.asin),
        "units": lambda r: (-r.returned_units, r.asin),
        "orders": lambda r: (-r.ordered_units, r.asin),
        "rate": lambda r: (-(r.rate if r.rate is not None else -1), r.asin),
        "change": lambda r: (-(r.change if r.change is not None else -9), r.asin),
        "asin": lambda r: r.asin,
    }[sort]
    assert [r.asin for r in rows] == [r.asin for r in sorted(rows, key=expected)]  # type: ignore[arg-type]
    assert [r.asin for page in pages for r in page.rows] == [r.asin for r in rows[:4]]
    assert {page.total for page in pages} == {everything.total} == {past_the_end.total}
    assert past_the_end.rows == []
