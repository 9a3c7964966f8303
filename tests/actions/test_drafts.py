"""`vocloop draft`: drafts in the marketplace's language around the buyers' words, each one
through the policy checker before it is shown."""

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
from vocloop.store.models import Product

runner = CliRunner()
HARD = "The instructions are impossible to follow, I could not assemble it."


def _asin_with_complaints(app: App, tmp_path: Path, classifier: Classifier) -> None:
    lines = [returns_line(n, comment=HARD) for n in range(1, 7)]
    import_paths(app, write_returns(tmp_path / "r.txt", lines), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)


def test_drafts_answer_the_top_issue_in_the_marketplace_language_and_pass_the_checker(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    _asin_with_complaints(app, tmp_path, classifier)
    result = runner.invoke(cli_app, ["--db", db_url, "draft", "--asin", "B0FAKE0M01", "--json"])
    assert result.exit_code == 0, result.output
    drafts = {d["kind"]: d for d in json.loads(result.stdout)}
    quick = drafts["quick_start"]
    assert quick["cause"] == "usage_difficulty" and quick["lang"] == "en"
    assert "impossible to follow" in quick["text"]  # the buyers' own words
    assert quick["text_zh"].startswith("快速入门")
    assert quick["ready"] and quick["checked"]
    assert drafts["insert"]["ready"]


def test_a_draft_that_breaks_policy_is_held_back_with_its_finding(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    _asin_with_complaints(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        for product in session.query(Product):
            product.title = "Travel Mug - leave us a 5-star review and get a free gift"
    result = runner.invoke(
        cli_app,
        ["--db", db_url, "--lang", "en", "draft", "--asin", "B0FAKE0M01", "--kind", "insert"],
    )
    assert result.exit_code == 0, result.output
    assert "held back" in result.stdout
    assert "Thank you for choosing" not in result.stdout  # the draft itself is not shown
    assert "error REV-" in result.stdout  # but why it was held back is
