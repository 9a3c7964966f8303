"""The buyer's help center in a real browser at phone width: the product page in two languages."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import run_vocloop, served
from vocloop.demo.helpcenter_pages import DEMO_GUIDES, step_picture

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ASIN = "B0DEMODK12"  # the desk: assembly steps with pictures in en, de, ja
EDITOR = "editor@homely.example"
PASSWORD = "help center browser password"


@pytest.fixture(scope="module")
def help_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`vocloop serve` with brand homely whose desk guide (en, de; no zh) is imported by the CLI."""
    data = tmp_path_factory.mktemp("help")
    env = {**os.environ, "VOCLOOP_DATA_DIR": str(data), "VOCLOOP_NEW_PASSWORD": PASSWORD}
    env.pop("VOCLOOP_DATABASE_URL", None)
    run_vocloop(env, "tenants", "add", "shop", "--name", "Shop")
    run_vocloop(env, "users", "add", EDITOR, "--tenant", "shop", "--role", "analyst")
    run_vocloop(env, "brands", "add", "homely", "--tenant", "shop", "--name", "Homely",
             "--lang", "en,de,ja,zh")  # fmt: skip
    pages = next(guide[3] for guide in DEMO_GUIDES if guide[0] == ASIN)
    pictures = [step_picture("desk", number) for number in (1, 2, 3)]
    names = [f"{hashlib.sha256(picture).hexdigest()[:16]}.png" for picture in pictures]
    content = {lang: page for lang, page in pages(names).items() if lang in ("en", "de")}
    export = {
        "format": "vocloop-helpcenter",
        "version": 1,
        "brand": "homely",
        "products": [{"asin": ASIN, "name": "Computer desk 120 cm", "pages": content}],
        "media": {
            name: base64.b64encode(data).decode()
            for name, data in zip(names, pictures, strict=True)
        },
    }
    (data / "help.json").write_text(json.dumps(export), encoding="utf-8")
    run_vocloop(env, "helpcenter", "import", str(data / "help.json"), "--tenant", "shop")
    with served(env) as url:
        yield url


def test_a_buyer_on_a_phone_reads_the_guide_in_german_then_switches_to_english(
    browser: Any, help_server: str
) -> None:
    context = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{help_server}/h/homely/p/{ASIN}")  # as the QR code links: no ?lang=
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Computertisch 120 cm: Aufbau"
    assert page.locator("ol.help-steps > li").count() == 3
    first_picture = page.locator("ol.help-steps img").first
    assert first_picture.evaluate("image => image.complete && image.naturalWidth") == 640
    assert page.locator("h2#setup").inner_text() == "Einrichtung"
    page.locator("summary", has_text="Der Tisch wackelt").click()
    assert page.locator("details[open] p").inner_text().startswith("Beinschrauben lösen")
    assert page.locator(".help-stuck a").inner_text() == "Kontakt"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.locator(".pub-langs a", has_text="EN").click()
    page.wait_for_url("**lang=en")
    assert page.locator("h1").inner_text() == "Computer desk 120 cm: assembly"
    assert page.locator("h2#faq").inner_text() == "Frequently asked questions"
    # Chinese is offered but not written yet: Chinese page words, the English guide, a note.
    page.locator(".pub-langs a", has_text="ZH").click()
    page.wait_for_url("**lang=zh")
    assert page.locator(".help-fallback").inner_text() == "本指南尚无中文版本;以下为English版本。"
    assert page.locator("h1").inner_text() == "Computer desk 120 cm: assembly"
    assert page.locator(".help-stuck a").inner_text() == "联系我们"
    context.close()


def test_screenshots_of_the_product_page(
    browser: Any, help_server: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Phone and desktop pictures to look at (kept where VOCLOOP_SCREENSHOTS points, else tmp)."""
    folder = Path(os.environ.get("VOCLOOP_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for lang in ("de", "en"):
            page.goto(f"{help_server}/h/homely/p/{ASIN}?lang={lang}")
            page.screenshot(path=str(folder / f"helpcenter-{name}-{lang}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (name, lang, overflow)
        page.goto(f"{help_server}/h/homely?lang=de")
        page.screenshot(path=str(folder / f"helpcenter-{name}-home.png"), full_page=True)
        context.close()


def test_the_editor_refuses_a_review_ask_and_the_buyer_never_sees_it(
    browser: Any, help_server: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    page.goto(help_server + "/login")
    page.fill("input[name=email]", EDITOR)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(help_server + "/")
    page.click("nav >> text=Help center")
    page.click("text=Homely")
    page.click(f"#brand-products a[href$='{ASIN}?lang=en']")
    page.fill("textarea[name=intro]", "Love it? Leave us a 5-star review! Two people, 40 minutes.")
    page.click("#page-form button.primary")
    notes = page.locator("#policy-notes")
    notes.wait_for()
    assert "Not saved" in notes.inner_text()
    marked = notes.locator("mark").all_inner_texts()
    assert "Love it?" in marked and any("5-star review" in text for text in marked)
    folder = Path(os.environ.get("VOCLOOP_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "helpcenter-editor-refused.png"), full_page=True)
    buyer = page.context.new_page()
    buyer.goto(f"{help_server}/h/homely/p/{ASIN}?lang=en")
    assert "5-star" not in buyer.content()
    assert buyer.locator(".help-intro").inner_text().startswith("Two people, about 40 minutes")
    context.close()
