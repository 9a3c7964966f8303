"""`vocloop worker`: one cycle keeps every tenant analysed; workers never run one tenant twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from tests.factories import import_paths, returns_line, write_returns
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.jobs.locks import job_lock
from vocloop.store.models import AsinDay, TextClassification

runner = CliRunner()


def test_one_cycle_classifies_new_texts_and_refreshes_metrics(
    app: App, db_url: str, tmp_path: Path
) -> None:
    lines = [returns_line(n, comment="The handle snapped off after a week.") for n in range(1, 6)]
    import_paths(app, write_returns(tmp_path / "returns.txt", lines), marketplace="US")
    first = runner.invoke(cli_app, ["--db", db_url, "--lang", "en", "worker", "--once"])
    assert first.exit_code == 0, first.output
    assert "analyze default: 5 texts classified" in first.stdout
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TextClassification)) == 5
        assert session.scalar(select(func.sum(AsinDay.returns))) == 5
    again = runner.invoke(cli_app, ["--db", db_url, "--lang", "en", "worker", "--once"])
    assert "analyze default: 0 texts classified" in again.stdout


@pytest.mark.postgres
def test_a_tenant_job_held_by_one_worker_is_skipped_by_another(
    postgres_server: str, tmp_path: Path
) -> None:
    # Two workers = two apps (two connection pools) on one PostgreSQL database.
    one = App.open(Settings(database_url=postgres_server, data_dir=tmp_path))
    two = App.open(Settings(database_url=postgres_server, data_dir=tmp_path))
    try:
        with job_lock(one.engine, "vocloop:analyze:1") as first:
            with job_lock(two.engine, "vocloop:analyze:1") as second:
                assert first and not second
            with job_lock(two.engine, "vocloop:analyze:2") as other_tenant:
                assert other_tenant
        with job_lock(two.engine, "vocloop:analyze:1") as after_release:
            assert after_release
    finally:
        one.close()
        two.close()
