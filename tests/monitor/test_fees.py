"""Fee exposure: this month's shipped units against the category threshold, before Amazon bills."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.monitor.daily import rebuild_daily
from vocloop.monitor.fee_rules import find_rule
from vocloop.monitor.fees import fee_exposure
from vocloop.store.access import ensure_tenant

runner = CliRunner()
START = dt.date(2026, 5, 1)
DAYS = 153  # to 2026-09-30: September's units are young, May's returns are all in


def _store(app: App, tmp_path: Path) -> int:
    stories = [
        Story("B0HIGH0001", 20, 0.16),
        Story("B0LOW00001", 20, 0.02),
        Story("B0TINY0001", 0, 0.5),
    ]
    paths = write_story(tmp_path, stories, start=START, days=DAYS)
    import_paths(app, *paths, marketplace="US")
    with app.sessions.begin() as session:
        tenant_id = ensure_tenant(session).id
        rebuild_daily(session, tenant_id=tenant_id)
    return tenant_id


def test_forecast_interval_covers_the_true_rate_and_flags_only_the_high_asin(
    app: App, db_url: str, tmp_path: Path
) -> None:
    tenant_id = _store(app, tmp_path)
    base = ["--db", db_url, "--lang", "en"]
    for asin in ("B0HIGH0001", "B0LOW00001"):
        done = runner.invoke(cli_app, [*base, "products", "category", asin, "Home & Kitchen"])
        assert done.exit_code == 0, done.output
    with app.sessions() as session:
        mature = {e.asin: e for e in fee_exposure(session, tenant_id=tenant_id, month="2026-05")}
        young = {e.asin: e for e in fee_exposure(session, tenant_id=tenant_id, month="2026-09")}
    # May: every return is in, so the rate is simply counted.
    assert mature["B0HIGH0001"].completeness > 0.99
    for month in (mature, young):
        high, low = month["B0HIGH0001"], month["B0LOW00001"]
        assert high.interval and high.interval[0] <= 0.16 <= high.interval[1]
        assert low.interval and low.interval[0] <= 0.02 <= low.interval[1]
        assert high.threshold == find_rule("Home & Kitchen").threshold  # type: ignore[union-attr]
        assert high.status == "breach_likely" and low.status == "ok"
    # September: units shipped days ago have few returns yet; the forecast accounts for that.
    assert young["B0HIGH0001"].completeness < 0.9
    assert young["B0HIGH0001"].returns_so_far < 0.16 * young["B0HIGH0001"].units

    listed = runner.invoke(cli_app, [*base, "fees", "list", "--month", "2026-09", "--json"])
    rows = {row["asin"]: row for row in json.loads(listed.stdout)}
    assert rows["B0HIGH0001"]["status"] == "breach_likely"


def test_seller_threshold_overrides_and_unknown_categories_say_so(
    app: App, db_url: str, tmp_path: Path
) -> None:
    _store(app, tmp_path)
    base = ["--db", db_url, "--lang", "en"]
    runner.invoke(cli_app, [*base, "products", "category", "B0LOW00001", "Pet Supplies"])
    rows = {
        r["asin"]: r
        for r in json.loads(
            runner.invoke(cli_app, [*base, "fees", "list", "--month", "2026-06", "--json"]).stdout
        )
    }
    assert rows["B0LOW00001"]["status"] == "no_threshold"
    set_it = runner.invoke(
        cli_app, [*base, "fees", "threshold", "Pet Supplies", "0.01", "--note", "dashboard"]
    )
    assert set_it.exit_code == 0, set_it.output
    rows = {
        r["asin"]: r
        for r in json.loads(
            runner.invoke(cli_app, [*base, "fees", "list", "--month", "2026-06", "--json"]).stdout
        )
    }
    assert rows["B0LOW00001"]["threshold"] == 0.01
    assert rows["B0LOW00001"]["threshold_source"] == "dashboard"
    assert rows["B0LOW00001"]["status"] in ("at_risk", "breach_likely")
    bad = runner.invoke(cli_app, [*base, "fees", "threshold", "Pet Supplies", "8.1"])
    assert bad.exit_code == 1
    assert "between 0 and 1" in bad.output
    unknown = runner.invoke(cli_app, [*base, "products", "category", "B0NOPE0000", "Toys"])
    assert unknown.exit_code == 1
    assert (
        unknown.output.strip() == "Error: There is no product with ASIN B0NOPE0000 in this tenant."
    )
