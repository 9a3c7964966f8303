"""The web app in a real browser: log in, upload, find the ASIN, switch language; screenshots."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import EMAIL, PASSWORD
from tests.conftest import AMAZON_FIXTURES

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _log_in(page: Any, server: str) -> None:
    page.goto(server + "/login")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(server + "/")


def test_upload_find_the_asin_and_switch_language(browser: Any, server: str) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    _log_in(page, server)
    assert page.locator("h1").inner_text() == "总览"
    page.click("text=导入")
    page.set_input_files("#files", str(AMAZON_FIXTURES / "fba_returns.tsv"))
    page.click("text=上传并导入")
    job = page.locator("section.job").first
    job.locator("text=完成").wait_for(timeout=120_000)
    assert "fba_returns" in job.inner_text() and "31" in job.inner_text()
    page.goto(server + "/asins?days=3650")
    page.click("text=B0FAKE0M01")
    page.wait_for_url("**/asins/B0FAKE0M01**")
    assert page.locator("h1").inner_text().startswith("B0FAKE0M01")
    assert page.locator("text=每周退货件数与销售件数").is_visible()
    page.click("#lang-switch")
    page.locator("text=Returned and ordered units per week").wait_for()
    assert "/asins/B0FAKE0M01" in page.url
    page.click("#lang-switch")
    page.locator("text=每周退货件数与销售件数").wait_for()
    context.close()


def test_a_safety_complaint_becomes_an_alert_that_the_team_acknowledges(
    browser: Any, server: str, tmp_path: Path
) -> None:
    header = (AMAZON_FIXTURES / "fba_returns.tsv").read_text(encoding="utf-8").splitlines()[0]
    row = "\t".join(
        [
            "2026-02-03T10:00:00+00:00",
            "111-7777777-7777777",
            "VL-KETTLE",
            "B0KETTLE01",
            "",
            "Kettle",
            "1",
            "PHX7",
            "DEFECTIVE",
            "DEFECTIVE",
            "Unit returned to inventory",
            "LPN77777777777",
            "The base sparked and smoked, it nearly caught fire.",
        ]
    )
    upload = tmp_path / "kettle_returns.tsv"
    upload.write_text(f"{header}\n{row}\n", encoding="utf-8")
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    _log_in(page, server)
    page.click("text=导入")
    page.set_input_files("#files", str(upload))
    page.click("text=上传并导入")
    # The job is done once its texts are classified and its alerts evaluated.
    page.locator('section.job[data-state="done"]', has_text="kettle_returns").wait_for(
        timeout=120_000
    )
    page.click("nav >> text=预警")
    card = page.locator("article.alert", has_text="B0KETTLE01")
    assert "安全投诉" in card.inner_text() and "sparked" in card.inner_text()
    card.locator("text=确认").click()
    page.wait_for_url(server + "/alerts")
    assert "已确认" in page.locator("article.alert", has_text="B0KETTLE01").inner_text()
    context.close()


def test_screenshots_of_the_main_pages(
    browser: Any, server: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Phone and desktop pictures to look at (kept where VOCLOOP_SCREENSHOTS points, else tmp)."""
    folder = Path(os.environ.get("VOCLOOP_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = [
        "/",
        "/asins?days=3650",
        "/asins/B0FAKE0M01?days=365",
        "/comments",
        "/alerts",
        "/imports",
        "/settings",
    ]
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, locale="zh-CN")
        page = context.new_page()
        _log_in(page, server)
        for path in paths:
            response = page.goto(server + path)
            assert response is not None and response.status == 200, path
            page.wait_for_load_state("networkidle")
            slug = path.strip("/").split("?")[0].replace("/", "_") or "overview"
            page.screenshot(path=str(folder / f"{name}-{slug}.png"), full_page=True)
            # Nothing wider than the screen except inside the scrolling table boxes.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (name, path, overflow)
        context.close()
    assert len(list(folder.glob("*.png"))) == 2 * len(paths)


def test_an_invited_colleague_sets_a_password_and_lands_in_the_tenant(
    browser: Any, server: str, tmp_path: Path
) -> None:
    owner = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = owner.new_page()
    _log_in(page, server)
    page.goto(server + "/settings")
    page.click("text=通过邮箱邀请")
    form = page.locator("form[action='/settings/invitations']")
    form.locator("input[name=email]").fill("colleague@shop.example")
    form.locator("select[name=role]").select_option("viewer")
    form.locator("button").click()
    link = page.locator("#invite-link").inner_text().strip()
    assert link.startswith(server + "/invite/")
    assert "colleague@shop.example" in page.locator("table.invitations").inner_text()
    # Every settings form open, at both widths: nothing may stick out of the screen.
    folder = Path(os.environ.get("VOCLOOP_SCREENSHOTS") or tmp_path)
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.goto(server + "/settings")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.screenshot(path=str(folder / f"{name}-settings-open.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (name, overflow)
    owner.close()

    invitee = browser.new_context(viewport=PHONE, locale="en-US")
    page = invitee.new_page()
    page.goto(link)
    assert "colleague@shop.example is invited to Shop as Viewer." in page.inner_text("main")
    page.fill("input[name=name]", "Colleague")
    page.fill("input[name=password]", "a good long password")
    page.click("button.primary")
    page.wait_for_url(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator(".tenant").inner_text() == "Shop"
    # The link worked once.
    page.goto(link)
    assert "This invitation has been used already" in page.inner_text("main")
    invitee.close()
