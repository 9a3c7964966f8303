"""Badge risk: an ASIN returned far more often than its category peers is flagged, peers are not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.monitor.badge import badge_findings, badge_risks
from vocloop.monitor.daily import rebuild_daily
from vocloop.store.access import ensure_tenant, set_product_category

runner = CliRunner()
START = dt.date(2026, 3, 1)
DAYS = 200


def test_only_the_asin_returned_twice_as_often_as_its_peers_is_at_risk(
    app: App, db_url: str, tmp_path: Path
) -> None:
    stories = [Story("B0BADGE001", 8, 0.16)] + [
        Story(f"B0PEER000{n}", 8, 0.06) for n in range(1, 5)
    ]
    stories.append(Story("B0OTHERCAT", 8, 0.16))  # as bad, but alone in its category
    paths = write_story(tmp_path, stories, start=START, days=DAYS)
    import_paths(app, *paths, marketplace="US")
    with app.sessions.begin() as session:
        tenant_id = ensure_tenant(session).id
        for story in stories[:-1]:
            set_product_category(
                session, tenant_id=tenant_id, asin=story.asin, category="Home & Kitchen"
            )
        set_product_category(session, tenant_id=tenant_id, asin="B0OTHERCAT", category="Toys")
        rebuild_daily(session, tenant_id=tenant_id)
    with app.sessions() as session:
        risks = {r.asin: r for r in badge_risks(session, tenant_id=tenant_id)}
        last_day = START + dt.timedelta(days=DAYS - 1)
        findings = badge_findings(session, tenant_id=tenant_id, last_day=last_day)
    bad = risks["B0BADGE001"]
    assert bad.status == "at_risk" and bad.benchmark_peers == 4 and bad.benchmark_scope == "store"
    assert bad.interval is not None and bad.interval[0] <= 0.16 <= bad.interval[1]
    assert bad.benchmark is not None and 0.04 < bad.benchmark < 0.08
    assert {asin: r.status for asin, r in risks.items() if asin.startswith("B0PEER")} == {
        f"B0PEER000{n}": "ok" for n in range(1, 5)
    }
    assert risks["B0OTHERCAT"].status == "no_benchmark"  # no peers: nothing is claimed
    assert [(f.kind, f.asin, f.severity) for f in findings] == [
        ("badge_risk", "B0BADGE001", "high")
    ]
    listed = runner.invoke(cli_app, ["--db", db_url, "badges", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {row["asin"]: row for row in json.loads(listed.stdout)}
    assert rows["B0BADGE001"]["status"] == "at_risk"
    assert rows["B0BADGE001"]["units_90d"] == 8 * 90


def test_too_few_units_are_never_at_risk(app: App, tmp_path: Path) -> None:
    stories = [Story("B0SMALL001", 1, 0.5)] + [Story(f"B0PEER000{n}", 1, 0.05) for n in range(4)]
    paths = write_story(tmp_path, stories, start=START, days=DAYS)
    import_paths(app, *paths, marketplace="US")
    with app.sessions.begin() as session:
        tenant_id = ensure_tenant(session).id
        for story in stories:
            set_product_category(session, tenant_id=tenant_id, asin=story.asin, category="Toys")
        rebuild_daily(session, tenant_id=tenant_id)
    with app.sessions() as session:
        risks = {r.asin: r for r in badge_risks(session, tenant_id=tenant_id)}
    assert risks["B0SMALL001"].status == "too_few_units"
