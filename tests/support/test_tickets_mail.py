"""Ticket mail: replies go out by SMTP with threading headers; IMAP polling threads the buyer's
answers onto their ticket, groups Amazon relay mail by order id, and never stores a mail twice."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlalchemy import func, select

from tests.imap_server import ImapServer, running_imap
from tests.mail_servers import MailSink
from tests.support.tickets_setup import Desk, make_desk
from vocloop.app import App
from vocloop.errors import UserError
from vocloop.notify import SecretBox
from vocloop.store.models import Brand, Ticket, TicketMessage
from vocloop.support import brand_mailbox
from vocloop.support.tickets import (
    MailboxError,
    get_ticket,
    poll_brand,
    send_reply,
    ticket_messages,
)


@pytest.fixture
def imap_server() -> Iterator[ImapServer]:
    with running_imap() as server:
        yield server


@pytest.fixture
def desk(app: App, smtp_server: tuple[int, MailSink], imap_server: ImapServer) -> Desk:
    return make_desk(
        app, smtp_port=smtp_server[0], imap_url=imap_server.url(), imap_password="demopass"
    )


def buyer_mail(
    sender: str,
    subject: str,
    body: str,
    *,
    in_reply_to: str | None = None,
    references: str | None = None,
) -> tuple[str, bytes]:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@homely.example"
    message["Subject"] = subject
    message_id = make_msgid(domain="buyer.example")
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message.set_content(body)
    return message_id, bytes(message)


def poll(app: App, desk: Desk) -> dict[str, object]:
    return poll_brand(
        app.sessions,
        SecretBox.from_settings(app.settings),
        brand_id=desk.brand_id,
        data_dir=app.settings.data_dir,
        clock=app.clock,
    ).as_dict()


def reply(app: App, desk: Desk, reference: str, body: str) -> TicketMessage:
    with app.sessions.begin() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=reference)
        brand = session.get(Brand, desk.brand_id)
        assert brand is not None
        return send_reply(
            session,
            ticket,
            brand=brand,
            mailbox=brand_mailbox(SecretBox.from_settings(app.settings), brand),
            author=desk.agent,
            body=body,
            now=app.clock(),
        )


def test_reply_and_answer_thread_onto_the_ticket(
    app: App, desk: Desk, smtp_server: tuple[int, MailSink], imap_server: ImapServer
) -> None:
    _, sink = smtp_server
    first_id, raw = buyer_mail(
        "Mia Klein <mia@buyer.example>", "Kettle lid will not close", "The lid springs open."
    )
    imap_server.append(raw)
    first = poll(app, desk)
    assert first["fetched"] == 1 and first["threaded"] == [] and first["failed"] == 0
    (reference,) = first["created"]  # type: ignore[misc]
    assert imap_server.unread() == 0

    sent_row = reply(app, desk, str(reference), "Please press the hinge until it clicks.")
    (envelope_from, recipients, mail) = sink.messages[-1]
    assert recipients == ["mia@buyer.example"]
    assert envelope_from == "support@homely.example"
    assert mail["Subject"] == f"Re: Kettle lid will not close [{reference}]"
    assert mail["In-Reply-To"] == first_id
    assert mail["References"] == first_id
    assert mail["Message-ID"] == sent_row.message_id
    assert mail.get_content().strip() == "Please press the hinge until it clicks."

    # The buyer answers from their mail program; the answer quotes our reply below it.
    _, answer = buyer_mail(
        "Mia Klein <mia@buyer.example>",
        f"Re: Re: Kettle lid will not close [{reference}]",
        "That worked, thank you!\n\nOn Monday, Homely wrote:\n> Please press the hinge",
        in_reply_to=str(mail["Message-ID"]),
        references=f"{first_id} {mail['Message-ID']}",
    )
    imap_server.append(answer)
    second = poll(app, desk)
    assert second["created"] == [] and second["threaded"] == [reference]
    with app.sessions() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=str(reference))
        thread = [(m.direction, m.body) for m in ticket_messages(session, ticket)]
        assert thread == [
            ("in", "The lid springs open."),
            ("out", "Please press the hinge until it clicks."),
            ("in", "That worked, thank you!"),
        ]
        assert ticket.status == "open"  # the buyer wrote again: back in the agents' queue
        assert ticket.first_replied_at is not None
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    assert poll(app, desk)["fetched"] == 0  # read mail is not fetched again


def test_the_reference_in_the_subject_threads_a_mail_without_headers(
    app: App, desk: Desk, imap_server: ImapServer
) -> None:
    _, raw = buyer_mail("ana@buyer.example", "Lamp flickers", "It flickers at night.")
    imap_server.append(raw)
    (reference,) = poll(app, desk)["created"]  # type: ignore[misc]
    _, again = buyer_mail("ana@other.example", f"More about {reference}", "Here is more.")
    imap_server.append(again)
    assert poll(app, desk)["threaded"] == [reference]


def test_amazon_relay_mail_is_grouped_by_order_id(
    app: App, desk: Desk, imap_server: ImapServer
) -> None:
    order = "302-1112223-4445556"
    mails = [
        ("k4b7x9@marketplace.amazon.de", f"Anfrage zu Bestellung {order}", "Wo ist mein Deckel?"),
        ("zq81mm@marketplace.amazon.de", "Noch eine Frage", f"Bestellung {order}: bitte melden."),
        ("p0p0p0@marketplace.amazon.co.jp", "注文 250-0000000-1111111", "箱が壊れていました。"),
        ("someone@buyer.example", f"Order {order}", "Not a relay address: its own ticket."),
    ]
    for sender, subject, body in mails:
        imap_server.append(buyer_mail(sender, subject, body)[1])
    result = poll(app, desk)
    assert result["fetched"] == 4
    created, threaded = result["created"], result["threaded"]
    assert len(created) == 3 and threaded == [created[0]]  # type: ignore[index, arg-type]
    with app.sessions() as session:
        grouped = get_ticket(session, tenant_id=desk.tenant_id, reference=created[0])  # type: ignore[index]
        assert grouped.order_id == order
        assert [m.from_address for m in ticket_messages(session, grouped)] == [
            "k4b7x9@marketplace.amazon.de",
            "zq81mm@marketplace.amazon.de",
        ]


def test_a_mail_fetched_twice_is_stored_once(app: App, desk: Desk, imap_server: ImapServer) -> None:
    _, raw = buyer_mail("ana@buyer.example", "Lamp flickers", "It flickers at night.")
    imap_server.append(raw)
    imap_server.append(raw)  # the same Message-ID delivered twice
    result = poll(app, desk)
    assert (len(result["created"]), result["duplicates"]) == (1, 1)  # type: ignore[arg-type]
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TicketMessage)) == 1


def test_reply_without_a_mailbox_is_refused_and_not_recorded(app: App) -> None:
    desk = make_desk(app)  # no mailbox saved
    with app.sessions.begin() as session:
        from vocloop.support.tickets import open_ticket

        brand = session.get(Brand, desk.brand_id)
        assert brand is not None
        reference = open_ticket(
            session,
            brand=brand,
            channel="form",
            name="Ana",
            email="ana@buyer.example",
            lang="en",
            subject="Help",
            body="It broke.",
            now=app.clock(),
        ).reference
    with pytest.raises(UserError, match="has no support mailbox"):
        reply(app, desk, reference, "Sorry to hear that.")
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TicketMessage)) == 1


def test_an_unreachable_mailbox_is_one_sentence(
    app: App, smtp_server: tuple[int, MailSink]
) -> None:
    from tests.mail_servers import free_port

    desk = make_desk(
        app, smtp_port=smtp_server[0], imap_url=f"imap+plain://x@127.0.0.1:{free_port()}"
    )
    with pytest.raises(MailboxError, match=r"^The mailbox at 127\.0\.0\.1:\d+ could not be read"):
        poll(app, desk)
