"""Tickets in a real browser against `vocloop serve`, real SMTP (aiosmtpd) and IMAP (pymap):
a buyer on a phone sends the contact form with a photo, the agent sees it in the inbox and
replies, the mail arrives, and the buyer's answer from the IMAP mailbox threads onto the ticket."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import run_vocloop, served
from tests.imap_server import ImapServer, running_imap
from tests.mail_servers import MailSink, running_smtp
from tests.support.test_tickets_contact import png_bytes

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
AGENT, PASSWORD = "agent@homely.example", "agent test password"
KETTLE = "B0TKETTLE1"


@dataclass(frozen=True)
class Desk:
    url: str
    env: dict[str, str]
    sink: MailSink
    imap: ImapServer


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    data = tmp_path_factory.mktemp("tickets-served")
    with running_smtp() as (smtp_port, sink), running_imap() as imap:
        env = {
            **os.environ,
            "VOCLOOP_DATA_DIR": str(data),
            "VOCLOOP_NEW_PASSWORD": PASSWORD,
            "VOCLOOP_IMAP_PASSWORD": imap.password,
        }
        env.pop("VOCLOOP_DATABASE_URL", None)
        run_vocloop(env, "tenants", "add", "homely-co", "--name", "Homely Co")
        run_vocloop(env, "users", "add", AGENT, "--tenant", "homely-co", "--role", "agent")
        run_vocloop(
            env,
            "brands",
            "add",
            "homely",
            "--tenant",
            "homely-co",
            "--name",
            "Homely",
            "--lang",
            "en,de,ja",
        )
        run_vocloop(
            env,
            "brands",
            "add-product",
            "homely",
            KETTLE,
            "--tenant",
            "homely-co",
            "--name",
            "Wasserkocher",
        )
        run_vocloop(
            env,
            "brands",
            "mailbox",
            "homely",
            "--tenant",
            "homely-co",
            "--smtp",
            f"smtp+plain://127.0.0.1:{smtp_port}?from=support@homely.example",
            "--imap",
            imap.url(),
        )
        with served(env) as url:
            yield Desk(url, env, sink, imap)


def _shoot(page: Any, name: str) -> None:
    """A picture to look at when VOCLOOP_SCREENSHOTS names a folder."""
    folder = os.environ.get("VOCLOOP_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"tickets-{name}.png"), full_page=True)


def _log_in(page: Any, url: str) -> None:
    page.goto(url + "/login")
    page.fill("input[name=email]", AGENT)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(url + "/")


def test_buyer_form_to_agent_reply_to_threaded_answer(
    browser: Any, desk: Desk, tmp_path: Path
) -> None:
    # The buyer, on a phone in German, from the product page's "contact us".
    phone = browser.new_context(viewport=PHONE, locale="de-DE")
    buyer = phone.new_page()
    buyer.goto(f"{desk.url}/h/homely/contact?asin={KETTLE}")
    assert buyer.locator("h1").inner_text() == "Kontakt"
    assert buyer.locator("#c-asin").input_value() == KETTLE
    width = buyer.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing wider than the phone
    buyer.fill("#c-name", "Jonas Weber")
    buyer.fill("#c-email", "jonas@buyer.example")
    buyer.fill("#c-order", "302-1234567-7654321")
    buyer.fill("#c-message", "Der Deckel des Wasserkochers schließt nicht mehr.")
    photo = tmp_path / "deckel.png"
    photo.write_bytes(png_bytes())
    buyer.set_input_files("#c-files", str(photo))
    _shoot(buyer, "contact-phone")
    buyer.click("button[type=submit]")
    buyer.wait_for_url("**/h/homely/contact/sent?ref=*")
    confirmation = buyer.locator("#ticket-ref").inner_text()
    reference = re.search(r"T-[A-Z0-9]{8}", confirmation)
    assert reference and "Vorgangsnummer" in confirmation
    ref = reference.group(0)
    phone.close()

    # The agent finds it in the inbox and answers.
    office = browser.new_context(viewport=DESKTOP, locale="en-US")
    agent = office.new_page()
    _log_in(agent, desk.url)
    agent.goto(desk.url + "/inbox")
    row = agent.locator(f"tr[data-ref='{ref}']")
    assert "Jonas Weber" in row.inner_text() and KETTLE in row.inner_text()
    row.locator(f"text={ref}").click()
    agent.wait_for_url(f"**/inbox/{ref}")
    assert "Der Deckel des Wasserkochers" in agent.locator("#thread").inner_text()
    picture = agent.locator("a.attachment")
    assert picture.inner_text() == "deckel.png"
    served = agent.request.get(desk.url + picture.get_attribute("href"))
    assert served.status == 200 and served.headers["content-type"] == "image/png"
    assert served.body() == photo.read_bytes()
    before = len(desk.sink.messages)
    agent.fill("#reply-body", "Bitte drücken Sie das Scharnier, bis es einrastet.")
    agent.click("#reply-form button")
    agent.locator("#flash").wait_for()
    assert len(desk.sink.messages) == before + 1
    _, recipients, mail = desk.sink.messages[-1]
    assert recipients == ["jonas@buyer.example"]
    assert mail["Subject"].endswith(f"[{ref}]")
    assert "Scharnier" in mail.get_content()

    # The buyer's answer lands in the support mailbox; polling threads it onto the ticket.
    answer = EmailMessage()
    answer["From"] = "Jonas Weber <jonas@buyer.example>"
    answer["To"] = "support@homely.example"
    answer["Subject"] = f"Re: {mail['Subject']}"
    answer["Message-ID"] = make_msgid(domain="buyer.example")
    answer["In-Reply-To"] = mail["Message-ID"]
    answer["References"] = mail["Message-ID"]
    answer.set_content("Danke, jetzt schließt er wieder!\n\n> Bitte drücken Sie das Scharnier")
    desk.imap.append(bytes(answer))
    polled = subprocess.run(
        [sys.executable, "-m", "vocloop", "tickets", "poll", "--json"],
        env=desk.env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert f'"threaded": ["{ref}"]' in polled.stdout
    agent.reload()
    _shoot(agent, "ticket-desktop")
    thread = agent.locator("#thread article")
    assert thread.count() == 3
    assert [thread.nth(i).get_attribute("data-direction") for i in range(3)] == ["in", "out", "in"]
    assert thread.nth(2).locator(".text").inner_text() == "Danke, jetzt schließt er wieder!"
    office.close()
