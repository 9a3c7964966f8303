"""A brand's support mailbox: parsed, sealed at rest, and used to send through a real SMTP server."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from typer.testing import CliRunner

from tests.mail_servers import MailSink
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.errors import UserError
from vocloop.notify import SecretBox
from vocloop.store.access import create_tenant, get_tenant
from vocloop.support import (
    brand_mailbox,
    create_brand,
    get_brand,
    parse_mailbox,
    send_brand_mail,
    set_brand_mailbox,
)

runner = CliRunner()


def test_mailbox_is_sealed_and_sends_from_the_support_address(
    app: App, smtp_server: tuple[int, MailSink]
) -> None:
    port, sink = smtp_server
    box = SecretBox(Fernet.generate_key())
    settings = parse_mailbox(
        f"smtp+plain://127.0.0.1:{port}?from=support@homely.example",  # aiosmtpd: no AUTH
        smtp_password="s3cret-pw",
        imap_url="imaps://agent@imap.homely.example?folder=Support",
    )
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug="one").id
        brand = create_brand(session, tenant_id=tenant_id, slug="homely", name="Homely")
        set_brand_mailbox(session, box, tenant_id=tenant_id, brand=brand, mailbox=settings)
    with app.sessions() as session:
        brand = get_brand(session, tenant_id=tenant_id, slug="homely")
        assert brand.mailbox_sealed is not None and "s3cret-pw" not in brand.mailbox_sealed
        opened = brand_mailbox(box, brand)
    assert opened == settings
    assert opened.imap == {
        "host": "imap.homely.example",
        "port": 993,
        "security": "tls",
        "username": "agent",
        "password": None,
        "folder": "Support",
    }
    message = EmailMessage()
    message["To"] = "buyer@example.com"
    message["Subject"] = "Your kettle"
    message.set_content("Here is how to descale it.")
    send_brand_mail(opened, message)
    [(sender, recipients, received)] = sink.messages
    assert (sender, recipients) == ("support@homely.example", ["buyer@example.com"])
    assert received["From"] == "support@homely.example"
    assert received.get_content().strip() == "Here is how to descale it."


@pytest.mark.parametrize(
    ("_case", "url", "message"),
    [
        ("scheme", "http://x", r"'http://x' is not a mail server \(SMTP\) URL"),
        ("no from", "smtp://h.example", "The SMTP URL needs from=<the support address>"),
        ("port", "smtp://h.example:port?from=a@b.example", "has a port that is not a number"),
    ],
)
def test_bad_mailbox_urls_say_what_is_wrong(_case: str, url: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_mailbox(url)


def test_brands_mailbox_cli_stores_it_without_echoing_passwords(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    base = ["--db", db, "--lang", "en"]
    env = {"VOCLOOP_DATA_DIR": str(tmp_path / "data")}
    made = runner.invoke(cli_app, [*base, "tenants", "add", "shop"], env=env)
    assert made.exit_code == 0, made.stderr + str(made.exception)
    runner.invoke(
        cli_app, [*base, "brands", "add", "homely", "--tenant", "shop", "--name", "H"], env=env
    )
    done = runner.invoke(
        cli_app,
        [
            *base,
            "brands",
            "mailbox",
            "homely",
            "--tenant",
            "shop",
            "--smtp",
            "smtps://agent@mail.homely.example?from=support@homely.example",
        ],
        env={**env, "VOCLOOP_SMTP_PASSWORD": "pw-123"},
    )
    assert done.exit_code == 0, done.stderr
    assert done.stdout.strip() == (
        "Brand homely sends and receives support mail as support@homely.example "
        "(SMTP mail.homely.example:465, IMAP -)."
    )
    assert "pw-123" not in done.stdout
    app = App.open(Settings(database_url=db, data_dir=tmp_path / "data"))
    with app.sessions() as session:
        brand = get_brand(session, tenant_id=get_tenant(session, "shop").id, slug="homely")
        opened = brand_mailbox(SecretBox.from_settings(app.settings), brand)
    assert opened is not None and opened.smtp["password"] == "pw-123"
