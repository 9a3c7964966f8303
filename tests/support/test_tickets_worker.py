"""The worker's cycle reads support mail too: an Amazon relay mail naming an imported order is
linked to that order's ASIN and store, classified (its language read from the words), and a
safety concern opens its alert."""

from __future__ import annotations

from email.message import EmailMessage

from sqlalchemy import select

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths
from tests.imap_server import running_imap
from tests.mail_servers import MailSink
from tests.support.tickets_setup import make_desk
from vocloop.analysis.classify import load_classifier
from vocloop.app import App
from vocloop.jobs.worker import run_cycle
from vocloop.store.models import Alert, OrderLine, TextClassification, Ticket


def test_a_cycle_files_relay_mail_on_the_ordered_asin_and_alerts(
    app: App, smtp_server: tuple[int, MailSink]
) -> None:
    with running_imap() as imap:
        desk = make_desk(
            app, smtp_port=smtp_server[0], imap_url=imap.url(), imap_password=imap.password
        )
        (imported,) = import_paths(app, AMAZON_FIXTURES / "all_orders.tsv", tenant="one")
        assert imported.imported
        with app.sessions() as session:
            order_id, asin, store_id = session.execute(
                select(OrderLine.amazon_order_id, OrderLine.asin, OrderLine.store_id).limit(1)
            ).one()
        mail = EmailMessage()
        mail["From"] = "q7w8e9r0t1@marketplace.amazon.com"
        mail["To"] = "support@homely.example"
        mail["Subject"] = f"Question about order {order_id}"
        mail["Message-ID"] = "<relay-1@marketplace.amazon.com>"
        mail.set_content(
            "Der Becher wurde so heiß, dass ich mir die Hand verbrannt habe. Der Griff ist "
            "geschmolzen."
        )
        imap.append(bytes(mail))
        results = run_cycle(app, load_classifier())
    assert any(r.job == "mail" and r.ok and "1 new ticket(s)" in r.detail for r in results)
    with app.sessions() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.order_id, ticket.asin, ticket.store_id) == (order_id, asin, store_id)
        assert ticket.tenant_id == desk.tenant_id and ticket.root_cause == "safety_concern"
        assert ticket.lang == "de"  # read from the words: the brand's default is English
        kinds = session.scalars(
            select(TextClassification.source_kind).where(TextClassification.source_id == ticket.id)
        ).all()
        assert "ticket" in kinds
        alerts = session.scalars(select(Alert).where(Alert.kind == "safety")).all()
        assert [(a.asin, a.store_id) for a in alerts] == [(asin, store_id)]
