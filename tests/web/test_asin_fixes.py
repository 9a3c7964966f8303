"""The ASIN page shows the fixes made on it with their measured effect, and the fee exposure."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from tests.web.conftest import PASSWORD, log_in
from vocloop.accounts import add_membership, create_user
from vocloop.actions.tracker import measure_action, record_action
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.monitor.daily import rebuild_daily
from vocloop.store.access import create_store, ensure_tenant, list_stores
from vocloop.store.models import Alert

EN = {"Accept-Language": "en"}
START = dt.date(2026, 1, 1)
DAYS = 230
FIX_DAY = 150
SMALL = "Runs small, I had to send it back for a bigger size."


def _section(page: str, section_id: str) -> str:
    found = re.search(rf'<section class="card" id="{section_id}">.*?</section>', page, re.S)
    assert found, section_id
    return html.unescape(re.sub(r"\s+", " ", found.group(0)))


def test_a_fix_that_worked_and_one_still_collecting_are_shown_honestly(
    web_app: App, client: TestClient, tmp_path: Path, classifier: Classifier
) -> None:
    stories = [
        Story("B0FIXED001", 30, 0.15, rate_after=0.05, change_day=FIX_DAY, comment=SMALL),
        Story("B0OTHER001", 30, 0.15, comment=SMALL),
        Story("B0OTHER002", 30, 0.15, comment=SMALL),
    ]
    import_paths(web_app, *write_story(tmp_path, stories, start=START, days=DAYS), marketplace="US")
    with web_app.sessions.begin() as session:
        tenant = ensure_tenant(session)
        tenant_id = tenant.id
        rebuild_daily(session, tenant_id=tenant_id)
        owner = create_user(session, email="ops@shop.example", password=PASSWORD)
        add_membership(session, user_id=owner.id, tenant_id=tenant_id, role="owner")
        store_id = list_stores(session, tenant_id=tenant_id)[0].id
        other = create_store(session, tenant_id=tenant_id, slug="de-2", marketplace="DE")
        scoped = create_user(session, email="de@shop.example", password=PASSWORD)
        add_membership(
            session, user_id=scoped.id, tenant_id=tenant_id, role="analyst", store_ids=[other.id]
        )
        record_action(
            session,
            tenant_id=tenant_id,
            kind="listing",
            asins=["B0FIXED001"],
            effective_on=START + dt.timedelta(days=FIX_DAY),
            description="Size chart corrected",
            target_cause="size_fit",
            store_id=store_id,
        )
        fresh = record_action(
            session,
            tenant_id=tenant_id,
            kind="insert",
            asins=["B0FIXED001"],
            effective_on=START + dt.timedelta(days=DAYS - 6),
            description="Quick-start card in the box",
            store_id=store_id,
        ).id
        # A likely fee breach, as monitoring records it (monitor/fees.py fee_findings).
        session.add(
            Alert(
                tenant_id=tenant_id,
                store_id=store_id,
                asin="B0FIXED001",
                kind="fee_forecast",
                subject="2026-08",
                severity="high",
                detected_on=START + dt.timedelta(days=DAYS - 1),
                facts={
                    "month": "2026-08",
                    "category": "Apparel",
                    "threshold": 0.081,
                    "forecast_rate": 0.1234,
                    "interval": [0.1, 0.15],
                    "probability": 0.93,
                    "units": 1234,
                    "returns_so_far": 77,
                    "excess_units": 52.4,
                },
                quotes={"items": []},
            )
        )
    classify_pending(web_app.sessions, tenant_id=tenant_id, classifier=classifier)
    web_app.clock = lambda: dt.datetime.combine(
        START + dt.timedelta(days=DAYS - 1), dt.time(12), tzinfo=dt.UTC
    )
    with web_app.sessions() as session:
        waiting = measure_action(session, tenant_id=tenant_id, action_id=fresh)
    collecting = waiting.effects["return_rate"]
    assert collecting.status == "collecting" and collecting.weeks_needed is not None

    log_in(client, "ops@shop.example")
    page = client.get("/asins/B0FIXED001", headers=EN)
    assert page.status_code == 200
    fixes = _section(page.text, "fixes")
    newest, older = fixes.split('<article class="fix">')[1:3]
    assert "Quick-start card in the box" in newest and "Insert / guide" in newest
    weeks = f"{collecting.weeks_needed:.0f}"
    assert f"Not enough data yet — about {weeks} more weeks at the current volume" in newest
    assert "Size chart corrected" in older and "aimed at: Size / fit" in older
    assert older.count("Improved") == 2  # the return rate and the size/fit returns both fell
    assert "Compared with 2 ASINs of the same stores that no fix touched." in older
    fee_table = _section(page.text, "fees")
    for shown in ("2026-08", "Apparel", "8.1%", "1,234", "77", "12.3%", "93%", "52"):
        assert f">{shown}<" in fee_table.replace(" <small", "<small"), shown
    assert "B0OTHER001" not in fixes

    # A comparable ASIN with no fix says so; a reader of another store sees none of these fixes.
    other_page = client.get("/asins/B0OTHER001", headers=EN).text
    assert "No fix recorded for this ASIN yet" in _section(other_page, "fixes")
    assert "Monitoring sees no likely fee breach" in _section(other_page, "fees")
    client.cookies.clear()
    log_in(client, "de@shop.example")
    assert client.get("/asins/B0FIXED001", headers=EN).status_code == 404
