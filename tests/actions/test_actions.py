"""Action tracker: a recorded fix is measured against comparable ASINs, honestly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.monitor.daily import rebuild_daily
from vocloop.store.access import ensure_tenant

runner = CliRunner()
START = dt.date(2026, 1, 1)
DAYS = 230
FIX_DAY = 150
SMALL = "Runs small, I had to send it back for a bigger size."


def _build(app: App, tmp_path: Path, classifier: Classifier) -> None:
    stories = [
        Story("B0FIXED001", 30, 0.15, rate_after=0.05, change_day=FIX_DAY, comment=SMALL),
        Story("B0OTHER001", 30, 0.15, comment=SMALL),
        Story("B0OTHER002", 30, 0.15, comment=SMALL),
    ]
    import_paths(app, *write_story(tmp_path, stories, start=START, days=DAYS), marketplace="US")
    with app.sessions.begin() as session:
        tenant_id = ensure_tenant(session).id
        rebuild_daily(session, tenant_id=tenant_id)
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)


def test_a_fix_that_worked_is_measured_with_an_interval_and_a_fresh_one_waits(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    _build(app, tmp_path, classifier)
    base = ["--db", db_url, "--lang", "en", "actions"]
    effective = (START + dt.timedelta(days=FIX_DAY)).isoformat()
    added = runner.invoke(
        cli_app,
        [
            *base,
            "add",
            "--asin",
            "B0FIXED001",
            "--kind",
            "listing",
            "--effective",
            effective,
            "--cause",
            "size_fit",
            "--description",
            "Size chart corrected",
            "--cost",
            "120",
        ],
    )
    assert added.exit_code == 0, added.output
    shown = json.loads(runner.invoke(cli_app, [*base, "show", "1", "--json"]).stdout)
    assert shown["control_asins"] == 2
    rate = shown["effects"]["return_rate"]
    assert rate["status"] == "improved"
    low, high = rate["interval90"]
    assert low <= -0.10 <= high  # true change: 15% -> 5%, controls flat
    assert rate["before"] > 0.12 and rate["after"] < 0.08
    cause = shown["effects"]["cause_rate"]
    assert cause["status"] == "improved" and cause["interval90"][1] < 0
    text = runner.invoke(cli_app, [*base, "show", "1"]).stdout
    assert "It worked." in text and "90% interval" in text

    late = (START + dt.timedelta(days=DAYS - 4)).isoformat()
    runner.invoke(
        cli_app,
        [
            *base,
            "add",
            "--asin",
            "B0OTHER001",
            "--kind",
            "insert",
            "--effective",
            late,
            "--description",
            "New insert card",
        ],
    )
    fresh = json.loads(runner.invoke(cli_app, [*base, "show", "2", "--json"]).stdout)
    waiting = fresh["effects"]["return_rate"]
    assert waiting["status"] == "collecting" and waiting["weeks_needed"] >= 2
    zh = runner.invoke(cli_app, ["--db", db_url, "--lang", "zh", "actions", "show", "2"]).stdout
    assert "数据尚不足" in zh and "周" in zh
    listed = json.loads(runner.invoke(cli_app, [*base, "list", "--json"]).stdout)
    assert [row["id"] for row in listed] == [2, 1]


def test_bad_action_input_is_one_sentence(app: App, db_url: str) -> None:
    with app.sessions.begin() as session:
        ensure_tenant(session)
    base = ["--db", db_url, "--lang", "en", "actions"]
    wrong = runner.invoke(
        cli_app,
        [
            *base,
            "add",
            "--asin",
            "B0X",
            "--kind",
            "magic",
            "--effective",
            "2026-01-01",
            "--description",
            "x",
        ],
    )
    assert wrong.exit_code == 1
    assert wrong.output.strip().startswith("Error: Unknown action kind 'magic'")
    missing = runner.invoke(cli_app, [*base, "show", "7"])
    assert missing.exit_code == 1
    assert missing.output.strip() == "Error: There is no action 7 in this tenant."
