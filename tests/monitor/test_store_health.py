"""Store health: negative seller feedback per month, the account-health ODR and safety complaints."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import FIXTURES
from tests.factories import import_paths
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.monitor.render import summary
from vocloop.monitor.store_health import account_health_findings, feedback_months
from vocloop.store.access import ensure_tenant

runner = CliRunner()
AMAZON = FIXTURES / "amazon"


def _later_report(tmp_path: Path, *, rate: float, safety: int) -> Path:
    """The fixture's V2 report two months on, with another ODR and safety-complaint count."""
    report = json.loads((AMAZON / "seller_performance_v2.json").read_text(encoding="utf-8"))
    metrics = report["performanceMetrics"][0]
    metrics["accountHealthRating"]["reportingDateRange"]["reportingDateTo"] = "2026-04-30T23:59:59Z"
    metrics["orderDefectRate"]["afn"]["rate"] = rate
    metrics["orderDefectRate"]["afn"]["reportingDateRange"]["reportingDateTo"] = (
        "2026-04-20T23:59:59Z"
    )
    metrics["productSafetyCustomerComplaints"]["defectsCount"] = safety
    path = tmp_path / "health_april.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_odr_over_the_limit_and_new_safety_complaints_raise_alerts(
    app: App, db_url: str, tmp_path: Path
) -> None:
    import_paths(
        app,
        AMAZON / "seller_performance_v2.json",
        _later_report(tmp_path, rate=0.0112, safety=2),
        marketplace="US",
    )
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
        findings = account_health_findings(session, tenant_id=tenant_id)
    by_kind = {f.kind: f for f in findings}
    assert set(by_kind) == {"odr", "account_safety"}
    assert by_kind["odr"].severity == "high"
    assert by_kind["odr"].facts["odr_rate"] == 0.0112
    assert by_kind["odr"].facts["previous_odr_rate"] == 0.0022
    assert by_kind["account_safety"].facts == {"reported_to": "2026-04-30", "count": 2, "before": 0}
    assert summary(
        "account_safety", by_kind["account_safety"].facts, asin=None, store="us", lang="en"
    ) == ("Product-safety complaints in us's account health rose from 0 to 2 (to 2026-04-30).")
    shown = runner.invoke(cli_app, ["--db", db_url, "health", "--json"])
    assert shown.exit_code == 0, shown.output
    [health] = json.loads(shown.stdout)["account_health"]
    assert (health["odr_rate"], health["previous_odr_rate"], health["safety_complaints"]) == (
        0.0112,
        0.0022,
        2,
    )


def test_a_healthy_account_raises_nothing(app: App) -> None:
    import_paths(app, AMAZON / "seller_performance_v2.json", marketplace="US")
    with app.sessions() as session:
        assert account_health_findings(session, tenant_id=ensure_tenant(session).id) == []


def test_negative_feedback_is_counted_per_month_over_orders(app: App) -> None:
    import_paths(app, AMAZON / "all_orders.tsv", AMAZON / "seller_feedback.tsv", marketplace="US")
    feedback_lines = (AMAZON / "seller_feedback.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ratings = [int(line.split("\t")[1]) for line in feedback_lines]
    with app.sessions() as session:
        months = feedback_months(session, tenant_id=ensure_tenant(session).id, months=24)
    assert sum(m.negative for m in months) == sum(1 for r in ratings if r <= 2)
    assert sum(m.neutral for m in months) == sum(1 for r in ratings if r == 3)
    for month in months:
        if month.orders:
            assert month.negative_rate == month.negative / month.orders
