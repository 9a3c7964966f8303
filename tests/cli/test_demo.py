"""`vocloop demo` builds the demo tenant through the normal import path, and rebuilds it cleanly."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from vocloop.accounts import authenticate
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.store.access import count_rows, get_tenant, list_stores
from vocloop.store.models import OrderLine, Return, Review

runner = CliRunner()


def test_demo_builds_three_stores_and_rebuilds_without_duplicates(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    args = [
        "--db",
        db,
        "--lang",
        "en",
        "demo",
        "--folder",
        str(tmp_path / "reports"),
        "--today",
        "2026-11-28",
    ]
    first = runner.invoke(cli_app, args)
    assert first.exit_code == 0, first.stdout + first.stderr
    assert "Demo tenant 'demo' is ready: 3 stores, 30 products" in first.stdout
    assert "B0DEMOCH65 (US, DE): after a supplier change on 2026-07-31" in first.stdout
    # The demo runs the analysis too: the planted assembly problem leads its ASIN's causes.
    assert "Root causes of B0DEMODK12: Usage difficulty" in first.stdout
    app = App.open(Settings(database_url=db, data_dir=tmp_path))
    with app.sessions() as session:
        tenant = get_tenant(session, "demo")
        stores = sorted(store.marketplace for store in list_stores(session, tenant_id=tenant.id))
        counts = [
            count_rows(session, model, tenant_id=tenant.id) for model in (OrderLine, Return, Review)
        ]
    assert stores == ["DE", "JP", "US"]
    assert all(count > 1000 for count in counts)
    # Every returns file's rows went to the store of its own marketplace.
    with app.sessions() as session:
        by_store = {
            store.marketplace: count_rows(session, Return, tenant_id=tenant.id, store_id=store.id)
            for store in list_stores(session, tenant_id=tenant.id)
        }
    assert sum(by_store.values()) == counts[1] and min(by_store.values()) > 500
    second = runner.invoke(cli_app, args)
    assert second.exit_code == 0
    with app.sessions() as session:
        tenant = get_tenant(session, "demo")
        again = [
            count_rows(session, model, tenant_id=tenant.id) for model in (OrderLine, Return, Review)
        ]
    assert again == counts
    # Each build prints a fresh web login for the demo tenant, and it works.
    login = re.search(r"as (\S+) with password (\S+)", second.stdout)
    assert login is not None
    with app.sessions() as session:
        assert authenticate(session, login.group(1), login.group(2)) is not None
    app.close()
