"""A buyer on a phone registers their product, gets the confirmation mail (real SMTP server),
opens the signed link from it and deletes their details: chromium at phone width."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import run_vocloop, served
from tests.mail_servers import MailSink, running_smtp

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, MailSink]]:
    """`vocloop serve` with brand homely (en, de) selling a kettle, its mailbox a local SMTP server."""
    data = tmp_path_factory.mktemp("warranty")
    env = {**os.environ, "VOCLOOP_DATA_DIR": str(data)}
    env.pop("VOCLOOP_DATABASE_URL", None)
    with running_smtp() as (smtp_port, sink):
        run_vocloop(env, "tenants", "add", "shop")
        run_vocloop(
            env,
            "brands",
            "add",
            "homely",
            "--tenant",
            "shop",
            "--name",
            "Homely",
            "--lang",
            "en,de",
        )
        run_vocloop(
            env,
            "brands",
            "add-product",
            "homely",
            "B0KETTLE01",
            "--tenant",
            "shop",
            "--name",
            "Kettle K1",
        )
        smtp = f"smtp+plain://127.0.0.1:{smtp_port}?from=support@homely.example"
        run_vocloop(env, "brands", "mailbox", "homely", "--tenant", "shop", "--smtp", smtp)
        with served(env) as url:
            yield url, sink


def _fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_a_buyer_registers_on_a_phone_and_deletes_their_details(
    browser: Any, shop: tuple[str, MailSink]
) -> None:
    url, sink = shop
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="de-DE")
    page = context.new_page()
    page.goto(f"{url}/h/homely/warranty?asin=B0KETTLE01")
    assert page.locator("h1").inner_text() == "Produkt registrieren"
    assert page.locator("#w-asin").input_value() == "B0KETTLE01"
    assert _fits_the_screen(page)
    page.fill("#w-order", "302-1234567-765432")  # one digit short
    page.fill("#w-date", "2026-02-20")
    page.fill("#w-name", "Erika Mustermann")
    page.fill("#w-email", "erika@example.de")
    page.locator("form button").tap()
    assert "3, 7 und 7 Ziffern" in page.locator("#form-error").inner_text()
    assert page.locator("#w-name").input_value() == "Erika Mustermann"  # nothing typed is lost
    page.fill("#w-order", "302-1234567-7654321")
    consent = page.locator("#w-consent")
    assert not consent.is_checked()
    consent.tap()
    page.locator("form button").tap()
    assert page.locator(".pub-ok").inner_text() == "Danke: Ihr Produkt ist registriert."
    assert "302-1234567-7654321" in page.locator(".pub-facts").inner_text()
    assert _fits_the_screen(page)
    [(_, recipients, message)] = sink.messages
    assert recipients == ["erika@example.de"]
    link = re.search(r"http://\S+/warranty/r/\S+", message.get_content())
    assert link is not None
    context.close()
    # Later, on another phone, from the mail.
    other = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="de-DE")
    page = other.new_page()
    page.goto(link.group(0))
    assert "Erika Mustermann" in page.locator(".pub-facts").inner_text()
    page.locator("form button").tap()
    assert "Ihre Angaben sind gelöscht" in page.locator(".pub-ok").inner_text()
    response = page.goto(link.group(0))
    assert response is not None and response.status == 404
    assert "Erika" not in page.content()
    other.close()
