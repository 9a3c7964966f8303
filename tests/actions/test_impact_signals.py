"""NCX and rating effects of a fix: Voice-of-the-Customer snapshots and reviews, imported from
files like a seller's, measured against comparable ASINs with an honest "not yet" state."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from tests.actions.test_actions import DAYS, FIX_DAY, START, _build
from tests.factories import import_paths
from vocloop.actions.impact import Stat, did_stats
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.cli import app as cli_app

runner = CliRunner()
VOC_HEADER = "marketplace,asin,sku,product_name,cx_health,ncx_rate,ncx_orders,total_orders,"
VOC_HEADER += "top_ncx_reason,last_updated,comments\n"


def _day(index: int) -> str:
    return (START + dt.timedelta(days=index)).isoformat()


def _signals(tmp_path: Path) -> list[Path]:
    voc = tmp_path / "voc.csv"
    rows = []
    for asin, before, after in (
        ("B0FIXED001", 75, 25),  # 5% of 1,500 orders -> 1.7%
        ("B0OTHER001", 75, 72),
        ("B0OTHER002", 75, 78),
    ):
        for day, ncx in ((FIX_DAY - 1, before), (FIX_DAY + 91, after)):
            rows.append(f"US,{asin},,Mug,Fair,{ncx / 15:.2f}%,{ncx},1500,Too small,{_day(day)},")
    voc.write_text(VOC_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    reviews = tmp_path / "reviews.csv"
    lines = ["asin,date,rating,body,author,marketplace"]
    pick = random.Random(7)
    for asin, before, after in (
        ("B0FIXED001", (2, 3, 3, 4), (4, 4, 5, 5)),
        ("B0OTHER001", (3, 3, 4, 4), (3, 3, 4, 4)),
        ("B0OTHER002", (3, 3, 4, 4), (3, 4, 3, 4)),
    ):
        for n in range(40):
            day = pick.randrange(FIX_DAY - 100, FIX_DAY - 1)
            lines.append(f"{asin},{_day(day)},{before[n % 4]},ok,A{n},US")
            day = pick.randrange(FIX_DAY + 15, DAYS - 1)
            lines.append(f"{asin},{_day(day)},{after[n % 4]},ok,B{n},US")
    reviews.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [voc, reviews]


def test_a_fix_shows_its_effect_on_ncx_and_rating_and_a_fresh_one_says_how_long_to_wait(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    _build(app, tmp_path, classifier)
    assert all(r.imported for r in import_paths(app, *_signals(tmp_path), marketplace="US"))
    base = ["--db", db_url, "--lang", "en", "actions"]
    for day in (FIX_DAY, DAYS - 4):
        added = runner.invoke(
            cli_app,
            [
                *base,
                "add",
                "--asin",
                "B0FIXED001",
                "--kind",
                "listing",
                "--effective",
                _day(day),
                "--description",
                "Size chart corrected",
            ],
        )
        assert added.exit_code == 0, added.output

    shown = json.loads(runner.invoke(cli_app, [*base, "show", "1", "--json"]).stdout)
    ncx = shown["effects"]["ncx_rate"]
    assert ncx["status"] == "improved"
    assert ncx["before"] == 0.05 and round(ncx["after"], 4) == round(25 / 1500, 4)
    low, high = ncx["interval90"]
    assert low < -0.033 < high < 0  # true change beyond the flat controls: -3.3 points
    rating = shown["effects"]["rating"]
    assert rating["unit"] == "stars" and rating["better"] == "higher"
    assert rating["status"] == "improved" and rating["interval90"][0] > 0
    assert 2.9 < rating["before"] < 3.1 and 4.4 < rating["after"] < 4.6
    text = runner.invoke(cli_app, [*base, "show", "1"]).stdout
    assert "NCX rate (Voice of the Customer)" in text and "stars (90% interval" in text

    fresh = json.loads(runner.invoke(cli_app, [*base, "show", "2", "--json"]).stdout)
    waiting = fresh["effects"]["ncx_rate"]
    assert waiting["status"] == "collecting" and waiting["interval90"] is None
    # the first 90-day NCX window wholly after the fix closes 90 days after it took effect
    assert 10 <= waiting["weeks_needed"] <= 14
    assert fresh["effects"]["rating"]["status"] == "collecting"
    text = runner.invoke(cli_app, [*base, "show", "2"]).stdout
    assert "not enough data yet, about" in text and "more weeks at current volume" in text


def test_rating_and_ncx_effects_are_not_declared_on_placebo_fixes() -> None:
    """Nothing changed: over 300 simulated fixes "improved" is declared in under 10%."""
    pick = random.Random(11)
    draws = np.random.default_rng(11)
    declared = 0
    for _ in range(300):
        rates = [int(x) for x in draws.binomial(1000, 0.04, size=4)]
        ncx = did_stats(*(Stat.proportion(x, 1000) for x in rates), detectable=0.012, weekly_n=77.0)
        stars = [[pick.choice((2, 3, 4, 5, 5)) for _ in range(60)] for _ in range(4)]
        rating = did_stats(
            *(Stat.mean(s) for s in stars), detectable=0.3, weekly_n=5.0, better="higher"
        )
        declared += ncx.status == "improved"
        declared += rating.status == "improved"
    assert declared / 600 < 0.10


def test_no_snapshots_means_no_ncx_line_and_no_baseline_means_no_data() -> None:
    assert did_stats(None, None, None, None, detectable=0.1, weekly_n=1.0).status == "no_data"
    waiting = did_stats(Stat.proportion(30, 600), None, None, None, detectable=0.015, weekly_n=47)
    assert waiting.status == "collecting" and waiting.weeks_needed is not None
    assert waiting.weeks_needed > 0
