"""The CLI contract: commands, --json shapes, exit codes and exact error lines."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import AMAZON_FIXTURES
from tests.factories import returns_line, write_returns
from vocloop.cli import app as cli_app

runner = CliRunner()


def run(db_url: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli_app, ["--db", db_url, "--lang", "en", *args])
    return result.exit_code, result.stdout, result.stderr


def test_import_json_contract_on_the_shared_fixtures(db_url: str) -> None:
    code, out, _ = run(
        db_url,
        "import",
        str(AMAZON_FIXTURES / "fba_returns.tsv"),
        str(AMAZON_FIXTURES / "all_orders.tsv"),
        "--json",
    )
    assert code == 0
    payload = json.loads(out)
    files = {Path(f["path"]).name: f for f in payload["files"]}
    returns = files["fba_returns.tsv"]
    assert {
        k: returns[k] for k in ("kind", "records", "added", "duplicates", "rejected", "errors")
    } == {
        "kind": "fba_returns",
        "records": 31,
        "added": 31,
        "duplicates": 0,
        "rejected": 0,
        "errors": [],
    }
    assert returns["marketplace"] == "US,DE,JP,FR,IT,ES"
    for entry in payload["files"]:
        assert entry["records"] == entry["added"] + entry["duplicates"] + entry["rejected"]
    code, out, _ = run(db_url, "import", str(AMAZON_FIXTURES / "fba_returns.tsv"), "--json")
    assert code == 0
    (again,) = json.loads(out)["files"]
    assert (again["added"], again["duplicates"]) == (0, 31)


def test_bad_file_exit_code_and_error_line(db_url: str, tmp_path: Path) -> None:
    path = write_returns(
        tmp_path / "returns.tsv", [returns_line(1), returns_line(2, quantity="1.5")]
    )
    code, out, err = run(db_url, "import", str(path), "--json")
    assert code == 1
    (entry,) = json.loads(out)["files"]
    assert entry["errors"] == [
        {"line": 3, "field": "quantity", "message": "quantity '1.5' is not a whole number"}
    ]
    assert (entry["records"], entry["added"], entry["rejected"]) == (2, 0, 2)
    assert err.strip() == (
        f"Error: {path}: line 3, field 'quantity': quantity '1.5' is not a whole number "
        "(nothing was imported; --skip-bad-rows imports the good rows)."
    )
    code, out, _ = run(db_url, "import", str(path), "--skip-bad-rows", "--json")
    assert code == 0
    (entry,) = json.loads(out)["files"]
    assert (entry["added"], entry["rejected"]) == (1, 1)


@pytest.mark.parametrize(
    ("_case", "args", "line"),
    [
        ("missing file", ["import", "nope.tsv"], "Error: nope.tsv: no such file or folder."),
        (
            "bad marketplace",
            ["import", str(AMAZON_FIXTURES / "fba_returns.tsv"), "--marketplace", "XX"],
            "Error: 'XX' is not an Amazon marketplace; use a country code",
        ),
        (
            "unknown tenant",
            ["stores", "list", "--tenant", "nobody"],
            "Error: There is no tenant 'nobody'; `vocloop tenants list` shows them.",
        ),
    ],
)
def test_user_errors_are_one_line(sqlite_url: str, _case: str, args: list[str], line: str) -> None:
    code, _, err = run(sqlite_url, *args)
    assert code == 1
    assert err.strip().startswith(line)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_tenants_and_stores_commands(db_url: str) -> None:
    assert run(db_url, "tenants", "add", "brand-a", "--name", "Brand A")[0] == 0
    code, _, err = run(db_url, "tenants", "add", "brand-a")
    assert (code, err.strip()) == (1, "Error: Tenant 'brand-a' exists already.")
    assert (
        run(
            db_url,
            "stores",
            "add",
            "jp-main",
            "--marketplace",
            "A1VC38T7YXB528",
            "--tenant",
            "brand-a",
        )[0]
        == 0
    )
    code, out, _ = run(db_url, "stores", "list", "--tenant", "brand-a", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "slug": "jp-main",
            "name": "Amazon.co.jp (JP)",
            "marketplace": "JP",
            "marketplace_id": "A1VC38T7YXB528",
        }
    ]
    code, out, _ = run(db_url, "tenants", "list", "--json")
    assert [t["slug"] for t in json.loads(out)] == ["brand-a"]


def test_human_output_in_chinese(sqlite_url: str) -> None:
    result = runner.invoke(
        cli_app,
        ["--db", sqlite_url, "--lang", "zh", "import", str(AMAZON_FIXTURES / "fba_returns.tsv")],
    )
    assert result.exit_code == 0
    assert "共 1 个文件:新增 31 条记录,0 条已存在,0 条被拒绝。" in result.stdout


def test_info_shows_database_and_kinds(sqlite_url: str) -> None:
    code, out, _ = run(sqlite_url, "info")
    assert code == 0
    from vocloop.store.db import MIGRATIONS_DIR

    newest = max(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("0*.py"))
    assert "fba_returns" in out
    assert f"Schema revision: {newest}" in out


def test_import_killed_mid_file_leaves_nothing(tmp_path: Path) -> None:
    """A subprocess import killed while writing a large file leaves no rows and no batch."""
    db = tmp_path / "kill.db"
    path = write_returns(tmp_path / "big.tsv", [returns_line(n) for n in range(1, 400_001)])
    env = {**os.environ, "VOCLOOP_DATA_DIR": str(tmp_path / "data")}
    assert (
        subprocess.run(
            [sys.executable, "-m", "vocloop", "--db", f"sqlite:///{db}", "init"],
            env=env,
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "vocloop", "--db", f"sqlite:///{db}", "import", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Wait until the import has begun writing (the WAL file grows), then kill it hard.
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        if process.poll() is not None:
            break
        time.sleep(0.02)
    assert process.poll() is None, (
        "the import finished before it could be killed; use a larger file"
    )
    process.send_signal(signal.SIGKILL)
    process.wait()
    import sqlite3

    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM returns").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM import_batches").fetchone() == (0,)


@pytest.mark.parametrize("_case", ["en", "zh"])
def test_voc_template_filled_in_imports(_case: str, sqlite_url: str, tmp_path: Path) -> None:
    result = runner.invoke(cli_app, ["--db", sqlite_url, "--lang", _case, "template", "voc"])
    assert result.exit_code == 0
    header = result.stdout
    path = tmp_path / "voc.csv"
    path.write_text(
        header + "DE,B0FAKE0C04,VL-CHG-65W-EU,Charger,Poor,2.5%,5,200,Defective,2026-02-28,\n",
        encoding="utf-8",
    )
    code, out, _ = run(sqlite_url, "import", str(path), "--json")
    assert code == 0
    (entry,) = json.loads(out)["files"]
    assert (entry["kind"], entry["marketplace"], entry["added"]) == ("voc", "DE", 1)


def test_error_lines_in_chinese_keep_json_english(sqlite_url: str, tmp_path: Path) -> None:
    path = write_returns(tmp_path / "returns.tsv", [returns_line(1, quantity="two")])
    result = runner.invoke(cli_app, ["--db", sqlite_url, "--lang", "zh", "import", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {path}: 第 2 行,字段「quantity」: quantity 'two' 不是整数"
        "(未导入任何数据;加 --skip-bad-rows 可只导入正确的行)。"
    )
    result = runner.invoke(
        cli_app, ["--db", sqlite_url, "--lang", "zh", "import", str(path), "--json"]
    )
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["errors"][0]["message"] == "quantity 'two' is not a whole number"
    result = runner.invoke(
        cli_app, ["--db", sqlite_url, "--lang", "zh", "stores", "list", "--tenant", "x"]
    )
    assert result.stderr.strip() == "Error: 租户「x」不存在;可用 `vocloop tenants list` 查看。"


def test_import_history_lists_what_each_import_did(sqlite_url: str) -> None:
    run(sqlite_url, "import", str(AMAZON_FIXTURES / "fba_returns.tsv"))
    run(sqlite_url, "import", str(AMAZON_FIXTURES / "fba_returns.tsv"))
    code, out, _ = run(sqlite_url, "imports", "--json")
    assert code == 0
    history = json.loads(out)
    assert [(h["kind"], h["records"], h["added"], h["duplicates"]) for h in history] == [
        ("fba_returns", 31, 0, 31),
        ("fba_returns", 31, 31, 0),
    ]
    assert history[0]["sha256"] == history[1]["sha256"]
