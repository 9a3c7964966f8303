"""`vocloop gaps`: complaint topics the listing leaves unanswered, across languages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths, returns_line, write_returns
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.analysis.topics.refresh import refresh_topics
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.store.access import ensure_tenant

runner = CliRunner()
ASSEMBLY = [
    "The instructions are impossible to follow, I could not assemble it.",
    "Could not put it together, the assembly manual makes no sense.",
    "Assembly took hours because the instructions are so confusing.",
    "Impossible to assemble, the instruction diagrams are unclear.",
]


def test_a_listing_that_explains_assembly_closes_the_gap_one_that_does_not_leaves_it(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    lines = [returns_line(n, comment=ASSEMBLY[n % 4]) for n in range(1, 13)]
    import_paths(app, write_returns(tmp_path / "r.txt", lines), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=tenant_id)
    plain = tmp_path / "plain.txt"
    plain.write_text("Travel mug 350 ml\n• Double-walled steel\n• Black matte finish\n")
    # German bullets answering an English complaint: the comparison crosses languages.
    explained = tmp_path / "explained.txt"
    explained.write_text(
        "Reisebecher 350 ml\n• Einfacher Aufbau: jeder Schritt der Montageanleitung mit Bild\n",
        encoding="utf-8",
    )
    base = ["--db", db_url, "gaps", "--asin", "B0FAKE0M01", "--json", "--listing"]
    before = json.loads(runner.invoke(cli_app, [*base, str(plain)]).stdout)
    after = json.loads(runner.invoke(cli_app, [*base, str(explained)]).stdout)
    assert before["checked_topics"] >= 1
    assert [g["root_cause"] for g in before["gaps"]] == ["usage_difficulty"] * len(before["gaps"])
    assert len(before["gaps"]) == before["checked_topics"]
    assert len(after["gaps"]) < len(before["gaps"])
    empty = runner.invoke(
        cli_app,
        ["--db", db_url, "--lang", "en", "gaps", "--asin", "B0FAKE0M01", "--listing", "-"],
        input="  ",
    )
    assert empty.exit_code == 1 and "the listing text is empty" in empty.output
