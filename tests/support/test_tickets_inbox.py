"""The agent inbox: tenants never see each other's tickets or files; agents sort, search,
assign, note, merge and reply; roles without the inbox permission are turned away."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.mail_servers import MailSink
from tests.support.test_tickets_contact import fields, form_token, png_bytes
from tests.support.tickets_setup import PASSWORD, Desk, make_desk
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.store.models import Brand, Ticket, TicketMessage
from vocloop.support.tickets import get_ticket, open_ticket, save_canned_reply, ticket_messages
from vocloop.web import create_app

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def desks(app: App, smtp_server: tuple[int, MailSink]) -> tuple[Desk, Desk]:
    app.clock = lambda: NOW
    return (
        make_desk(app, smtp_port=smtp_server[0]),
        make_desk(app, tenant="two", slug="otherbrand", smtp_port=smtp_server[0]),
    )


@pytest.fixture
def client(app: App, desks: tuple[Desk, Desk]) -> Iterator[TestClient]:
    with TestClient(create_app(app, classify_uploads=False), raise_server_exceptions=False) as c:
        yield c


def log_in(client: TestClient, email: str) -> None:
    client.cookies.clear()
    response = client.post(
        "/login",
        data={"csrf": form_token(client), "email": email, "password": PASSWORD, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303


def csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def new_ticket(app: App, desk: Desk, *, subject: str, order_id: str | None = None) -> str:
    with app.sessions.begin() as session:
        brand = session.get(Brand, desk.brand_id)
        assert brand is not None
        return open_ticket(
            session,
            brand=brand,
            channel="email",
            name="Ana Ruiz",
            email="ana@buyer.example",
            lang="es",
            subject=subject,
            body=f"{subject}, por favor ayuda.",
            now=NOW,
            order_id=order_id,
        ).reference


def test_tenants_never_see_each_others_tickets_or_files(app: App, client: TestClient) -> None:
    response = client.post(
        "/h/homely/contact",
        data=fields(form_token(client)),
        files=[("attachments", ("lid.png", png_bytes(), "image/png"))],
        follow_redirects=False,
    )
    reference = response.headers["location"].split("ref=")[1].split("&")[0]
    with app.sessions() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket is not None
    log_in(client, "agent@one.example")
    page = client.get(f"/inbox/{reference}")
    link = re.search(r'href="(/inbox/attachments/\d+)"', page.text)
    assert link
    served = client.get(link.group(1))
    assert served.status_code == 200 and served.content == png_bytes()
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-type"] == "image/png"
    log_in(client, "owner@two.example")
    assert reference not in client.get("/inbox?status=all").text
    assert client.get(f"/inbox/{reference}").status_code == 404
    assert client.get(link.group(1)).status_code == 404
    token = csrf(client, "/inbox")
    refused = client.post(f"/inbox/{reference}/note", data={"csrf": token, "body": "mine now"})
    assert refused.status_code == 404
    client.cookies.clear()
    assert client.get(link.group(1), follow_redirects=False).status_code == 303  # to the login
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TicketMessage)) == 1


def test_a_role_without_the_inbox_is_turned_away(app: App, client: TestClient, desks) -> None:
    with app.sessions.begin() as session:
        user = create_user(session, email="analyst@one.example", password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=desks[0].tenant_id, role="analyst")
    log_in(client, "analyst@one.example")
    assert client.get("/inbox").status_code == 403
    assert 'href="/inbox"' not in client.get("/").text


def test_search_filter_assign_and_prioritise(app: App, client: TestClient, desks) -> None:
    desk = desks[0]
    lid = new_ticket(app, desk, subject="Tapa rota", order_id="171-1234567-1234567")
    lamp = new_ticket(app, desk, subject="Lámpara parpadea")
    log_in(client, desk.agent)
    assert re.findall(r'data-ref="(T-\w+)"', client.get("/inbox").text) == [lamp, lid]
    found = client.get("/inbox", params={"q": "171-1234567"})
    assert re.findall(r'data-ref="(T-\w+)"', found.text) == [lid]
    token = csrf(client, f"/inbox/{lid}")
    changed = client.post(
        f"/inbox/{lid}/update",
        data={
            "csrf": token,
            "status": "open",
            "priority": "urgent",
            "assignee": str(desk.agent_id),
        },
        follow_redirects=False,
    )
    assert changed.status_code == 303
    with app.sessions() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=lid)
        assert (ticket.status, ticket.priority, ticket.assignee_id) == (
            "open",
            "urgent",
            desk.agent_id,
        )
        assert ticket.first_reply_due == NOW + dt.timedelta(hours=2)
    mine = client.get("/inbox", params={"mine": "true"})
    assert re.findall(r'data-ref="(T-\w+)"', mine.text) == [lid]
    bad = client.post(f"/inbox/{lid}/update", data={"csrf": token, "status": "vanished"})
    assert bad.status_code == 400 and "「vanished」不是工单状态" in bad.text
    with app.sessions() as session:
        assert get_ticket(session, tenant_id=desk.tenant_id, reference=lid).status == "open"


def test_notes_stay_inside_and_replies_go_out(
    app: App, client: TestClient, desks, smtp_server: tuple[int, MailSink]
) -> None:
    _, sink = smtp_server
    desk = desks[0]
    reference = new_ticket(app, desk, subject="Tapa rota")
    with app.sessions.begin() as session:
        save_canned_reply(
            session, tenant_id=desk.tenant_id, name="Bisagra", lang="en", body="Press the hinge."
        )
        spanish = save_canned_reply(
            session,
            tenant_id=desk.tenant_id,
            name="Bisagra",
            lang="es",
            body="Presione la bisagra.",
        )
        spanish_id = spanish.id
    log_in(client, desk.agent)
    page = client.get(f"/inbox/{reference}")
    assert f'<option value="{spanish_id}">Bisagra (es)</option>' in page.text
    drafted = client.get(f"/inbox/{reference}", params={"canned": spanish_id})
    assert ">Presione la bisagra.</textarea>" in drafted.text
    token = csrf(client, f"/inbox/{reference}")
    client.post(f"/inbox/{reference}/note", data={"csrf": token, "body": "Supplier batch 7?"})
    assert sink.messages == []
    sent = client.post(
        f"/inbox/{reference}/reply", data={"csrf": token, "body": "Presione la bisagra."}
    )
    assert (
        sent.status_code == 200 and "回复已发送至 ana@buyer.example" in sent.text
    )  # zh: no Accept-Language
    assert [rcpt for _, rcpt, _ in sink.messages] == [["ana@buyer.example"]]
    assert "Supplier batch 7" not in sink.messages[0][2].get_content()
    with app.sessions() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=reference)
        assert [m.direction for m in ticket_messages(session, ticket)] == ["in", "note", "out"]
        assert (ticket.status, ticket.first_replied_at) == ("pending", NOW)


def test_merge_moves_the_thread_and_later_mail_follows(app: App, client: TestClient, desks) -> None:
    desk = desks[0]
    first = new_ticket(app, desk, subject="Tapa rota")
    second = new_ticket(app, desk, subject="Otra vez la tapa")
    other_tenant = new_ticket(app, desks[1], subject="Ajeno")
    log_in(client, desk.agent)
    token = csrf(client, f"/inbox/{second}")
    refused = client.post(f"/inbox/{second}/merge", data={"csrf": token, "into": other_tenant})
    assert refused.status_code == 404
    merged = client.post(
        f"/inbox/{second}/merge", data={"csrf": token, "into": first}, follow_redirects=False
    )
    assert merged.headers["location"] == f"/inbox/{first}"
    assert re.findall(r'data-ref="(T-\w+)"', client.get("/inbox").text) == [first]
    with app.sessions() as session:
        target = get_ticket(session, tenant_id=desk.tenant_id, reference=first)
        assert [m.body for m in ticket_messages(session, target)] == [
            "Tapa rota, por favor ayuda.",
            "Otra vez la tapa, por favor ayuda.",
        ]
        source = get_ticket(session, tenant_id=desk.tenant_id, reference=second)
        assert (source.status, source.merged_into_id) == ("closed", target.id)


def test_agents_keep_canned_replies_per_language(app: App, client: TestClient, desks) -> None:
    desk = desks[0]
    log_in(client, desk.agent)
    token = csrf(client, "/inbox/canned")
    for lang, body in (
        ("en", "Press the hinge."),
        ("ja", "ヒンジを押してください。"),
        ("en", "Press it hard."),
    ):
        saved = client.post(
            "/inbox/canned",
            data={"csrf": token, "name": "Hinge", "lang": lang, "body": body},
            follow_redirects=False,
        )
        assert saved.status_code == 303
    page = client.get("/inbox/canned")
    rows = re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td><td[^>]*>([^<]+)</td></tr>", page.text)
    assert rows == [
        ("Hinge", "English", "Press it hard."),
        ("Hinge", "日本語", "ヒンジを押してください。"),
    ]
    refused = client.post(
        "/inbox/canned", data={"csrf": token, "name": "Hinge", "lang": "xx", "body": "?"}
    )
    assert refused.status_code == 400 and "「xx」不是买家语言。" in refused.text
    log_in(client, "owner@two.example")
    assert "Hinge" not in client.get("/inbox/canned").text


def test_a_reply_that_asks_for_a_good_review_is_not_sent(
    app: App, client: TestClient, desks, smtp_server: tuple[int, MailSink]
) -> None:
    desk = desks[0]
    reference = new_ticket(app, desk, subject="Tapa rota")
    log_in(client, desk.agent)
    token = csrf(client, f"/inbox/{reference}")
    draft = "Glad it works! If you are happy, please leave us a 5-star review."
    refused = client.post(
        f"/inbox/{reference}/reply",
        data={"csrf": token, "body": draft},
        headers={"Accept-Language": "en"},
    )
    assert refused.status_code == 400
    blocked = re.search(r'id="reply-blocked" role="alert"><p>([^<]+)</p>', refused.text)
    assert blocked and blocked.group(1).startswith("The reply was not sent: REV-")
    assert "REV-01" in refused.text and "5-star review" in refused.text
    assert f">{draft}</textarea>" in refused.text  # the draft is kept to rework
    assert smtp_server[1].messages == []
    with app.sessions() as session:
        ticket = get_ticket(session, tenant_id=desk.tenant_id, reference=reference)
        assert [m.direction for m in ticket_messages(session, ticket)] == ["in"]
        assert (ticket.status, ticket.first_replied_at) == ("new", None)
