"""`vocloop tickets list|show|reply|poll`: the support inbox from the command line."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from vocloop.analysis.classify import load_classifier
from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.i18n import add_messages
from vocloop.notify import SecretBox
from vocloop.store.access import get_tenant
from vocloop.store.models import Ticket
from vocloop.support import get_brand
from vocloop.support.tickets import (
    brands_with_inbound_mail,
    get_ticket,
    list_tickets,
    poll_brand,
    reply_to_ticket,
    sla_state,
    ticket_attachments,
    ticket_messages,
)

add_messages(
    {
        "tickets.none": ("No tickets match.", "没有符合条件的工单。"),
        "tickets.sent": (
            "Reply to {ref} sent to {email}.",
            "工单 {ref} 的回复已发送至 {email}。",
        ),
        "tickets.polled": (
            "{brand}: {fetched} mail(s) read, {created} new ticket(s), {threaded} threaded onto "
            "existing tickets, {failed} not filed.",
            "{brand}:读取 {fetched} 封邮件,新建 {created} 个工单,{threaded} 封归入已有工单,"
            "{failed} 封未能归档。",
        ),
        "tickets.no_mailboxes": (
            "No brand has an IMAP mailbox; set one with `vocloop brands mailbox --imap`.",
            "没有品牌设置了 IMAP 邮箱;请用 `vocloop brands mailbox --imap` 设置。",
        ),
    }
)

app = typer.Typer(
    no_args_is_help=True,
    help="Support tickets: list, show, reply, poll. 客服工单:列出、查看、回复、收信。",
)
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]


def _row(ticket: Ticket, now: Any) -> dict[str, Any]:
    sla = sla_state(ticket, now)
    return {
        "reference": ticket.reference,
        "status": ticket.status,
        "priority": ticket.priority,
        "channel": ticket.channel,
        "subject": ticket.subject,
        "customer_email": ticket.customer_email,
        "asin": ticket.asin,
        "order_id": ticket.order_id,
        "lang": ticket.lang,
        "root_cause": ticket.root_cause,
        "sla": sla.state,
        "first_reply_due": sla.due.isoformat(),
        "created_at": ticket.created_at.isoformat(),
        "updated_at": ticket.updated_at.isoformat(),
    }


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption,
    status: Annotated[
        str, typer.Option("--status", help="active, new, open, pending, solved, closed or all.")
    ] = "active",
    query: Annotated[str | None, typer.Option("--search", help="Words to look for.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a tenant's tickets, newest activity first. 列出工单。"""
    cli = state(ctx)
    app_ = cli.app()
    with app_.sessions() as session:
        tenant_row = get_tenant(session, tenant)
        rows = [
            _row(ticket, app_.clock())
            for ticket in list_tickets(
                session,
                tenant_id=tenant_row.id,
                status=None if status == "all" else status,
                query=query,
            )
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        console().print(cli.t("tickets.none"), markup=False)
        return
    table = Table("Ticket", "Status", "Priority", "SLA", "ASIN", "Customer", "Subject")
    for row in rows:
        table.add_row(
            row["reference"],
            row["status"],
            row["priority"],
            row["sla"],
            row["asin"] or "",
            row["customer_email"],
            row["subject"],
        )
    console().print(table)


@app.command("show")
def show(
    ctx: typer.Context,
    reference: Annotated[str, typer.Argument(help="Ticket reference (T-...).")],
    tenant: TenantOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one ticket with its messages. 查看工单及其消息。"""
    cli = state(ctx)
    app_ = cli.app()
    with app_.sessions() as session:
        tenant_row = get_tenant(session, tenant)
        ticket = get_ticket(session, tenant_id=tenant_row.id, reference=reference)
        shown = _row(ticket, app_.clock())
        shown["customer_name"] = ticket.customer_name
        shown["messages"] = [
            {
                "direction": message.direction,
                "author": message.author,
                "at": message.created_at.isoformat(),
                "body": message.body,
                "message_id": message.message_id,
            }
            for message in ticket_messages(session, ticket)
        ]
        shown["attachments"] = [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in ticket_attachments(session, ticket)
        ]
    if as_json:
        typer.echo(json.dumps(shown, ensure_ascii=False))
        return
    out = console()
    out.print(
        f"{shown['reference']} · {shown['status']} · {shown['priority']} · {shown['subject']}",
        markup=False,
    )
    out.print(
        f"{shown['customer_name']} <{shown['customer_email']}> · ASIN {shown['asin'] or '-'} · "
        f"order {shown['order_id'] or '-'} · {shown['root_cause'] or '-'}",
        markup=False,
    )
    for message in shown["messages"]:
        out.print(f"\n[{message['direction']}] {message['author']} · {message['at']}", markup=False)
        out.print(message["body"], markup=False)


@app.command("reply")
def reply(
    ctx: typer.Context,
    reference: Annotated[str, typer.Argument(help="Ticket reference (T-...).")],
    tenant: TenantOption,
    body: Annotated[str, typer.Option("--body", help="The reply text.")],
    author: Annotated[str, typer.Option("--as", help="Who answers (shown to agents).")] = "cli",
) -> None:
    """Mail a reply to the customer through the brand's mailbox. 通过品牌邮箱回复客户。"""
    cli = state(ctx)
    app_ = cli.app()
    with app_.sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        ticket = reply_to_ticket(
            session,
            SecretBox.from_settings(app_.settings),
            tenant_id=tenant_row.id,
            reference=reference,
            author=author,
            body=body,
            now=app_.clock(),
        )
        shown = (ticket.reference, ticket.customer_email)
    console().print(cli.t("tickets.sent", ref=shown[0], email=shown[1]), markup=False)


@app.command("poll")
def poll(
    ctx: typer.Context,
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant.")] = None,
    brand: Annotated[str | None, typer.Option("--brand", help="Only this brand.")] = None,
    no_classify: Annotated[
        bool, typer.Option("--no-classify", help="File the mail only; analysis classifies later.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Read new support mail (IMAP) into tickets. 收取客服邮件并归入工单。"""
    cli = state(ctx)
    app_ = cli.app()
    box = SecretBox.from_settings(app_.settings)
    with app_.sessions() as session:
        tenant_id = get_tenant(session, tenant).id if tenant else None
        if brand is not None:
            if tenant_id is None:
                raise UserError("--brand needs --tenant: brand ids are looked up within a tenant.")
            brand_ids = [get_brand(session, tenant_id=tenant_id, slug=brand).id]
        else:
            brand_ids = brands_with_inbound_mail(session, box, tenant_id=tenant_id)
    if not brand_ids:
        console().print(cli.t("tickets.no_mailboxes"), markup=False)
        return
    results = [
        poll_brand(
            app_.sessions,
            box,
            brand_id=brand_id,
            data_dir=app_.settings.data_dir,
            clock=app_.clock,
            classifier=None if no_classify else load_classifier(),
        )
        for brand_id in brand_ids
    ]
    if as_json:
        typer.echo(json.dumps([result.as_dict() for result in results], ensure_ascii=False))
        return
    for result in results:
        console().print(
            cli.t(
                "tickets.polled",
                brand=result.brand,
                fetched=result.fetched,
                created=len(result.created),
                threaded=len(result.threaded),
                failed=result.failed,
            ),
            markup=False,
        )


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="tickets")
