"""Monitoring on imported reports: the right alerts, once, with their numbers and quotes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.monitor.alert_store import change_status, live_alerts
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.store.access import ensure_tenant
from vocloop.store.models import Alert, AsinDay

START = dt.date(2026, 1, 1)
DAYS = 240
CHANGE = 180
NOW = dt.datetime(2026, 8, 30, 9, tzinfo=dt.UTC)
STORIES = [
    Story("B0STABLE01", 30, 0.05, comment="Changed my mind, no longer needed."),
    Story(
        "B0CHANGE01",
        30,
        0.05,
        rate_after=0.15,
        change_day=CHANGE,
        comment="Changed my mind, no longer needed.",
        comment_after="Stopped charging after a week, the new batch is dead.",
    ),
    Story("B0QUIET001", 10, 0.04, comment="Arrived late, the box was fine."),
]


def _build(app: App, tmp_path: Path, classifier: Classifier, *, safety: bool = True) -> int:
    paths = write_story(tmp_path, STORIES, start=START, days=DAYS)
    if safety:
        returns = paths[1].read_text(encoding="utf-8").splitlines()
        # One buyer of the quiet ASIN reports a hazard.
        for index, line in enumerate(returns):
            if "\tB0QUIET001\t" in line:
                fields = line.split("\t")
                fields[-1] = "The plug sparked and started to smoke, it nearly caught fire."
                returns[index] = "\t".join(fields)
                break
        paths[1].write_text("\n".join(returns) + "\n", encoding="utf-8")
    results = import_paths(app, *paths, marketplace="US")
    assert all(result.imported for result in results), [r.message for r in results]
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    return tenant_id


def test_a_doubled_return_rate_and_a_safety_complaint_raise_alerts_and_nothing_else(
    app: App, tmp_path: Path, classifier: Classifier
) -> None:
    tenant_id = _build(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        result = refresh_monitoring(session, tenant_id=tenant_id, now=NOW)
    assert result.last_day == START + dt.timedelta(days=DAYS - 1)
    with app.sessions() as session:
        alerts = live_alerts(session, tenant_id=tenant_id, now=NOW)
        units = session.scalar(
            select(func.sum(AsinDay.units)).where(AsinDay.tenant_id == tenant_id)
        )
    assert units == 30 * DAYS + 30 * DAYS + 10 * DAYS
    found = {(a.kind, a.asin) for a in alerts}
    assert ("return_rate", "B0CHANGE01") in found
    assert ("safety", "B0QUIET001") in found
    assert not {k for k in found if k[1] == "B0STABLE01"}
    assert ("return_rate", "B0QUIET001") not in found
    rate = next(a for a in alerts if a.kind == "return_rate")
    change_day = START + dt.timedelta(days=CHANGE)
    assert rate.since is not None and abs((rate.since - change_day).days) <= 21
    assert rate.detected_on >= change_day
    assert rate.facts["ratio"] >= 2
    assert rate.facts["cohort_rate_since"] > 2 * rate.facts["cohort_rate_before"]
    assert any("Stopped charging" in q["text"] for q in rate.quotes["items"])
    safety = next(a for a in alerts if a.kind == "safety")
    assert safety.severity == "critical"
    assert "sparked" in safety.quotes["items"][0]["text"]


def test_alerts_are_raised_once_and_a_resolved_one_stays_resolved(
    app: App, tmp_path: Path, classifier: Classifier
) -> None:
    tenant_id = _build(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        first = refresh_monitoring(session, tenant_id=tenant_id, now=NOW)
    with app.sessions.begin() as session:
        again = refresh_monitoring(session, tenant_id=tenant_id, now=NOW)
    assert first.opened and not again.opened
    with app.sessions.begin() as session:
        rate_id = session.scalar(select(Alert.id).where(Alert.kind == "return_rate"))
        assert rate_id is not None
        change_status(
            session, tenant_id=tenant_id, alert_id=rate_id, status="resolved", by="t", now=NOW
        )
    with app.sessions.begin() as session:
        third = refresh_monitoring(session, tenant_id=tenant_id, now=NOW)
        total = session.scalar(select(func.count()).select_from(Alert))
    assert not third.opened
    assert total == len(first.opened)


def test_alerts_cli_lists_json_and_moves_alerts(
    db_url: str, tmp_path: Path, classifier: Classifier, app: App
) -> None:
    tenant_id = _build(app, tmp_path, classifier, safety=True)
    with app.sessions.begin() as session:
        refresh_monitoring(session, tenant_id=tenant_id, now=NOW)
    runner = CliRunner()
    base = ["--db", db_url, "--lang", "en"]
    listed = runner.invoke(cli_app, [*base, "alerts", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert rows and rows[0]["kind"] == "safety"  # most severe first
    for row in rows:
        assert {"id", "kind", "severity", "asin", "store", "opened_at", "summary"} <= set(row)
        assert row["store"] == "us"
    rate = next(row for row in rows if row["kind"] == "return_rate")
    assert "B0CHANGE01" in rate["summary"] and "%" in rate["summary"]

    snoozed = runner.invoke(cli_app, [*base, "alerts", "snooze", str(rate["id"]), "--days", "3"])
    assert snoozed.exit_code == 0, snoozed.output
    after = json.loads(runner.invoke(cli_app, [*base, "alerts", "list", "--json"]).stdout)
    assert rate["id"] not in {row["id"] for row in after}
    zh = runner.invoke(cli_app, ["--db", db_url, "--lang", "zh", "alerts", "list"])
    assert "安全投诉" in zh.stdout and "紧急" in zh.stdout

    missing = runner.invoke(cli_app, [*base, "alerts", "ack", "9999"])
    assert missing.exit_code == 1
    assert missing.output.strip() == "Error: There is no alert 9999 in this tenant."
