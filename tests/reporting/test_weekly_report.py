"""`vocloop report`: the weekly report in every format, with the numbers the store holds."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import load_classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.reporting.pdf import has_cjk_font
from vocloop.store.access import ensure_tenant
from vocloop.store.models import AsinDay

START = dt.date(2026, 1, 5)  # a Monday
DAYS = 224
WEEK = "2026-W32"  # 2026-08-03..09: the changed ASIN's returns are up
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("weekly")
    url = f"sqlite:///{folder / 'vocloop.db'}"
    app = App.open(Settings(database_url=url, data_dir=folder / "data"))
    stories = [
        Story("B0STABLE01", 30, 0.05, comment="Changed my mind, no longer needed."),
        Story(
            "B0CHANGE01",
            30,
            0.05,
            rate_after=0.2,
            change_day=180,
            comment="Changed my mind, no longer needed.",
            comment_after="Stopped charging after a week, the new batch is dead.",
        ),
    ]
    import_paths(app, *write_story(folder, stories, start=START, days=DAYS), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=load_classifier())
    with app.sessions.begin() as session:
        refresh_monitoring(
            session, tenant_id=tenant_id, now=dt.datetime(2026, 8, 18, tzinfo=dt.UTC)
        )
    app.close()
    return url


def _report(db: str, tmp_path: Path, fmt: str, lang: str) -> Path:
    out = tmp_path / f"week.{fmt}"
    result = runner.invoke(
        cli_app,
        [
            "--db",
            db,
            "report",
            "--week",
            WEEK,
            "--format",
            fmt,
            "--lang",
            lang,
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def _week_units(db: str) -> int:
    app = App.open(Settings(database_url=db))
    with app.sessions() as session:
        units = session.scalar(
            select(func.sum(AsinDay.units)).where(
                AsinDay.day >= dt.date(2026, 8, 3), AsinDay.day <= dt.date(2026, 8, 9)
            )
        )
    app.close()
    return int(units or 0)


def test_html_report_shows_the_week_the_asin_that_got_worse_and_why(
    db: str, tmp_path: Path
) -> None:
    html = _report(db, tmp_path, "html", "en").read_text(encoding="utf-8")
    assert "Weekly report 2026-W32" in html
    assert f"{_week_units(db):,}" in html  # units of the week, as stored
    worse = html.split("ASINs that got worse this week")[1].split("Root causes of the week")[0]
    assert "B0CHANGE01" in worse and "B0STABLE01" not in worse
    assert "Stopped charging after a week" in worse
    assert "<svg" in html and "<script" not in html  # charts without scripts
    # No categories set: no peers to compare with, so no badge risk is claimed.
    assert "No ASIN is returned clearly more often than its category peers." in html


def test_chinese_excel_report_has_a_sheet_per_view_with_charts_and_filters(
    db: str, tmp_path: Path
) -> None:
    path = _report(db, tmp_path, "xlsx", "zh")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "关键指标",
        "近 12 周订购与退货件数",
        "本周变差的 ASIN",
        "本周根因",
        "退货处理费风险(2026-08 发货)",
        "经常退货风险",
        "待处理预警",
        "改进措施及其效果",
    ]
    kpis = book["关键指标"]
    assert kpis["A1"].value == "周报 2026-W32"
    assert kpis["B5"].value == _week_units(db)
    assert book["本周变差的 ASIN"].auto_filter.ref
    assert book["本周变差的 ASIN"]["A2"].value == "B0CHANGE01"
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
    assert len(charts) >= 2


def test_pdf_report_renders_chinese_text(db: str, tmp_path: Path) -> None:
    # The test set-up installs what a PDF needs on Debian: a CJK font, and poppler to read it.
    missing = [] if has_cjk_font() else ["fonts-noto-cjk"]
    missing += [] if shutil.which("pdftotext") else ["poppler-utils"]
    if missing:
        subprocess.run(
            ["apt-get", "install", "-y", "-q", *missing], check=True, capture_output=True
        )
    path = _report(db, tmp_path, "pdf", "zh")
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "周报 2026-W32" in text
    assert "本周变差的 ASIN" in text and "B0CHANGE01" in text
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "CJK" in fonts  # the Chinese came from a real CJK font, not boxes


def test_a_bad_week_or_folder_is_one_sentence_and_no_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "week.html"
    bad = runner.invoke(
        cli_app, ["--db", db, "--lang", "en", "report", "--week", "2026-47", "--output", str(out)]
    )
    assert bad.exit_code == 1
    assert bad.output.strip() == "Error: Week '2026-47' is not an ISO week like 2026-W47."
    missing = tmp_path / "nowhere" / "week.html"
    nowhere = runner.invoke(
        cli_app,
        [
            "--db",
            db,
            "--lang",
            "en",
            "report",
            "--week",
            WEEK,
            "--format",
            "html",
            "--output",
            str(missing),
        ],
    )
    assert nowhere.exit_code == 1 and "does not exist" in nowhere.output
    assert not out.exists() and not missing.parent.exists()


def test_the_report_lists_recent_fixes_with_their_measured_effect_in_both_languages(
    db: str, tmp_path: Path
) -> None:
    before = _report(db, tmp_path, "html", "en").read_text(encoding="utf-8")
    fixes = before.split("Fixes and their measured effect")[1]
    assert "No fix took effect in the last 26 weeks" in fixes or "#" in fixes
    changed = (START + dt.timedelta(days=180)).isoformat()
    added = runner.invoke(
        cli_app,
        [
            "--db",
            db,
            "actions",
            "add",
            "--asin",
            "B0CHANGE01",
            "--kind",
            "product",
            "--effective",
            changed,
            "--description",
            "New charger supplier",
            "--owner",
            "QC",
        ],
    )
    assert added.exit_code == 0, added.output
    html = _report(db, tmp_path, "html", "en").read_text(encoding="utf-8")
    fixes = html.split("Fixes and their measured effect")[1]
    assert "New charger supplier" in fixes and changed in fixes and "QC" in fixes
    # the planted change: returns of this ASIN went from 5% to 20% of orders after that day
    assert "Return rate (order cohorts)" in fixes and "It got worse." in fixes
    assert "90% interval" in fixes
    book = openpyxl.load_workbook(_report(db, tmp_path, "xlsx", "zh"))
    sheet = book["改进措施及其效果"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    ours = [row for row in rows if row[1] and "New charger supplier" in row[1]]
    assert ours and ours[0][4] == "退货率(按订单批次)" and "情况变差" in ours[0][5]
