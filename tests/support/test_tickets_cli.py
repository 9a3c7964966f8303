"""`vocloop tickets list|show|reply|poll` and the demo brand's tickets."""

from __future__ import annotations

import datetime as dt
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.imap_server import running_imap
from tests.mail_servers import MailSink
from tests.support.tickets_setup import KETTLE, make_desk
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import load_classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.demo.tickets import DEMO_TICKETS, add_demo_tickets
from vocloop.store.access import create_store, save_products
from vocloop.store.models import Brand, CannedReply, TextClassification, Ticket
from vocloop.support.tickets import get_ticket, open_ticket, ticket_messages

runner = CliRunner()
NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)


def vocloop(db_url: str, data: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        cli_app,
        ["--db", db_url, "--lang", "en", *args],
        env={"VOCLOOP_DATA_DIR": str(data)},  # the same key file seals the mailbox
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def data_dir(app: App) -> Path:
    return app.settings.data_dir


def test_list_show_and_reply(
    app: App, db_url: str, data_dir: Path, smtp_server: tuple[int, MailSink]
) -> None:
    desk = make_desk(app, smtp_port=smtp_server[0])
    with app.sessions.begin() as session:
        brand = session.get(Brand, desk.brand_id)
        assert brand is not None
        reference = open_ticket(
            session,
            brand=brand,
            channel="form",
            name="Ana Ruiz",
            email="ana@buyer.example",
            lang="en",
            subject="Kettle lid",
            body="The lid will not close.",
            now=NOW,
            asin=KETTLE,
        ).reference
    code, out, _ = vocloop(db_url, data_dir, "tickets", "list", "--tenant", "one", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["reference"], row["status"], row["asin"], row["customer_email"]) == (
        reference,
        "new",
        KETTLE,
        "ana@buyer.example",
    )
    code, out, _ = vocloop(
        db_url,
        data_dir,
        "tickets",
        "reply",
        reference,
        "--tenant",
        "one",
        "--body",
        "Press the hinge until it clicks.",
        "--as",
        "agent@one.example",
    )
    assert code == 0 and f"Reply to {reference} sent to ana@buyer.example." in out
    assert smtp_server[1].messages[-1][2]["Subject"] == f"Re: Kettle lid [{reference}]"
    code, out, _ = vocloop(
        db_url, data_dir, "tickets", "show", reference, "--tenant", "one", "--json"
    )
    shown = json.loads(out)
    assert [m["direction"] for m in shown["messages"]] == ["in", "out"]
    assert shown["status"] == "pending"
    code, out, err = vocloop(db_url, data_dir, "tickets", "show", "T-NOPE2345", "--tenant", "one")
    assert code == 1 and "Error: There is no ticket T-NOPE2345." in err
    code, out, err = vocloop(
        db_url, data_dir, "tickets", "reply", reference, "--tenant", "one", "--body", "  "
    )
    assert code == 1 and "Error: The reply is empty." in err
    with app.sessions() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=reference)
        assert len(ticket_messages(session, ticket)) == 2


def test_poll_reads_every_brand_mailbox(
    app: App, db_url: str, data_dir: Path, smtp_server: tuple[int, MailSink]
) -> None:
    code, out, _ = vocloop(db_url, data_dir, "tickets", "poll")
    assert code == 0 and "No brand has an IMAP mailbox" in out
    with running_imap() as imap:
        make_desk(app, smtp_port=smtp_server[0], imap_url=imap.url(), imap_password=imap.password)
        mail = EmailMessage()
        mail["From"] = "Ana Ruiz <ana@buyer.example>"
        mail["To"] = "support@homely.example"
        mail["Subject"] = "Lamp flickers"
        mail["Message-ID"] = "<lamp-1@buyer.example>"
        mail.set_content("The desk lamp flickers after ten minutes.")
        imap.append(bytes(mail))
        code, out, _ = vocloop(db_url, data_dir, "tickets", "poll", "--no-classify", "--json")
        assert code == 0, out
        (result,) = json.loads(out)
        assert (result["brand"], result["fetched"], len(result["created"])) == ("homely", 1, 1)
        code, out, _ = vocloop(db_url, data_dir, "tickets", "poll")
        assert "homely: 0 mail(s) read, 0 new ticket(s)" in out


def test_demo_tickets_fill_the_inbox_and_count_as_voice(app: App) -> None:
    desk = make_desk(app, slug="demo-home")
    asins = sorted({demo.asin for demo in DEMO_TICKETS if demo.asin})
    with app.sessions.begin() as session:
        store = create_store(session, tenant_id=desk.tenant_id, slug="de", marketplace="DE")
        save_products(
            session,
            tenant_id=desk.tenant_id,
            products={(store.id, asin, f"SKU-{asin}"): (None, None) for asin in asins},
        )
        brand = session.get(Brand, desk.brand_id)
        assert brand is not None
        references = add_demo_tickets(session, brand=brand, now=NOW)
    assert len(references) == len(DEMO_TICKETS) == 5
    classified = classify_pending(
        app.sessions, tenant_id=desk.tenant_id, classifier=load_classifier()
    )
    assert classified == {"ticket": 5}
    with app.sessions() as session:
        tickets = {t.subject: t for t in session.scalars(select(Ticket))}
        assert {t.status for t in tickets.values()} == {"new", "solved"}
        charger = tickets["Frage zur Bestellung 028-5566778-9900112"]
        assert [m.from_address for m in ticket_messages(session, charger)] == [
            "a1b2c3d4e5@marketplace.amazon.de",
            "z9y8x7w6v5@marketplace.amazon.de",
        ]
        assert charger.root_cause == "safety_concern"  # "riecht verbrannt"
        rows = session.scalars(select(TextClassification)).all()
        assert {(r.source_kind, r.store_id) for r in rows} == {("ticket", store.id)}
        assert all(t.root_cause for t in tickets.values())  # the inbox shows each cause
        assert len(session.scalars(select(CannedReply)).all()) == 4
