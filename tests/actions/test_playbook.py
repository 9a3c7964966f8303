"""Playbooks: fixes per root cause of an ASIN with evidence and value; the tenant edits the data."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths, returns_line, write_returns
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.store.access import ensure_tenant

runner = CliRunner()
HARD = "The instructions are impossible to follow, I could not assemble it."


def test_playbook_lists_fixes_for_the_asins_causes_and_a_tenant_can_edit_them(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    lines = [returns_line(n, comment=HARD, date="2026-02-02T08:14:31+00:00") for n in range(1, 9)]
    import_paths(app, write_returns(tmp_path / "r.txt", lines), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    base = ["--db", db_url, "--lang", "en", "playbook"]
    plays = json.loads(
        runner.invoke(cli_app, [*base, "show", "--asin", "B0FAKE0M01", "--json"]).stdout
    )
    top = plays[0]
    assert top["code"] == "usage_difficulty" and top["count"] == 8
    assert any(fix["draft"] == "quick_start" for fix in top["fixes"])
    assert len({q["text"] for q in top["quotes"]}) == len(top["quotes"])  # no repeated quote
    assert top["returns_per_month"] > 0

    exported = tmp_path / "playbook.json"
    runner.invoke(cli_app, [*base, "export", "--output", str(exported)])
    content = json.loads(exported.read_text(encoding="utf-8"))
    content["causes"]["usage_difficulty"] = [
        {"id": "call", "owner": "support", "en": "Phone every buyer.", "zh": "给每位买家打电话。"}
    ]
    exported.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    saved = runner.invoke(cli_app, [*base, "import", str(exported)])
    assert saved.exit_code == 0, saved.output
    zh = runner.invoke(
        cli_app, ["--db", db_url, "--lang", "zh", "playbook", "show", "--asin", "B0FAKE0M01"]
    )
    assert "给每位买家打电话。" in zh.stdout

    content["causes"]["usage_difficulty"][0]["owner"] = "nobody"
    exported.write_text(json.dumps(content), encoding="utf-8")
    refused = runner.invoke(cli_app, [*base, "import", str(exported)])
    assert refused.exit_code == 1
    assert refused.output.strip() == (
        "Error: causes.usage_difficulty[0].owner: 'nobody' is not one of the owners."
    )
