"""The buyer's whole path in a real browser: scan the insert's QR code, read the product's guide on
a phone, ask for help through the contact form, and the ticket waits in the agent's inbox."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from tests.browser.conftest import run_vocloop, served
from vocloop.demo.helpcenter_pages import DEMO_GUIDES, step_picture

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
ASIN = "B0DEMOKT17"  # the kettle: a quick start with pictures in en and de
AGENT, PASSWORD = "agent@homely.example", "buyer path test password"


@dataclass(frozen=True)
class Shop:
    url: str
    env: dict[str, str]
    scan_url: str  # what the printed card's QR code says


def _inserts(env: dict[str, str]) -> list[dict[str, Any]]:
    listed = subprocess.run(
        [sys.executable, "-m", "vocloop", "inserts", "list", "--tenant", "shop", "--brand",
         "homely", "--json"],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    rows: list[dict[str, Any]] = json.loads(listed.stdout)["inserts"]
    return rows


def _read_qr(pdf: Path) -> str:
    """The text of the QR code on the card, read from the printed page as a phone would."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        timeout=60,
    )
    [found] = zxingcpp.read_barcodes(Image.open(pdf.with_suffix(".png")))
    return str(found.text)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    data = tmp_path_factory.mktemp("buyer-path")
    env = {**os.environ, "VOCLOOP_DATA_DIR": str(data), "VOCLOOP_NEW_PASSWORD": PASSWORD}
    env.pop("VOCLOOP_DATABASE_URL", None)
    run_vocloop(env, "tenants", "add", "shop", "--name", "Shop")
    run_vocloop(env, "users", "add", AGENT, "--tenant", "shop", "--role", "agent")
    run_vocloop(env, "brands", "add", "homely", "--tenant", "shop", "--name", "Homely",
                "--lang", "en,de")  # fmt: skip
    pages = next(guide[3] for guide in DEMO_GUIDES if guide[0] == ASIN)
    pictures = [step_picture("kettle", number) for number in (1, 2)]
    names = [f"{hashlib.sha256(picture).hexdigest()[:16]}.png" for picture in pictures]
    export = {
        "format": "vocloop-helpcenter",
        "version": 1,
        "brand": "homely",
        "products": [{"asin": ASIN, "name": "Wasserkocher 1,7 L", "pages": pages(names)}],
        "media": {
            name: base64.b64encode(picture).decode()
            for name, picture in zip(names, pictures, strict=True)
        },
    }
    (data / "help.json").write_text(json.dumps(export), encoding="utf-8")
    run_vocloop(env, "helpcenter", "import", str(data / "help.json"), "--tenant", "shop")
    with served(env) as url:
        # The card's QR code points at this server (the brand has no public address of its own).
        run_vocloop(env, "inserts", "make", "--tenant", "shop", "--brand", "homely", "--asin",
                    ASIN, "--lang", "de", "--server-url", url, "-o", str(data / "card.pdf"))  # fmt: skip
        yield Shop(url, env, _read_qr(data / "card.pdf"))


def test_scan_guide_contact_form_and_the_ticket_in_the_inbox(browser: Any, shop: Shop) -> None:
    phone = browser.new_context(viewport=PHONE, locale="de-DE")
    buyer = phone.new_page()
    assert shop.scan_url.startswith(f"{shop.url}/q/")
    buyer.goto(shop.scan_url)  # what the phone's camera opens
    buyer.wait_for_url(f"**/h/homely/p/{ASIN}*")
    assert buyer.locator("h1").inner_text() == "Wasserkocher 1,7 L: Schnellstart"
    assert "Einmal ausspülen" in buyer.locator("main").inner_text()
    assert buyer.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    buyer.click("footer >> text=Kontakt")
    buyer.wait_for_url("**/h/homely/contact*")
    assert buyer.locator("#c-asin").input_value() == ASIN
    buyer.fill("#c-name", "Lena Vogel")
    buyer.fill("#c-email", "lena@buyer.example")
    buyer.fill(
        "#c-message", "Die Kontrollleuchte bleibt aus, obwohl der Kocher auf dem Sockel sitzt."
    )
    buyer.click("button[type=submit]")
    buyer.wait_for_url("**/h/homely/contact/sent?ref=*")
    reference = buyer.url.rsplit("ref=", 1)[1]
    phone.close()
    assert [card["scans"] for card in _inserts(shop.env)] == [1]  # the scan was counted

    office = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    agent = office.new_page()
    agent.goto(shop.url + "/login")
    agent.fill("input[name=email]", AGENT)
    agent.fill("input[name=password]", PASSWORD)
    agent.click("button.primary")
    agent.wait_for_url(shop.url + "/")
    agent.goto(shop.url + "/inbox")
    row = agent.locator(f"tr[data-ref='{reference}']")
    assert "Lena Vogel" in row.inner_text() and ASIN in row.inner_text()
    office.close()
