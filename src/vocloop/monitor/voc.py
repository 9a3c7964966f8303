"""NCX from Voice-of-the-Customer snapshots: an offer whose NCX rate rose beyond chance.

Each snapshot covers a trailing 90-day window, so the latest is compared with the newest
snapshot at least 90 days older (windows that do not overlap) by a two-proportion test.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from scipy import stats
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.monitor.alerts import LOOKBACK_DAYS, Finding
from vocloop.store.models import VocSnapshot

WINDOW_DAYS = 90
MIN_NCX_ORDERS = 5
MIN_RATIO = 1.5
MAX_PVALUE = 1e-3


def _one_sided_pvalue(x1: int, n1: int, x2: int, n2: int) -> float:
    """P that rate 2 exceeds rate 1 this much by chance (pooled two-proportion z-test)."""
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)) if 0 < pooled < 1 else 0.0
    if se == 0:
        return 1.0
    return float(stats.norm.sf((x2 / n2 - x1 / n1) / se))


def ncx_findings(session: Session, *, tenant_id: int, last_day: dt.date) -> list[Finding]:
    snapshots: dict[tuple[int, str], list[VocSnapshot]] = defaultdict(list)
    for snapshot in session.scalars(
        select(VocSnapshot)
        .where(VocSnapshot.tenant_id == tenant_id)
        .order_by(VocSnapshot.snapshot_date)
    ):
        if snapshot.ncx_orders is not None and snapshot.total_orders:
            snapshots[(snapshot.store_id, snapshot.asin)].append(snapshot)
    findings = []
    for (store_id, asin), rows in snapshots.items():
        latest = rows[-1]
        if (last_day - latest.snapshot_date).days > LOOKBACK_DAYS:
            continue
        earlier = [r for r in rows if (latest.snapshot_date - r.snapshot_date).days >= WINDOW_DAYS]
        if not earlier:
            continue
        before = earlier[-1]
        x1, n1 = int(before.ncx_orders or 0), int(before.total_orders or 0)
        x2, n2 = int(latest.ncx_orders or 0), int(latest.total_orders or 0)
        if x2 < MIN_NCX_ORDERS or not n1:
            continue
        rate1, rate2 = x1 / n1, x2 / n2
        if rate2 < MIN_RATIO * max(rate1, 0.5 / n1):
            continue
        pvalue = _one_sided_pvalue(x1, n1, x2, n2)
        if pvalue >= MAX_PVALUE:
            continue
        findings.append(
            Finding(
                kind="ncx_rate",
                store_id=store_id,
                asin=asin,
                subject="",
                severity="high" if latest.cx_health in ("Poor", "Very poor") else "medium",
                detected_on=latest.snapshot_date,
                since=before.snapshot_date,
                facts={
                    "rate_before": round(rate1, 4),
                    "rate_now": round(rate2, 4),
                    "orders_now": n2,
                    "ncx_now": x2,
                    "health_before": before.cx_health,
                    "health_now": latest.cx_health,
                    "top_reason": latest.top_ncx_reason,
                    "date_before": before.snapshot_date.isoformat(),
                    "date_now": latest.snapshot_date.isoformat(),
                    "p_value": float(f"{pvalue:.2g}"),
                },
            )
        )
    return findings
