"""`vocloop metrics`: period figures add up to the imported rows, and young cohorts say so."""

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
from vocloop.store.access import ensure_tenant

runner = CliRunner()


def test_weekly_and_monthly_metrics_match_the_reports(
    app: App, db_url: str, tmp_path: Path
) -> None:
    start = dt.date(2026, 3, 2)  # a Monday; 10 full ISO weeks follow
    paths = write_story(tmp_path, [Story("B0WEEKLY01", 10, 0.1)], start=start, days=70)
    import_paths(app, *paths, marketplace="US")
    returns_in_file = len(paths[1].read_text(encoding="utf-8").splitlines()) - 1
    with app.sessions.begin() as session:
        rebuild_daily(session, tenant_id=ensure_tenant(session).id)
    base = ["--db", db_url, "--lang", "en", "metrics"]
    weeks = json.loads(runner.invoke(cli_app, [*base, "--periods", "10", "--json"]).stdout)
    assert [row["period"] for row in weeks][:2] == ["2026-W19", "2026-W18"]
    assert len(weeks) == 10 and all(row["units"] == 70 for row in weeks)
    assert sum(row["returns"] for row in weeks) == returns_in_file
    newest, oldest = weeks[0], weeks[-1]
    assert newest["cohort_completeness"] < 0.5 < 0.95 < oldest["cohort_completeness"]
    assert newest["cohort_rate"] < oldest["cohort_rate"]  # young orders: returns still to come
    months = json.loads(
        runner.invoke(cli_app, [*base, "--period", "month", "--by", "tenant", "--json"]).stdout
    )
    assert [row["period"] for row in months] == ["2026-05", "2026-04", "2026-03"]
    assert sum(row["units"] for row in months) == 700
    assert months[1]["units"] == 300 and months[1]["asin"] is None
    bad = runner.invoke(cli_app, [*base, "--by", "planet"])
    assert bad.exit_code != 0 and "planet" in bad.output
