"""The demo brand's inbox: a handful of tickets in several languages that show the inbox's
states (new, waiting for the buyer, solved), a thread, a note, Amazon relay mail grouped by
order, and a safety concern that the analysis turns into an alert."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vocloop.store.models import Brand, TicketMessage
from vocloop.support.tickets import (
    add_customer_message,
    add_note,
    open_ticket,
    save_canned_reply,
    update_ticket,
)


@dataclass(frozen=True)
class DemoTicket:
    hours_ago: int
    channel: str
    name: str
    email: str
    lang: str
    asin: str | None
    order_id: str | None
    subject: str
    body: str


DEMO_TICKETS = (
    DemoTicket(
        30,
        "form",
        "Jonas Weber",
        "jonas.weber@example.de",
        "de",
        "B0DEMOKT17",
        "302-4417702-1183355",
        "Deckel schließt nicht",
        "Der Deckel des Wasserkochers springt beim Kochen immer wieder auf. Was kann ich tun?",
    ),
    DemoTicket(
        20,
        "form",
        "佐藤 花子",
        "hanako.sato@example.jp",
        "ja",
        "B0DEMOLD01",
        None,
        "ライトの調光ができません",
        "デスクライトの明るさを変えるボタンを押しても反応しません。設定方法を教えてください。",
    ),
    DemoTicket(
        9,
        "email",
        "Buyer",
        "a1b2c3d4e5@marketplace.amazon.de",
        "de",
        "B0DEMOCH65",
        "028-5566778-9900112",
        "Frage zur Bestellung 028-5566778-9900112",
        "Das Ladegerät wird beim Laden meines Laptops sehr heiß und riecht verbrannt.",
    ),
    DemoTicket(
        5,
        "form",
        "Emily Carter",
        "emily.carter@example.com",
        "en",
        "B0DEMODK12",
        "113-2233445-5667788",
        "Missing screws for the desk",
        "The bag of screws for the shelf was missing from the box, so I cannot finish assembly.",
    ),
    DemoTicket(
        2,
        "email",
        "Marco Rossi",
        "marco.rossi@example.it",
        "en",
        "B0DEMOHD18",
        None,
        "Hair dryer too loud?",
        "Is it normal that the hair dryer makes a rattling noise on the high setting?",
    ),
)

CANNED = (
    (
        "Setup guide",
        "en",
        "Thank you for writing. The setup guide for your product is here: "
        "{link}. If it still does not work, reply to this mail and we will help.",
    ),
    (
        "Setup guide",
        "de",
        "Danke für Ihre Nachricht. Die Anleitung zu Ihrem Produkt finden Sie "
        "hier: {link}. Wenn es weiterhin nicht klappt, antworten Sie einfach auf diese E-Mail.",
    ),
    (
        "Setup guide",
        "ja",
        "お問い合わせありがとうございます。製品の使い方ガイドはこちらです:"
        "{link}。解決しない場合は、このメールにご返信ください。",
    ),
    (
        "Missing parts",
        "en",
        "Sorry that parts were missing. We are sending them to you today; "
        "please tell us which ones you need if the list differs from your message.",
    ),
)


def add_demo_tickets(session: Session, *, brand: Brand, now: dt.datetime) -> list[str]:
    """Open the demo tickets (and canned replies) of the brand; returns their references."""
    references = []
    tickets = []
    for demo in DEMO_TICKETS:
        at = now - dt.timedelta(hours=demo.hours_ago)
        ticket = open_ticket(
            session,
            brand=brand,
            channel=demo.channel,
            name=demo.name,
            email=demo.email,
            lang=demo.lang,
            subject=demo.subject,
            body=demo.body,
            now=at,
            asin=demo.asin,
            order_id=demo.order_id,
        )
        tickets.append(ticket)
        references.append(ticket.reference)
    kettle, _, charger, desk, _ = tickets
    # An answered ticket: the agent's reply (as if mailed) and the buyer's thanks.
    at = now - dt.timedelta(hours=26)
    session.add(
        TicketMessage(
            tenant_id=brand.tenant_id,
            ticket_id=kettle.id,
            direction="out",
            author="agent@homely.example",
            body="Bitte drücken Sie das Scharnier hinten am Deckel fest, bis es hörbar einrastet.",
            from_address=brand.support_email,
            created_at=at,
        )
    )
    kettle.first_replied_at = at
    add_customer_message(
        session,
        kettle,
        body="Danke, jetzt hält der Deckel!",
        now=now - dt.timedelta(hours=24),
        author=kettle.customer_name,
        from_address=kettle.customer_email,
    )
    update_ticket(session, kettle, now=now - dt.timedelta(hours=23), status="solved")
    # Amazon's relay writes again for the same order from a new relay address: same ticket.
    add_customer_message(
        session,
        charger,
        body="Nachtrag: Das Kabel hat sich an der Buchse verfärbt.",
        now=now - dt.timedelta(hours=8),
        author="Buyer",
        from_address="z9y8x7w6v5@marketplace.amazon.de",
    )
    update_ticket(session, charger, now=now - dt.timedelta(hours=8), priority="urgent")
    add_note(
        session,
        desk,
        author="agent@homely.example",
        body="Lager fragen: fehlen die Schrauben bei der ganzen Charge?",
        now=now - dt.timedelta(hours=4),
    )
    for name, lang, body in CANNED:
        save_canned_reply(session, tenant_id=brand.tenant_id, name=name, lang=lang, body=body)
    return references
