"""The agent inbox: ticket list and search, one ticket with its thread, reply, note, status,
priority, assignee, merge, and the buyer's attachments (served to the tenant's agents only)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from vocloop.accounts.audit import record_audit
from vocloop.errors import NotFound, UserError
from vocloop.i18n import translate_message
from vocloop.notify import SecretBox
from vocloop.store.models import Ticket
from vocloop.support import BUYER_LANGS, LANG_NAMES, get_brand_by_id, list_brands
from vocloop.support.tickets import (
    PRIORITIES,
    STATUSES,
    ReplyBlocked,
    add_note,
    agents,
    attachment_path,
    canned_replies_for,
    get_attachment,
    get_canned_reply,
    get_ticket,
    list_canned_replies,
    list_tickets,
    merge_tickets,
    reply_to_ticket,
    save_canned_reply,
    sla_state,
    ticket_attachments,
    ticket_messages,
    update_ticket,
)
from vocloop.web import ticket_texts  # noqa: F401  (registers the inbox's words)
from vocloop.web.context import Csrf, SessionDep, Viewer, ViewerDep, page_context, web_state
from vocloop.web.rendering import render

router = APIRouter(include_in_schema=False)
FILTERS = ("active", *STATUSES, "all")


def _agent(viewer: Viewer) -> Viewer:
    viewer.require("answer_tickets")
    return viewer


@router.get("/inbox")
def inbox(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    status: Annotated[str, Query(pattern="^(" + "|".join(FILTERS) + ")$")] = "active",
    q: Annotated[str, Query(max_length=100)] = "",
    mine: bool = False,
) -> Response:
    _agent(viewer)
    now = web_state(request).app.clock()
    tickets = list_tickets(
        session,
        tenant_id=viewer.tenant_id,
        status=None if status == "all" else status,
        assignee_id=viewer.user_id if mine else None,
        query=q or None,
    )
    people = {
        user.id: user.name or user.email for user in agents(session, tenant_id=viewer.tenant_id)
    }
    brands = {brand.id: brand.name for brand in list_brands(session, tenant_id=viewer.tenant_id)}
    rows = [
        {
            "ticket": ticket,
            "sla": sla_state(ticket, now),
            "assignee": people.get(ticket.assignee_id or 0),
            "brand": brands.get(ticket.brand_id, ""),
        }
        for ticket in tickets
    ]
    context = page_context(
        request, viewer, rows=rows, status=status, filters=FILTERS, q=q, mine=mine
    )
    return render(request, "inbox/list.html", context)


@router.get("/inbox/canned")
def canned_page(request: Request, session: SessionDep, viewer: ViewerDep) -> Response:
    _agent(viewer)
    rows = list_canned_replies(session, tenant_id=viewer.tenant_id)
    context = page_context(request, viewer, rows=rows, langs=BUYER_LANGS, names=LANG_NAMES)
    return render(request, "inbox/canned.html", context)


@router.post("/inbox/canned", dependencies=[Csrf])
def save_canned(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    name: Annotated[str, Form(max_length=100)],
    lang: Annotated[str, Form(max_length=8)],
    body: Annotated[str, Form(max_length=20000)],
) -> Response:
    _agent(viewer)
    save_canned_reply(session, tenant_id=viewer.tenant_id, name=name, lang=lang, body=body)
    _audit(session, viewer, "ticket.canned", f"{name.strip()}/{lang}")
    session.commit()
    return RedirectResponse("/inbox/canned", status_code=303)


@router.get("/inbox/attachments/{attachment_id}")
def attachment(
    request: Request, session: SessionDep, viewer: ViewerDep, attachment_id: int
) -> Response:
    _agent(viewer)
    row = get_attachment(session, tenant_id=viewer.tenant_id, attachment_id=attachment_id)
    path = attachment_path(web_state(request).app.settings.data_dir, row)
    if not path.exists():
        raise NotFound(f"The file of attachment {attachment_id} is missing.")
    return FileResponse(
        path,
        media_type=row.content_type,
        headers={
            "Content-Disposition": f"inline; filename*=UTF-8''{quote(row.filename)}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'",
        },
    )


@router.get("/inbox/{reference}")
def ticket_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    reference: str,
    canned: int | None = None,
) -> Response:
    _agent(viewer)
    ticket = get_ticket(session, tenant_id=viewer.tenant_id, reference=reference)
    draft = ""
    if canned is not None:
        draft = get_canned_reply(session, tenant_id=viewer.tenant_id, canned_id=canned).body
    return _ticket_page(request, session, viewer, ticket, draft=draft)


def _ticket_page(
    request: Request,
    session: Session,
    viewer: Viewer,
    ticket: Ticket,
    *,
    draft: str = "",
    blocked: ReplyBlocked | None = None,
) -> Response:
    brand = get_brand_by_id(session, tenant_id=viewer.tenant_id, brand_id=ticket.brand_id)
    by_message: dict[int | None, list[object]] = {}
    for one in ticket_attachments(session, ticket):
        by_message.setdefault(one.message_id, []).append(one)
    context = page_context(
        request,
        viewer,
        ticket=ticket,
        brand=brand,
        messages=ticket_messages(session, ticket),
        files=by_message,
        sla=sla_state(ticket, web_state(request).app.clock()),
        people=agents(session, tenant_id=viewer.tenant_id),
        canned=canned_replies_for(session, tenant_id=viewer.tenant_id, lang=ticket.lang),
        draft=draft,
        statuses=STATUSES,
        priorities=PRIORITIES,
        flash=request.query_params.get("done"),
        blocked=None if blocked is None else translate_message(blocked.message, viewer.lang),
        findings=[] if blocked is None else blocked.findings,
    )
    return render(request, "inbox/ticket.html", context, status_code=400 if blocked else 200)


def _audit(session: Session, viewer: Viewer, action: str, target: str) -> None:
    record_audit(
        session, tenant_id=viewer.tenant_id, actor=viewer.email, action=action, target=target
    )


def _back(reference: str, done: str = "") -> RedirectResponse:
    suffix = f"?done={quote(done)}" if done else ""
    return RedirectResponse(f"/inbox/{reference}{suffix}", status_code=303)


@router.post("/inbox/{reference}/reply", dependencies=[Csrf])
def reply(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    reference: str,
    body: Annotated[str, Form(max_length=20000)],
) -> Response:
    _agent(viewer)
    app = web_state(request).app
    try:
        ticket = reply_to_ticket(
            session,
            SecretBox.from_settings(app.settings),
            tenant_id=viewer.tenant_id,
            reference=reference,
            author=viewer.email,
            body=body,
            now=app.clock(),
        )
    except ReplyBlocked as blocked:  # the agent sees why, with the draft kept to rework
        session.rollback()
        ticket = get_ticket(session, tenant_id=viewer.tenant_id, reference=reference)
        return _ticket_page(request, session, viewer, ticket, draft=body, blocked=blocked)
    _audit(session, viewer, "ticket.reply", ticket.reference)
    session.commit()
    return _back(ticket.reference, "sent")


@router.post("/inbox/{reference}/note", dependencies=[Csrf])
def note(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    reference: str,
    body: Annotated[str, Form(max_length=20000)],
) -> Response:
    _agent(viewer)
    ticket = get_ticket(session, tenant_id=viewer.tenant_id, reference=reference)
    add_note(session, ticket, author=viewer.email, body=body, now=web_state(request).app.clock())
    session.commit()
    return _back(ticket.reference)


@router.post("/inbox/{reference}/update", dependencies=[Csrf])
def update(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    reference: str,
    status: Annotated[str, Form()] = "",
    priority: Annotated[str, Form()] = "",
    assignee: Annotated[str, Form()] = "",
) -> Response:
    _agent(viewer)
    ticket = get_ticket(session, tenant_id=viewer.tenant_id, reference=reference)
    if assignee and not assignee.isdigit() and assignee != "none":
        raise UserError(f"'{assignee}' is not a person of this tenant.")
    update_ticket(
        session,
        ticket,
        now=web_state(request).app.clock(),
        status=status or None,
        priority=priority or None,
        assignee_id=int(assignee) if assignee.isdigit() else None,
        unassign=assignee == "none",
    )
    _audit(session, viewer, "ticket.update", ticket.reference)
    session.commit()
    return _back(ticket.reference)


@router.post("/inbox/{reference}/merge", dependencies=[Csrf])
def merge(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    reference: str,
    into: Annotated[str, Form(max_length=20)],
) -> Response:
    _agent(viewer)
    source = get_ticket(session, tenant_id=viewer.tenant_id, reference=reference)
    target = get_ticket(session, tenant_id=viewer.tenant_id, reference=into.strip())
    merge_tickets(session, source=source, target=target, now=web_state(request).app.clock())
    _audit(session, viewer, "ticket.merge", f"{source.reference}->{target.reference}")
    session.commit()
    return _back(target.reference)
