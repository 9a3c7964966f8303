"""`vocloop users add|list` makes web logins; `vocloop demo` prints one that works."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from vocloop.accounts import authenticate
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings

runner = CliRunner()


def test_users_add_prints_a_password_that_logs_in(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    assert runner.invoke(cli_app, ["--db", db, "tenants", "add", "shop"]).exit_code == 0
    added = runner.invoke(
        cli_app,
        ["--db", db, "--lang", "en", "users", "add", "Ops@Shop.example", "--tenant", "shop"],
    )
    assert added.exit_code == 0, added.stdout + added.stderr
    assert "User ops@shop.example is owner of tenant 'shop'." in added.stdout
    password = re.search(r"Password: (\S+)", added.stdout).group(1)  # type: ignore[union-attr]
    app = App.open(Settings(database_url=db, data_dir=tmp_path))
    with app.sessions() as session:
        assert authenticate(session, "ops@shop.example", password) is not None
        assert authenticate(session, "ops@shop.example", password + "x") is None
    listed = runner.invoke(cli_app, ["--db", db, "users", "list", "--tenant", "shop", "--json"])
    assert json.loads(listed.stdout) == [
        {"email": "ops@shop.example", "role": "owner", "store_ids": None}
    ]
    again = runner.invoke(
        cli_app,
        ["--db", db, "users", "add", "ops@shop.example", "--tenant", "shop", "--role", "boss"],
    )
    assert again.exit_code == 1
    assert again.stderr.strip() == (
        "Error: 'boss' is not a role; roles are owner, admin, analyst, agent, viewer."
    )
    unknown = runner.invoke(
        cli_app, ["--db", db, "users", "add", "x@y.example", "--tenant", "nope"]
    )
    assert unknown.exit_code == 1 and "There is no tenant 'nope'" in unknown.stderr
