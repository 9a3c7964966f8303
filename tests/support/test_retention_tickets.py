"""Tickets half a year after their answer: the buyer's details and photos go, the words stay."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from vocloop.app import App
from vocloop.errors import UserError
from vocloop.store.access import create_tenant
from vocloop.store.models import Brand, TicketAttachment, TicketMessage
from vocloop.support import create_brand, parse_mailbox
from vocloop.support.retention import run_retention
from vocloop.support.tickets import (
    IncomingFile,
    get_ticket,
    open_ticket,
    prune_unreferenced_files,
    send_reply,
    store_files,
    update_ticket,
)

NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)
PHOTO = IncomingFile("lid.png", b"\x89PNG\r\n\x1a\n" + bytes(64))


def test_answered_tickets_lose_contact_details_and_files_after_half_a_year(app: App) -> None:
    data_dir = app.settings.data_dir
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug="shop").id
        brand = create_brand(session, tenant_id=tenant_id, slug="homely", name="Homely")
        refs = {}
        for name, solved in (("old", NOW - dt.timedelta(days=200)), ("new", NOW)):
            ticket = open_ticket(
                session,
                brand=brand,
                channel="form",
                name=f"Jonas {name}",
                email=f"jonas.{name}@buyer.example",
                lang="de",
                subject="Deckel",
                body="Der Deckel schließt nicht. Rufen Sie mich an: +49 170 1234567",
                now=solved - dt.timedelta(days=1),
            )
            store_files(session, data_dir, ticket, [(PHOTO, "image/png")], message_id=None)
            update_ticket(session, ticket, now=solved, status="solved")
            refs[name] = ticket.reference
    [stored] = {p.name for p in (data_dir / "ticket-files" / str(tenant_id)).iterdir()}

    with app.sessions.begin() as session:
        dry = run_retention(session, tenant_id=tenant_id, now=NOW, dry_run=True)
        session.rollback()
    assert [(a.rule, a.action) for a in dry if a.rule == "ticket_answered"] == [
        ("ticket_answered", "scrubbed")
    ]
    with app.sessions.begin() as session:
        done = run_retention(session, tenant_id=tenant_id, now=NOW)
    assert [a.target for a in done if a.rule == "ticket_answered"] == [
        f"tickets:{get_ticket_id(app, tenant_id, refs['old'])}"
    ]
    with app.sessions() as session:
        old = get_ticket(session, tenant_id=tenant_id, reference=refs["old"])
        new = get_ticket(session, tenant_id=tenant_id, reference=refs["new"])
        assert (old.customer_name, old.customer_email) == ("", "")
        assert "Der Deckel schließt nicht." in old.description  # the customer voice stays
        assert "1234567" not in old.description
        [message] = session.scalars(select(TicketMessage).where(TicketMessage.ticket_id == old.id))
        assert (message.author, message.from_address) == ("", None)
        assert "1234567" not in message.body
        assert new.customer_email == "jonas.new@buyer.example"  # not yet due
        assert "1234567" in new.description
        counts = dict(
            session.execute(
                select(TicketAttachment.ticket_id, func.count()).group_by(
                    TicketAttachment.ticket_id
                )
            ).all()
        )
        assert counts == {new.id: 1}
        # Both tickets carried the same photo: its file stays while the new ticket names it.
        assert prune_unreferenced_files(session, data_dir, tenant_id=tenant_id) == 0
        assert (data_dir / "ticket-files" / str(tenant_id) / stored).exists()
        # Nothing is sent: the refusal comes before the mail server is contacted.
        mailbox = parse_mailbox("smtp+plain://127.0.0.1:9?from=support@homely.example")
        with pytest.raises(UserError, match="contact details were removed"):
            send_reply(
                session, old, brand=session.get(Brand, old.brand_id), mailbox=mailbox,
                author="Agent", body="Hallo", now=NOW,
            )  # fmt: skip
    with app.sessions.begin() as session:
        run_retention(session, tenant_id=tenant_id, now=NOW + dt.timedelta(days=200))
    with app.sessions() as session:
        assert prune_unreferenced_files(session, data_dir, tenant_id=tenant_id) == 1
        assert not any((data_dir / "ticket-files" / str(tenant_id)).iterdir())
        assert session.scalar(select(func.count()).select_from(TicketAttachment)) == 0


def get_ticket_id(app: App, tenant_id: int, reference: str) -> int:
    with app.sessions() as session:
        return get_ticket(session, tenant_id=tenant_id, reference=reference).id
