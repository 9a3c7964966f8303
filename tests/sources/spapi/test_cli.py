"""`vocloop stores connect`, `vocloop sync` and `vocloop sync status` against the fake SP-API."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.sources.spapi.conftest import import_by_hand, make_context, store_rows, tenant_id
from tests.spapi_fake import FakeSpapi, Seller
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.errors import UserError
from vocloop.sources.spapi import sync_status, sync_store
from vocloop.store.models import utcnow

runner = CliRunner()


@pytest.fixture
def quick_fake() -> FakeSpapi:
    # Reports are DONE at the first poll (the CLI polls every 30 s like the worker would), and
    # the rate header speeds up the Customer Feedback calls our client starts at 1/s.
    with FakeSpapi(processing_polls=0, rate_scale=20) as server:
        yield server  # type: ignore[misc]
        assert server.invalid == []


def run(
    db_url: str, data_dir: Path, fake: FakeSpapi, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    environment = {
        "VOCLOOP_DATA_DIR": str(data_dir),
        "VOCLOOP_SPAPI_ENDPOINT": fake.url,
        "VOCLOOP_SPAPI_LWA_URL": fake.lwa_url,
        **(env or {}),
    }
    result = runner.invoke(cli_app, ["--db", db_url, "--lang", "en", *args], env=environment)
    return result.exit_code, result.stdout, result.stderr


def connect(
    db_url: str, data_dir: Path, fake: FakeSpapi, seller: Seller, *extra: str
) -> tuple[int, str, str]:
    return run(
        db_url,
        data_dir,
        fake,
        "stores",
        "connect",
        "us",
        "--marketplace",
        "US",
        *extra,
        env={
            "VOCLOOP_LWA_CLIENT_ID": seller.client_id,
            "VOCLOOP_LWA_CLIENT_SECRET": seller.client_secret,
            "VOCLOOP_LWA_REFRESH_TOKEN": seller.refresh_token,
        },
    )


def test_connect_then_sync_fills_the_store_like_a_hand_import(
    db_url: str, tmp_path: Path, quick_fake: FakeSpapi
) -> None:
    data = tmp_path / "data"
    seller = quick_fake.add_seller()
    code, out, err = connect(db_url, data, quick_fake, seller)
    assert (code, err) == (0, "")
    assert f"Created the key that encrypts store credentials: {data / 'secret.key'}." in out
    assert "Store 'us' is connected to Amazon (region na)" in out
    code, out, err = run(
        db_url,
        data,
        quick_fake,
        "sync",
        "--store",
        "us",
        "--kind",
        "all_orders",
        "--kind",
        "fba_returns",
        "--kind",
        "seller_feedback",
        "--kind",
        "account_health",
        "--json",
    )
    assert (code, err) == (0, "")
    payload = json.loads(out)
    assert payload["ok"] is True and payload["throttled"] == 0
    assert [(k["kind"], k["status"]) for k in payload["kinds"]] == [
        ("all_orders", "ok"),
        ("fba_returns", "ok"),
        ("seller_feedback", "ok"),
        ("account_health", "ok"),
    ]
    assert sum(k["added"] for k in payload["kinds"]) == 12 + 31 + 6 + 1
    app = App.open(Settings(database_url=db_url, data_dir=data))
    try:
        import_by_hand(app)
        assert store_rows(app, tenant="default") == store_rows(app, tenant="hand")
    finally:
        app.close()
    code, out, _ = run(db_url, data, quick_fake, "sync", "status", "--json")
    assert code == 0
    rows = {row["kind"]: row for row in json.loads(out)}
    assert rows["fba_returns"]["last_status"] == "ok"
    assert (rows["fba_returns"]["last_records"], rows["fba_returns"]["last_added"]) == (93, 31)
    assert rows["customer_feedback"]["last_status"] is None
    code, out, _ = run(db_url, data, quick_fake, "sync", "status")
    assert code == 0 and "never synced" in out and "fba_returns" in out


def test_credentials_are_encrypted_at_rest_and_never_printed(
    sqlite_url: str, tmp_path: Path, quick_fake: FakeSpapi
) -> None:
    data = tmp_path / "data"
    seller = quick_fake.add_seller()
    code, out, err = connect(sqlite_url, data, quick_fake, seller)
    assert code == 0
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("vocloop.db*"))
    assert seller.client_id.encode() in stored, "the client id is not a secret"
    for secret in (seller.client_secret, seller.refresh_token):
        assert secret.encode() not in stored
        assert secret not in out + err
    assert oct((data / "secret.key").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    ("_case", "change", "message"),
    [
        (
            "wrong secret",
            {"VOCLOOP_LWA_CLIENT_SECRET": "amzn1.oa2-cs.v1.wrong"},
            "Error: Amazon did not accept the client id or client secret (invalid_client: Client "
            "authentication failed); copy both again from the app's LWA credentials (client "
            "secrets expire every 180 days).",
        ),
        (
            "revoked refresh token",
            {"VOCLOOP_LWA_REFRESH_TOKEN": "Atzr|revoked"},
            "Error: Amazon did not accept the refresh token (invalid_grant: The request has an "
            "invalid grant parameter : refresh_token); it was revoked, belongs to another app or "
            "was mistyped: authorize the app for the store again and use the new token.",
        ),
        (
            "not a refresh token",
            {"VOCLOOP_LWA_REFRESH_TOKEN": "Atza|an-access-token"},
            "Error: The refresh token must start with 'Atzr|' (it is shown once when you "
            "authorize the app for the store).",
        ),
        (
            "region of another marketplace",
            {},
            "Error: Store 'us' is on US, served by region na, not eu.",
        ),
    ],
)
def test_bad_credentials_are_said_plainly_and_nothing_is_saved(
    db_url: str,
    tmp_path: Path,
    quick_fake: FakeSpapi,
    _case: str,
    change: dict[str, str],
    message: str,
) -> None:
    data = tmp_path / "data"
    seller = quick_fake.add_seller()
    env = {
        "VOCLOOP_LWA_CLIENT_ID": seller.client_id,
        "VOCLOOP_LWA_CLIENT_SECRET": seller.client_secret,
        "VOCLOOP_LWA_REFRESH_TOKEN": seller.refresh_token,
        **change,
    }
    region = ["--region", "eu"] if _case.startswith("region") else []
    code, out, err = run(
        db_url, data, quick_fake, "stores", "connect", "us", "--marketplace", "US", *region, env=env
    )
    assert code == 1
    assert err.strip() == message
    assert quick_fake.counts["token"] <= 1, "a refusal is not retried"
    code, out, _ = run(db_url, data, quick_fake, "sync", "status", "--json")
    assert (code, json.loads(out)) == (0, [])
    assert not (data / "secret.key").exists()


def test_a_lost_key_is_a_clear_error(db_url: str, tmp_path: Path, quick_fake: FakeSpapi) -> None:
    data = tmp_path / "data"
    connect(db_url, data, quick_fake, quick_fake.add_seller())
    (data / "secret.key").unlink()
    code, _, err = run(db_url, data, quick_fake, "sync", "--store", "us")
    assert code == 1
    assert err.strip() == (
        "Error: The key that encrypts store credentials is missing: set VOCLOOP_SECRET_KEY or put "
        f"the key file back at {data / 'secret.key'}."
    )


def test_a_rotated_key_still_reads_and_re_encrypts(
    db_url: str, tmp_path: Path, quick_fake: FakeSpapi
) -> None:
    from cryptography.fernet import Fernet

    data = tmp_path / "data"
    old = Fernet.generate_key().decode()
    new = Fernet.generate_key().decode()
    seller = quick_fake.add_seller()
    env = {
        "VOCLOOP_SECRET_KEY": old,
        "VOCLOOP_LWA_CLIENT_ID": seller.client_id,
        "VOCLOOP_LWA_CLIENT_SECRET": seller.client_secret,
        "VOCLOOP_LWA_REFRESH_TOKEN": seller.refresh_token,
    }
    assert (
        run(db_url, data, quick_fake, "stores", "connect", "us", "--marketplace", "US", env=env)[0]
        == 0
    )
    rotated = {"VOCLOOP_SECRET_KEY": f"{new},{old}"}
    code, _, err = run(
        db_url, data, quick_fake, "sync", "--store", "us", "--kind", "account_health", env=rotated
    )
    assert (code, err) == (0, "")
    code, _, err = run(
        db_url,
        data,
        quick_fake,
        "sync",
        "--store",
        "us",
        "--kind",
        "account_health",
        env={"VOCLOOP_SECRET_KEY": new},
    )
    assert (code, err) == (0, ""), "after one sync the old key is no longer needed"
    code, _, err = run(
        db_url, data, quick_fake, "sync", "--store", "us", env={"VOCLOOP_SECRET_KEY": old}
    )
    assert code == 1
    assert err.startswith(
        "Error: The credentials of store 'us' cannot be decrypted with the configured key"
    )


def test_sync_needs_a_connected_store(db_url: str, tmp_path: Path, quick_fake: FakeSpapi) -> None:
    data = tmp_path / "data"
    assert run(db_url, data, quick_fake, "stores", "add", "de", "--marketplace", "DE")[0] == 0
    connect(db_url, data, quick_fake, quick_fake.add_seller())
    code, _, err = run(db_url, data, quick_fake, "sync", "--store", "de")
    assert (code, err.strip()) == (
        1,
        "Error: Store 'de' is not connected to Amazon; `vocloop stores connect de` connects it.",
    )
    code, _, err = run(db_url, data, quick_fake, "sync", "--store", "us", "--kind", "returns")
    assert code == 1
    assert err.strip() == (
        "Error: 'returns' is not a sync kind; use one of all_orders, fba_returns, "
        "seller_feedback, account_health, customer_feedback."
    )


def test_amazon_topics_show_an_asin_beside_its_category(
    sqlite_url: str, tmp_path: Path, quick_fake: FakeSpapi
) -> None:
    data = tmp_path / "data"
    connect(sqlite_url, data, quick_fake, quick_fake.add_seller())
    code, out, _ = run(sqlite_url, data, quick_fake, "amazon-topics", "--store", "us")
    assert (code, out.strip()) == (
        0,
        "No Amazon topics for store 'us' yet: `vocloop sync --store us --kind customer_feedback`.",
    )
    for kind in ("all_orders", "customer_feedback"):
        assert run(sqlite_url, data, quick_fake, "sync", "--store", "us", "--kind", kind)[0] == 0
    code, out, _ = run(
        sqlite_url,
        data,
        quick_fake,
        "amazon-topics",
        "--store",
        "us",
        "--asin",
        "B0FAKE0M01",
        "--json",
    )
    assert code == 0
    rows = json.loads(out)
    assert {row["subject_id"] for row in rows} == {"B0FAKE0M01", "37584319"}
    assert {(row["subject"], row["feedback"]) for row in rows} == {
        ("item", "review"),
        ("browse_node", "review"),
        ("browse_node", "return"),
    }
    assert rows[0]["polarity"] == "negative", "what hurts comes first"
    code, out, _ = run(
        sqlite_url, data, quick_fake, "amazon-topics", "--store", "us", "--asin", "B0FAKE0M01"
    )
    assert code == 0 and "Assembly/Installation" in out


def test_a_killed_sync_resumes_the_report_it_had_requested(sqlite_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with FakeSpapi(processing_polls=10_000, rate_scale=20) as fake:
        connect(sqlite_url, data, fake, fake.add_seller())
        environment = {
            **os.environ,
            "VOCLOOP_DATABASE_URL": sqlite_url,
            "VOCLOOP_DATA_DIR": str(data),
            "VOCLOOP_SPAPI_ENDPOINT": fake.url,
            "VOCLOOP_SPAPI_LWA_URL": fake.lwa_url,
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "vocloop", "sync", "--store", "us", "--kind", "fba_returns"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while not any(report.polls for report in list(fake.reports.values())):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        process.kill()  # SIGKILL: no finally, no lease released
        process.wait(10)
        (killed,) = fake.reports
        app = App.open(Settings(database_url=sqlite_url, data_dir=data))
        try:
            owner = tenant_id(app)
            with app.sessions() as session:
                status = {row["kind"]: row for row in sync_status(session, tenant_id=owner)}
            assert status["fba_returns"]["report_in_flight"] == killed
            fake.processing_polls = 0
            with pytest.raises(UserError, match="is being synced already"):
                sync_store(app.sessions, make_context(app, fake), tenant_id=owner, store="us")
            later = make_context(app, fake, clock=lambda: utcnow() + dt.timedelta(minutes=6))
            result = sync_store(
                app.sessions, later, tenant_id=owner, store="us", kinds=["fba_returns"]
            )
            assert result.ok
            assert fake.reports[killed].polls >= 2, "the killed sync's report was used"
            assert fake.counts["createReport"] == 1 + 3, "then the 90 days in 30-day windows"
            import_by_hand(app, names=("fba_returns.tsv",))
            assert store_rows(app, tenant="default") == store_rows(app, tenant="hand")
        finally:
            app.close()
        assert fake.invalid == []


def test_the_worker_syncs_connected_stores_when_due_and_then_analyses_them(
    db_url: str, tmp_path: Path, quick_fake: FakeSpapi
) -> None:
    data = tmp_path / "data"
    seller = quick_fake.add_seller()
    assert connect(db_url, data, quick_fake, seller)[0] == 0
    code, out, err = run(db_url, data, quick_fake, "worker", "--once")
    assert code == 0, out + err
    assert "sync default/us: 5 kind(s)" in out
    assert "analyze default:" in out and "texts classified" in out
    again = run(db_url, data, quick_fake, "worker", "--once")[1]
    assert "sync default/us" not in again  # nothing is due until the schedule says so
