"""An unexpected failure shows one sentence with an incident id, never a traceback."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from tests.web.conftest import build_tenant, log_in
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.web import create_app

STATIC = Path(__file__).parents[2] / "src" / "vocloop" / "web" / "static"
TEMPLATES = STATIC.parent / "templates"


def test_an_internal_error_is_one_sentence_in_the_users_language(
    sqlite_app: App, tmp_path: Path, classifier: Classifier
) -> None:
    # SQLite only: the test breaks its database, which the PostgreSQL tests share.
    alpha = build_tenant(sqlite_app, tmp_path, classifier, "alpha", "B0AAAA0")
    client = TestClient(
        create_app(sqlite_app, classify_uploads=False), raise_server_exceptions=False
    )
    log_in(client, alpha.email)
    with sqlite_app.engine.begin() as connection:
        connection.execute(text("DROP TABLE asin_causes"))  # the store breaks under the app
    page = client.get("/")
    assert page.status_code == 500
    assert re.search(r"vocloop 内部出错\(事件编号 [0-9a-f]{8}\)", page.text)
    assert "Traceback" not in page.text and "asin_causes" not in page.text
    api = client.get("/api/v1/overview", headers={"Authorization": f"Bearer {alpha.token}"})
    assert api.status_code == 500
    assert re.fullmatch(
        r"Internal error \(incident [0-9a-f]{8}\)\.", api.json()["error"]["message"]
    )


def test_vendored_files_match_their_recorded_digests_and_nothing_loads_from_a_cdn() -> None:
    vendor = (STATIC / "VENDOR.md").read_text(encoding="utf-8")
    recorded = dict(re.findall(r"^\| (\S+\.js) \|.*\| ([0-9a-f]{64}) \|$", vendor, re.M))
    assert set(recorded) == {"htmx.min.js", "echarts.simple.min.js"}
    for name, digest in recorded.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest() == digest
    for template in TEMPLATES.glob("*.html"):
        assert not re.search(
            r"""(src|href)="(https?:)?//""", template.read_text(encoding="utf-8")
        ), template
