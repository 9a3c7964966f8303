"""Warranty registration: the public form, consent kept word for word, confirmation mail through
the brand's mailbox (a real SMTP server), and the buyer's signed link to see and delete."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.mail_servers import MailSink, free_port
from tests.support.warranty_setup import (
    KETTLE,
    NOW,
    PASSWORD,
    BrandSetup,
    csrf_in,
    log_in,
    make_brand,
    web_client,
)
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.notify import SecretBox
from vocloop.policy import Severity, check_text
from vocloop.store.models import Brand, RetentionLogEntry, WarrantyRegistration
from vocloop.support import parse_mailbox, set_brand_mailbox
from vocloop.support.warranty import (
    RETENTION_DAYS,
    WarrantyForm,
    WarrantyFormError,
    consent_text,
    normalise_order_id,
    register_warranty,
)

ORDER = "302-1234567-7654321"


def _mailbox(app: App, setup: BrandSetup, port: int) -> None:
    mailbox = parse_mailbox(f"smtp+plain://127.0.0.1:{port}?from=support@homely.example")
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        box = SecretBox.from_settings(app.settings)
        set_brand_mailbox(session, box, tenant_id=setup.tenant_id, brand=brand, mailbox=mailbox)


def _fields(client: TestClient, lang: str = "en", **changes: str) -> dict[str, str]:
    page = client.get(f"/h/homely/warranty?asin={KETTLE}&lang={lang}")
    assert page.status_code == 200
    fields = {
        "csrf": csrf_in(page.text),
        "lang": lang,
        "asin": KETTLE,
        "order_id": ORDER,
        "purchase_date": "2026-02-20",
        "name": "Erika Mustermann",
        "email": "erika@example.de",
        "consent": "yes",
        "website": "",
    }
    fields.update(changes)
    return fields


def _registrations(app: App) -> list[WarrantyRegistration]:
    with app.sessions() as session:
        return list(session.query(WarrantyRegistration).all())


def _register(client: TestClient, lang: str = "en") -> str:
    response = client.post("/h/homely/warranty", data=_fields(client, lang), follow_redirects=False)
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def test_registration_keeps_the_consent_and_mails_the_signed_link(
    app: App, smtp_server: tuple[int, MailSink]
) -> None:
    port, sink = smtp_server
    setup = make_brand(app)
    _mailbox(app, setup, port)
    with web_client(app) as client:
        form = client.get(f"/h/homely/warranty?asin={KETTLE}&lang=de")
        assert html.escape(consent_text("Homely", "de"), quote=True) in form.text
        assert "Datenschutzhinweise" in form.text
        assert 'type="checkbox" name="consent" value="yes" style' in form.text  # not pre-ticked
        location = _register(client, "de")
        assert re.fullmatch(r"/h/homely/warranty/r/[\w.-]+\?lang=de&new=1", location)
        page = client.get(location)
    [row] = _registrations(app)
    assert (row.asin, row.order_id, row.purchase_date) == (KETTLE, ORDER, dt.date(2026, 2, 20))
    assert (row.name, row.email, row.lang) == ("Erika Mustermann", "erika@example.de", "de")
    assert row.consent_text == consent_text("Homely", "de")
    assert "2 Jahre" in row.consent_text
    assert row.delete_after == NOW + dt.timedelta(days=RETENTION_DAYS)
    assert row.confirmation_sent_at == NOW
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert ORDER in page.text and "Erika Mustermann" in page.text
    assert "Wir haben eine Bestätigung" in page.text
    [(sender, recipients, message)] = sink.messages
    assert (sender, recipients) == ("support@homely.example", ["erika@example.de"])
    assert message["Subject"] == "Homely: Ihre Produktregistrierung"
    body = message.get_content()
    link = location.split("?")[0]
    assert f"http://help.test{link}?lang=de" in body
    assert ORDER in body and "Kettle K1" in body and row.consent_text in body


def test_without_a_mailbox_the_page_says_to_keep_its_link(app: App) -> None:
    make_brand(app)
    with web_client(app) as client:
        page = client.get(_register(client))
    assert "No confirmation e-mail could be sent" in page.text
    assert _registrations(app)[0].confirmation_sent_at is None


def test_a_mail_server_that_does_not_answer_loses_no_registration(app: App) -> None:
    setup = make_brand(app)
    _mailbox(app, setup, free_port())  # nothing listens there
    with web_client(app) as client:
        page = client.get(_register(client))
    assert page.status_code == 200 and "No confirmation e-mail could be sent" in page.text
    assert len(_registrations(app)) == 1


@pytest.mark.parametrize(
    ("_case", "changes", "sentence"),
    [
        ("short order id", {"order_id": "302-123456-7654321"}, "3, 7 und 7 Ziffern"),
        ("letters in order id", {"order_id": "302-12345A7-7654321"}, "3, 7 und 7 Ziffern"),
        ("no consent", {"consent": ""}, "braucht Ihre Einwilligung"),
        ("future purchase", {"purchase_date": "2026-03-05"}, "nicht in der Zukunft"),
        ("not a date", {"purchase_date": "20.02.2026"}, "Bitte geben Sie das Kaufdatum an"),
        ("other product", {"asin": "B0NOTOURS1"}, "Bitte wählen Sie das Produkt"),
        ("bad e-mail", {"email": "erika@"}, "gültige E-Mail-Adresse"),
        ("no name", {"name": "   "}, "Bitte geben Sie Ihren Namen an"),
    ],
)
def test_a_wrong_field_is_refused_in_the_buyer_language_and_nothing_is_stored(
    app: App, _case: str, changes: dict[str, str], sentence: str
) -> None:
    make_brand(app)
    with web_client(app) as client:
        response = client.post("/h/homely/warranty", data=_fields(client, "de", **changes))
    assert response.status_code == 400
    errors = re.findall(
        r'<p class="pub-error" role="alert" id="form-error">([^<]+)</p>', response.text
    )
    assert len(errors) == 1 and sentence in html.unescape(errors[0])
    assert 'aria-invalid="true"' in response.text
    assert _registrations(app) == []


def test_forms_without_the_token_or_with_the_honeypot_are_refused(app: App) -> None:
    make_brand(app)
    with web_client(app) as client:
        no_token = client.post("/h/homely/warranty", data={**_fields(client), "csrf": "forged"})
        honeypot = client.post(
            "/h/homely/warranty", data=_fields(client, website="http://spam.example")
        )
    assert (no_token.status_code, honeypot.status_code) == (403, 400)
    assert "could not be accepted" in no_token.text
    assert _registrations(app) == []


def test_one_connection_registers_at_most_ten_an_hour(app: App) -> None:
    make_brand(app)
    with web_client(app) as client:
        codes = [
            client.post("/h/homely/warranty", data=_fields(client), follow_redirects=False)
            for _ in range(11)
        ]
    assert [r.status_code for r in codes] == [303] * 10 + [429]
    assert "Too many registrations" in codes[-1].text
    assert len(_registrations(app)) == 10


def test_the_buyer_deletes_their_details_through_the_signed_link(app: App) -> None:
    setup = make_brand(app)
    with web_client(app) as client:
        link = _register(client).split("?")[0]
        [row] = _registrations(app)
        page = client.get(link)
        refused = client.post(f"{link}/delete", data={"csrf": "forged"}, follow_redirects=False)
        assert len(_registrations(app)) == 1 and refused.status_code == 403
        assert "could not be accepted" in refused.text
        done = client.post(f"{link}/delete", data={"csrf": csrf_in(page.text)})
        assert done.status_code == 200 and "Your details are deleted" in done.text
        again = client.get(link)
    assert again.status_code == 404 and "not valid, or the details were deleted" in again.text
    assert _registrations(app) == []
    with app.sessions() as session:
        [entry] = session.query(RetentionLogEntry).all()
    assert (entry.tenant_id, entry.rule, entry.action) == (
        setup.tenant_id,
        "buyer_request",
        "deleted",
    )
    assert entry.target == f"warranty_registrations:{row.id}"
    assert "erika" not in f"{entry.target} {entry.reason}".lower()


def test_a_changed_link_or_another_brand_shows_nothing(app: App) -> None:
    make_brand(app)
    make_brand(app, tenant="two", slug="other")
    with web_client(app) as client:
        link = _register(client).split("?")[0]
        token = link.rsplit("/", 1)[1]
        # Change a signature character in the middle: the last base64 character of a signature
        # carries padding bits, so changing it may leave the decoded signature as it was.
        middle = len(link) - 8
        tampered = link[:middle] + ("A" if link[middle] != "A" else "B") + link[middle + 1 :]
        for path in (tampered, f"/h/other/warranty/r/{token}"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert ORDER not in response.text and "Erika" not in response.text
        assert client.get("/h/nobody/warranty").status_code == 404


def test_order_ids_typed_on_a_phone_keyboard_are_read_as_3_7_7() -> None:
    assert normalise_order_id(" ３０２－１２３４５６７－７６５４３２１ ") == ORDER
    with pytest.raises(WarrantyFormError) as refused:
        normalise_order_id("3021234567654321")
    assert refused.value.field == "order_id"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "ja", "zh"])
def test_the_form_words_pass_the_policy_checker_for_forms(app: App, lang: str) -> None:
    setup = make_brand(app)
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        brand.languages = ["en", "de", "fr", "es", "it", "ja", "zh"]
    with web_client(app) as client:
        page = client.get(f"/h/homely/warranty?lang={lang}").text
    main = page.split('<main class="pub-main">')[1].split("</main>")[0]
    words = html.unescape(re.sub(r"<[^>]+>", "\n", main))
    findings = check_text(words, lang=lang, channel="form")
    assert [f.rule for f in findings if f.severity is not Severity.INFO] == []


def test_a_registration_on_29_february_is_checked_like_any_other(app: App) -> None:
    setup = make_brand(app)
    leap = dt.datetime(2024, 2, 29, 9, tzinfo=dt.UTC)
    form = WarrantyForm(KETTLE, ORDER, "2024-02-28", "Erika", "erika@example.de", "en", True)
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        registration = register_warranty(session, brand=brand, form=form, now=leap)
    assert registration.purchase_date == dt.date(2024, 2, 28)


def test_the_team_lists_registrations_of_its_own_tenant_only(app: App) -> None:
    setup = make_brand(app)
    other = make_brand(app, tenant="two", slug="other")
    with web_client(app) as client:
        _register(client)
    with app.sessions.begin() as session:
        viewer = create_user(session, email="viewer@one.example", password=PASSWORD)
        add_membership(session, user_id=viewer.id, tenant_id=setup.tenant_id, role="viewer")
    with web_client(app) as client:
        log_in(client, setup.owner)
        page = client.get("/support/warranty")
        assert page.status_code == 200 and ORDER in page.text and "erika@example.de" in page.text
        client.cookies.clear()
        log_in(client, other.owner)
        theirs = client.get("/support/warranty")
        assert theirs.status_code == 200 and ORDER not in theirs.text
        client.cookies.clear()
        log_in(client, "viewer@one.example")
        assert client.get("/support/warranty").status_code == 403
    db = str(app.engine.url.render_as_string(hide_password=False))
    listed = CliRunner().invoke(
        cli_app, ["--db", db, "warranty", "list", "--tenant", "one", "--json"]
    )
    assert listed.exit_code == 0, listed.stderr
    [row] = json.loads(listed.stdout)["registrations"]
    assert (row["asin"], row["order_id"], row["email"]) == (KETTLE, ORDER, "erika@example.de")
    none = CliRunner().invoke(
        cli_app, ["--db", db, "warranty", "list", "--tenant", "two", "--json"]
    )
    assert json.loads(none.stdout) == {"registrations": []}
