"""The public contact form: renders in the buyer's language, opens a ticket with its files, and
refuses bad input, spam and floods with one sentence and nothing stored."""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.support.tickets_setup import KETTLE, PASSWORD, Desk, make_desk
from vocloop.app import App
from vocloop.store.models import Ticket, TicketAttachment, TicketMessage
from vocloop.support.tickets import MAX_IMAGE_BYTES
from vocloop.web import create_app
from vocloop.web.routes.contact import ContactLimits


def png_bytes(width: int = 2, height: int = 2, padding: int = 0) -> bytes:
    """A real PNG image (optionally with a large ancillary chunk to make it big)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    parts = [
        b"\x89PNG\r\n\x1a\n",
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        chunk(b"IDAT", zlib.compress(raw)),
    ]
    if padding:
        parts.append(chunk(b"teXt", b"pad\x00" + b"x" * padding))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)


@pytest.fixture
def desk(app: App) -> Desk:
    return make_desk(app)


@pytest.fixture
def client(app: App, desk: Desk) -> Iterator[TestClient]:
    web = create_app(app, classify_uploads=False)
    with TestClient(web, raise_server_exceptions=False) as test_client:
        yield test_client


def form_token(client: TestClient, query: str = "") -> str:
    page = client.get(f"/h/homely/contact{query}")
    assert page.status_code == 200
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def fields(token: str, **changes: str) -> dict[str, str]:
    values = {
        "csrf": token,
        "asin": KETTLE,
        "lang": "de",
        "name": "Jonas Weber",
        "email": "jonas@example.de",
        "order_id": "302-1234567-7654321",
        "message": "Der Deckel schließt nicht mehr, seit zwei Tagen.",
        "website": "",
    }
    values.update(changes)
    return values


def counts(app: App) -> tuple[int, int, int]:
    with app.sessions() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Ticket, TicketMessage, TicketAttachment)
        )


def test_form_renders_in_the_buyers_language_with_the_product_chosen(client: TestClient) -> None:
    page = client.get(f"/h/homely/contact?asin={KETTLE}&lang=de")
    assert page.status_code == 200
    assert '<html lang="de">' in page.text
    assert "Ihre Nachricht" in page.text
    assert f'<option value="{KETTLE}" selected>Kettle</option>' in page.text
    assert 'name="website"' in page.text  # the honeypot
    assert "vocloop_session" in page.headers["set-cookie"]
    japanese = client.get("/h/homely/contact", headers={"Accept-Language": "ja,en;q=0.5"})
    assert "お問い合わせ内容" in japanese.text
    french = client.get("/h/homely/contact?lang=fr")  # brand offers en, de, ja: falls back
    assert '<html lang="en">' in french.text
    assert client.get("/h/nobody/contact").status_code == 404


def test_submission_opens_a_ticket_with_its_photo(app: App, client: TestClient) -> None:
    photo = png_bytes()
    response = client.post(
        "/h/homely/contact",
        data=fields(form_token(client)),
        files=[("attachments", ("lid.png", photo, "image/png"))],
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    found = re.fullmatch(r"/h/homely/contact/sent\?ref=(T-[A-Z0-9]{8})", location)
    assert found, location
    reference = found.group(1)
    sent = client.get(location)
    assert reference in sent.text and "Vorgangsnummer" in sent.text
    with app.sessions() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket is not None
        assert (ticket.asin, ticket.order_id, ticket.lang, ticket.channel, ticket.status) == (
            KETTLE,
            "302-1234567-7654321",
            "de",
            "form",
            "new",
        )
        assert ticket.customer_email == "jonas@example.de"
        assert ticket.description == "Der Deckel schließt nicht mehr, seit zwei Tagen."
        attachment = session.scalars(select(TicketAttachment)).one()
        assert (attachment.filename, attachment.content_type, attachment.size) == (
            "lid.png",
            "image/png",
            len(photo),
        )
    stored = app.settings.data_dir / "ticket-files" / str(ticket.tenant_id) / attachment.sha256
    assert stored.read_bytes() == photo
    assert counts(app) == (1, 1, 1)


@pytest.mark.parametrize(
    ("_case", "changes", "upload", "status", "sentence"),
    [
        ("honeypot", {"website": "http://spam.example"}, None, 400, "letzte Feld leer"),
        ("bad email", {"email": "jonas-at-example"}, None, 400, "E-Mail-Adresse an"),
        ("bad order id", {"order_id": "12345"}, None, 400, "123-1234567-1234567"),
        ("no message", {"message": "   "}, None, 400, "schreiben Sie Ihre Nachricht"),
        ("foreign product", {"asin": "B0NOTOURS1"}, None, 400, "unserer Produkte"),
        (
            "text as photo",
            {},
            ("lid.jpg", b"just text, not a photo", "image/jpeg"),
            400,
            "lid.jpg ist kein Foto",
        ),
        (
            "html as photo",
            {},
            ("x.png", b"<html><script>alert(1)</script>", "image/png"),
            400,
            "x.png ist kein Foto",
        ),
        (
            "photo too big",
            {},
            ("big.png", png_bytes(padding=MAX_IMAGE_BYTES), "image/png"),
            413,
            "big.png ist zu groß",
        ),
        ("no csrf", {"csrf": "forged"}, None, 403, "Formular ist abgelaufen"),
    ],
)
def test_refusals_re_render_the_form_and_store_nothing(
    app: App,
    client: TestClient,
    _case: str,
    changes: dict[str, str],
    upload: tuple[str, bytes, str] | None,
    status: int,
    sentence: str,
) -> None:
    response = client.post(
        "/h/homely/contact",
        data=fields(form_token(client), **changes),
        files=[("attachments", upload)] if upload else None,
        follow_redirects=False,
    )
    assert response.status_code == status
    assert '<html lang="de">' in response.text
    error = re.search(
        r'<p class="pub-error" role="alert" id="contact-error">([^<]+)</p>', response.text
    )
    assert error and sentence in error.group(1)
    assert 'value="Jonas Weber"' in response.text  # what the buyer typed is kept
    assert counts(app) == (0, 0, 0)
    assert not (app.settings.data_dir / "ticket-files").exists() or not any(
        (app.settings.data_dir / "ticket-files").rglob("*")
    )


def test_script_in_the_message_is_shown_as_text(app: App, client: TestClient) -> None:
    token = form_token(client)
    nasty = '<img src=x onerror="alert(1)"> help'
    response = client.post(
        "/h/homely/contact",
        data=fields(token, message=nasty, name="<b>Eve</b>"),
        follow_redirects=False,
    )
    assert response.status_code == 303
    client.post(
        "/login",
        data={"csrf": form_token(client), "email": "agent@one.example", "password": PASSWORD},
        follow_redirects=False,
    )
    reference = response.headers["location"].split("ref=")[1].split("&")[0]
    page = client.get(f"/inbox/{reference}")
    assert page.status_code == 200
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; help" in page.text
    assert "<img src=x" not in page.text and "<b>Eve</b>" not in page.text


def test_rate_limits_per_client_and_per_product(app: App, desk: Desk) -> None:
    web = create_app(app, contact_limits=ContactLimits(per_client=2, per_product=3, window=600))
    with TestClient(web) as client:
        token = form_token(client)
        answers = [
            client.post("/h/homely/contact", data=fields(token), follow_redirects=False)
            for _ in range(3)
        ]
        assert [a.status_code for a in answers] == [303, 303, 429]
        assert "Zu viele Nachrichten" in answers[2].text
        assert counts(app)[0] == 2
    # Another address for the same product: its own client budget, but the product's is shared.
    with TestClient(web, client=("10.0.0.9", 5000)) as other:
        token = form_token(other)
        answers = [
            other.post("/h/homely/contact", data=fields(token), follow_redirects=False)
            for _ in range(2)
        ]
        assert [a.status_code for a in answers] == [303, 429]
    assert counts(app)[0] == 3


def test_a_raised_limit_lets_a_load_test_through(app: App, desk: Desk) -> None:
    web = create_app(app, contact_limits=ContactLimits(per_client=1000, per_product=1000))
    with TestClient(web) as client:
        token = form_token(client)
        codes = {
            client.post("/h/homely/contact", data=fields(token), follow_redirects=False).status_code
            for _ in range(8)
        }
    assert codes == {303}
    assert counts(app)[0] == 8
