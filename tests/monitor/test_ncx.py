"""NCX alerts from VoC snapshots: a real rise is raised, a wobble is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import import_paths
from vocloop.app import App
from vocloop.monitor.voc import ncx_findings
from vocloop.store.access import ensure_tenant

HEADER = (
    "marketplace,asin,sku,product_name,cx_health,ncx_rate,ncx_orders,total_orders,"
    "top_ncx_reason,last_updated,comments"
)


def test_ncx_rise_between_non_overlapping_snapshots_is_raised_and_a_wobble_is_not(
    app: App, tmp_path: Path
) -> None:
    rows = [
        "US,B0RISING01,S1,Kettle,Good,0.0100,4,400,Defective,2026-05-31,",
        "US,B0RISING01,S1,Kettle,Good,0.0110,5,450,Defective,2026-07-31,",
        "US,B0RISING01,S1,Kettle,Poor,0.0800,32,400,Defective,2026-09-30,It leaks",
        "US,B0WOBBLE01,S2,Mug,Good,0.0200,8,400,Damaged,2026-05-31,",
        "US,B0WOBBLE01,S2,Mug,Good,0.0275,11,400,Damaged,2026-09-30,",
    ]
    path = tmp_path / "voc.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    results = import_paths(app, path)
    assert all(result.imported for result in results), [r.message for r in results]
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
        found = ncx_findings(session, tenant_id=tenant_id, last_day=dt.date(2026, 10, 2))
    assert [(f.kind, f.asin) for f in found] == [("ncx_rate", "B0RISING01")]
    rise = found[0]
    assert rise.severity == "high"  # CX Health fell to Poor
    assert rise.facts["date_before"] == "2026-05-31"  # 90+ days earlier: windows do not overlap
    assert rise.facts["rate_now"] == 0.08
