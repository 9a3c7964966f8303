"""`vocloop classify`, `analyze` and `causes` on real files and both databases."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import AMAZON_FIXTURES
from vocloop.cli import app as cli_app

runner = CliRunner()


def run(db_url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli_app, ["--db", db_url, "--lang", "en", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_classify_writes_input_columns_plus_results(sqlite_url: str, tmp_path: Path) -> None:
    source = tmp_path / "comments.csv"
    source.write_text(
        "id,comment,code\n"
        '1,"The lid leaks after two days, coffee everywhere",DEFECTIVE\n'
        "2,no longer needed,DEFECTIVE\n"
        "3,Das Ladegerät wird extrem heiß und riecht verbrannt,\n"
        "4,,UNDELIVERABLE_REFUSED\n",
        encoding="utf-8",
    )
    output = tmp_path / "out" / "causes.csv"
    code, _, _ = run(
        sqlite_url,
        "classify",
        str(source),
        "--text-column",
        "comment",
        "--reason-column",
        "code",
        "--output",
        str(output),
    )
    assert code == 0
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert list(rows[0]) == [
        "id",
        "comment",
        "code",
        "root_cause",
        "root_cause_secondary",
        "confidence",
        "lang",
        "reason_mismatch",
    ]
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[1]["root_cause"] == "buyer_remorse"
    assert rows[1]["reason_mismatch"] == "seller_fault_code_buyer_remorse_words"
    assert (rows[2]["root_cause"], rows[2]["lang"]) == ("safety_concern", "de")
    assert (rows[3]["root_cause"], rows[3]["lang"]) == ("shipping_delivery", "")
    assert all(0.0 <= float(r["confidence"]) <= 1.0 for r in rows)


def test_classify_reads_stdin_and_writes_stdout(sqlite_url: str) -> None:
    code, out, _ = run(
        sqlite_url,
        "classify",
        "-",
        "--text-column",
        "text",
        "--output",
        "-",
        stdin="text\nRuns a full size small, tight on the shoulders\n",
    )
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["root_cause"] == "size_fit"
    assert "reason_mismatch" not in row


def test_classify_missing_column_is_one_error_line(sqlite_url: str, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text("id,text\n1,broken\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    code, _, err = run(
        sqlite_url, "classify", str(source), "--text-column", "body", "--output", str(output)
    )
    assert code == 1
    assert err.strip() == f"Error: {source} has no column 'body' (its columns: id, text)."
    assert not output.exists()


def test_analyze_classifies_each_text_once_then_causes_show_it(db_url: str) -> None:
    run(
        db_url,
        "import",
        str(AMAZON_FIXTURES / "fba_returns.tsv"),
        str(AMAZON_FIXTURES / "seller_feedback.tsv"),
    )
    code, out, _ = run(db_url, "analyze", "--json")
    assert code == 0
    first = json.loads(out)
    assert first["classified"] == {"default": {"return": 31, "seller_feedback": 5}}
    code, out, _ = run(db_url, "analyze", "--json")
    assert json.loads(out)["classified"] == {"default": {}}
    code, out, _ = run(db_url, "causes", "--json")
    assert code == 0
    mix = json.loads(out)
    assert mix["model_version"] == first["model_version"]
    assert mix["total"] == 36
    assert sum(c["count"] for c in mix["causes"]) == 36
    by_code = {c["code"]: c for c in mix["causes"]}
    assert "Ladegerät wird extrem heiß" in " ".join(
        q["text"] for q in by_code["safety_concern"]["quotes"]
    )
    code, out, _ = run(db_url, "causes", "--asin", "B0FAKE0C04", "--json")
    charger = json.loads(out)
    assert 0 < charger["total"] < 36


def test_analyze_on_two_workers_classifies_like_one(db_url: str, tmp_path: Path) -> None:
    reference = f"sqlite:///{tmp_path / 'one-worker.db'}"
    files = [str(AMAZON_FIXTURES / "fba_returns.tsv"), str(AMAZON_FIXTURES / "seller_feedback.tsv")]
    mixes = []
    for url, workers in ((reference, "1"), (db_url, "2")):
        run(url, "import", *files)
        code, out, err = run(url, "analyze", "--workers", workers, "--json")
        assert code == 0, err
        assert json.loads(out)["classified"] == {"default": {"return": 31, "seller_feedback": 5}}
        code, out, _ = run(url, "analyze", "--workers", workers, "--json")
        assert json.loads(out)["classified"] == {"default": {}}  # nothing read twice
        mix = json.loads(run(url, "causes", "--json")[1])
        mixes.append((mix["model_version"], {c["code"]: c["count"] for c in mix["causes"]}))
    assert mixes[0] == mixes[1]
