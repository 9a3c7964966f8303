"""Uploads: imported in the background by the CLI's import function, with the CLI's per-file result."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import AMAZON_FIXTURES
from tests.web.conftest import PASSWORD, csrf_of, log_in
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.store.access import count_rows, create_tenant, get_tenant
from vocloop.store.models import ImportBatch
from vocloop.web import create_app

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _owner(app: App) -> None:
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="shop")
        user = create_user(session, email="me@shop.example", password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=tenant.id, role="owner")


def _finished(client: TestClient, job_id: str) -> str:
    for _ in range(400):
        page = client.get(f"/imports/jobs/{job_id}").text
        if 'data-state="done"' in page:
            return page
        time.sleep(0.05)
    raise AssertionError("the upload never finished")


def test_upload_gives_the_cli_json_per_file_and_the_asin_appears(
    web_app: App, client: TestClient, tmp_path: Path
) -> None:
    _owner(web_app)
    log_in(client, "me@shop.example")
    returns = (AMAZON_FIXTURES / "fba_returns.tsv").read_bytes()
    response = client.post(
        "/imports",
        files=[
            ("files", ("fba_returns.tsv", returns, "text/plain")),
            ("files", ("photo.tsv", PNG, "text/plain")),
        ],  # the name lies; the bytes do not
        headers={"X-CSRF-Token": csrf_of(client, "/imports"), "HX-Request": "true"},
    )
    assert response.status_code == 200
    job_id = re.search(r'id="job-([0-9a-f]+)"', response.text).group(1)  # type: ignore[union-attr]
    page = _finished(client, job_id)
    pre = re.search(r'<pre class="json">(.*?)</pre>', page, re.S)
    assert pre
    shown = json.loads(html.unescape(pre.group(1)))
    # The same two files through `vocloop import --json` into a fresh database.
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "fba_returns.tsv").write_bytes(returns)
    (folder / "photo.tsv").write_bytes(PNG)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    assert runner.invoke(cli_app, ["--db", db, "tenants", "add", "shop"]).exit_code == 0
    cli = runner.invoke(
        cli_app,
        [
            "--db",
            db,
            "import",
            "--json",
            "--tenant",
            "shop",
            str(folder / "fba_returns.tsv"),
            str(folder / "photo.tsv"),
        ],
    )
    expected = json.loads(cli.stdout)["files"]
    for entry in expected:
        entry["path"] = Path(entry["path"]).name
        if entry["message"]:
            entry["message"] = entry["message"].replace(str(folder) + "/", "")
            for error in entry["errors"]:
                error["message"] = error["message"].replace(str(folder) + "/", "")
    assert shown["files"] == expected
    assert [f["imported"] for f in shown["files"]] == [True, False]
    assert "PNG image" in shown["files"][1]["message"]
    assert "B0FAKE0M01" in client.get("/asins?days=3650").text
    history = client.get("/imports").text
    assert "fba_returns.tsv" in history
    assert not any((web_app.settings.data_dir / "uploads").iterdir())  # files removed after import


def test_an_upload_over_the_limit_is_refused_and_nothing_is_stored(web_app: App) -> None:
    _owner(web_app)
    with TestClient(create_app(web_app, max_upload_mb=1, classify_uploads=False)) as client:
        log_in(client, "me@shop.example")
        big = b"x" * (1024 * 1024 + 10)
        response = client.post(
            "/imports",
            files=[("files", ("big.tsv", big, "text/plain"))],
            headers={"X-CSRF-Token": csrf_of(client, "/imports"), "Accept-Language": "en"},
        )
        assert response.status_code == 400
        assert "The upload is larger than 1 MB." in response.text
    with web_app.sessions() as session:
        tenant = get_tenant(session, "shop")
        assert count_rows(session, ImportBatch, tenant_id=tenant.id) == 0
    uploads = web_app.settings.data_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())
