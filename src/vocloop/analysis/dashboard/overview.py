"""The overview: returns, orders and return rate against the period before, trend and causes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vocloop.analysis.dashboard.asins import AsinRow, asin_table
from vocloop.analysis.dashboard.scope import Period, Scope, week_bucket, weeks_before
from vocloop.store.models import AsinCause, ImportBatch, StoreDaily

TREND_WEEKS = 13


@dataclass(frozen=True)
class Totals:
    returns: int
    returned_units: int
    ordered_units: int

    @property
    def rate(self) -> float | None:
        return self.returned_units / self.ordered_units if self.ordered_units else None


@dataclass
class Overview:
    period: Period
    current: Totals
    previous: Totals
    # (first day of the week, returned units, ordered units), oldest first
    weeks: list[tuple[dt.date, int, int]] = field(default_factory=list)
    causes: list[tuple[str, int]] = field(default_factory=list)
    mismatches: int = 0
    worse: list[AsinRow] = field(default_factory=list)  # largest return-rate rise first
    imports: int = 0
    last_import: dt.datetime | None = None


def overview(session: Session, scope: Scope, period: Period) -> Overview:
    """Everything on the overview page for one reader and period."""
    before = period.previous()
    current = StoreDaily.day >= period.start
    sums = session.execute(
        scope.filter(
            select(
                func.sum(case((current, StoreDaily.returns), else_=0)),
                func.sum(case((current, StoreDaily.returned_units), else_=0)),
                func.sum(case((current, StoreDaily.ordered_units), else_=0)),
                func.sum(case((current, 0), else_=StoreDaily.returns)),
                func.sum(case((current, 0), else_=StoreDaily.returned_units)),
                func.sum(case((current, 0), else_=StoreDaily.ordered_units)),
            ).where(StoreDaily.day >= before.start, StoreDaily.day <= period.end),
            StoreDaily,
        )
    ).one()
    values = [int(v or 0) for v in sums]
    result = Overview(period, Totals(*values[:3]), Totals(*values[3:]))
    first = weeks_before(period.end, TREND_WEEKS)
    bucket = week_bucket(session.get_bind().dialect.name, first, StoreDaily.day)
    weekly = {
        int(week): (int(units), int(orders))
        for week, units, orders in session.execute(
            scope.filter(
                select(
                    bucket, func.sum(StoreDaily.returned_units), func.sum(StoreDaily.ordered_units)
                )
                .where(StoreDaily.day >= first, StoreDaily.day <= period.end)
                .group_by(bucket),
                StoreDaily,
            )
        )
    }
    result.weeks = [
        (first + dt.timedelta(days=7 * week), *weekly.get(week, (0, 0)))
        for week in range(TREND_WEEKS)
    ]
    causes = session.execute(
        scope.filter(
            select(
                AsinCause.root_cause, func.sum(AsinCause.texts), func.sum(AsinCause.mismatches)
            ).group_by(AsinCause.root_cause),
            AsinCause,
        )
    ).all()
    result.causes = sorted(
        ((str(code), int(n)) for code, n, _ in causes), key=lambda item: (-item[1], item[0])
    )
    result.mismatches = sum(int(m) for _, _, m in causes)
    table = asin_table(session, scope, period, sort="change", limit=5)
    result.worse = [row for row in table.rows if row.change is not None and row.change > 0]
    last = session.execute(
        select(func.count(), func.max(ImportBatch.created_at)).where(
            ImportBatch.tenant_id == scope.tenant_id
        )
    ).one()
    result.imports, result.last_import = int(last[0]), last[1]
    return result
