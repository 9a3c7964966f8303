"""Tickets as customer voice: classified into the taxonomy on their ASIN and store, found in the
comments explorer, and a safety concern opens the ASIN's safety alert at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.support.test_tickets_contact import fields, form_token
from tests.support.tickets_setup import KETTLE, LAMP, Desk, make_desk
from vocloop.analysis.classify import Classifier, load_classifier
from vocloop.analysis.dashboard import Scope
from vocloop.analysis.dashboard.comments import CommentSearch, search_comments
from vocloop.analysis.taxonomy import get_root_cause
from vocloop.app import App
from vocloop.store.access import create_store, save_products
from vocloop.store.models import Alert, TextClassification, Ticket
from vocloop.web import create_app

FIRE = "The kettle caught fire on the second day and melted the cord. There was smoke everywhere."


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return load_classifier()


@pytest.fixture
def desk(app: App) -> Desk:
    made = make_desk(app)
    with app.sessions.begin() as session:
        store = create_store(session, tenant_id=made.tenant_id, slug="us", marketplace="US")
        save_products(
            session,
            tenant_id=made.tenant_id,
            products={
                (store.id, KETTLE, "KET-1"): (None, "Kettle"),
                (store.id, LAMP, "LMP-1"): (None, "Lamp"),
            },
        )
    return made


@pytest.fixture
def client(app: App, desk: Desk, classifier: Classifier) -> Iterator[TestClient]:
    web = create_app(app)  # classifies new tickets after answering, as in production
    with TestClient(web, raise_server_exceptions=False) as test_client:
        yield test_client


def submit(client: TestClient, *, asin: str, message: str) -> str:
    response = client.post(
        "/h/homely/contact",
        data=fields(form_token(client), asin=asin, message=message, lang="en"),
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return response.headers["location"].split("ref=")[1].split("&")[0]


def test_a_safety_ticket_opens_the_asins_alert_at_once(app: App, client: TestClient) -> None:
    reference = submit(client, asin=KETTLE, message=FIRE)
    with app.sessions() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket is not None and ticket.root_cause == "safety_concern"
        row = session.scalar(
            select(TextClassification).where(
                TextClassification.source_kind == "ticket",
                TextClassification.source_id == ticket.id,
            )
        )
        assert row is not None
        assert (row.asin, row.store_id, row.root_cause) == (
            KETTLE,
            ticket.store_id,
            "safety_concern",
        )
        alert = session.scalars(select(Alert)).one()
        assert (alert.kind, alert.asin, alert.severity, alert.status) == (
            "safety",
            KETTLE,
            "critical",
            "open",
        )
        assert alert.store_id == ticket.store_id
        assert alert.facts["sources"] == ["ticket"]
        assert alert.quotes["items"][0]["text"] == FIRE
        assert alert.quotes["items"][0]["source"] == "ticket"
    # A second buyer with the same hazard joins the live alert instead of opening another.
    submit(client, asin=KETTLE, message="Smoke came out of the base and it smelled burnt, scary.")
    with app.sessions() as session:
        assert len(session.scalars(select(Alert)).all()) == 1


def test_an_ordinary_ticket_is_classified_without_an_alert(
    app: App, desk: Desk, client: TestClient
) -> None:
    message = "The lamp arm is loose and the screw thread is stripped, it droops down."
    reference = submit(client, asin=LAMP, message=message)
    with app.sessions() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket is not None and ticket.root_cause is not None
        assert ticket.root_cause != "safety_concern"
        get_root_cause(ticket.root_cause)  # one of the taxonomy's causes
        assert session.scalars(select(Alert)).all() == []
        found = search_comments(session, Scope(desk.tenant_id, None), CommentSearch(kind="ticket"))
        assert [(r.id, r.asin, r.text, r.cause) for r in found] == [
            (ticket.id, LAMP, message, ticket.root_cause)
        ]


def test_a_ticket_without_a_known_store_keeps_its_cause_on_the_ticket(
    app: App, classifier: Classifier
) -> None:
    desk = make_desk(app)  # no store sells the brand's products here
    web = create_app(app)
    with TestClient(web) as client:
        reference = submit(client, asin=KETTLE, message=FIRE)
    with app.sessions() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket is not None and ticket.store_id is None
        assert ticket.root_cause == "safety_concern"
        assert session.scalars(select(TextClassification)).all() == []
        alert = session.scalars(select(Alert)).one()
        assert (alert.kind, alert.asin, alert.store_id) == ("safety", KETTLE, None)
    assert desk.tenant_id == ticket.tenant_id
