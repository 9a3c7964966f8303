"""`vocloop reviews enable|disable|request|log`: Amazon's Request a Review, off by default."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.sources.spapi import (
    context_from_settings,
    request_reviews,
    set_request_reviews,
    solicitation_log,
)
from vocloop.store.access import DEFAULT_TENANT, get_tenant

app = typer.Typer(
    no_args_is_help=True,
    help="Request a Review through Amazon (Solicitations API), off until enabled per store. "
    "亚马逊「请求评论」。",
)

StoreOption = Annotated[str, typer.Option("--store", help="The store.")]
TenantOption = Annotated[
    str | None, typer.Option("--tenant", help=f"Tenant id (default: '{DEFAULT_TENANT}').")
]


def _toggle(ctx: typer.Context, store: str, tenant: str | None, enabled: bool) -> None:
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        set_request_reviews(session, tenant_id=owner.id, store=store, enabled=enabled)
    console().print(cli.t("reviews.enabled" if enabled else "reviews.disabled", store=store))


@app.command("enable")
def enable(ctx: typer.Context, store: StoreOption, tenant: TenantOption = None) -> None:
    """Let vocloop send Amazon's review requests for this store. 为店铺开启请求评论。"""
    _toggle(ctx, store, tenant, True)


@app.command("disable")
def disable(ctx: typer.Context, store: StoreOption, tenant: TenantOption = None) -> None:
    """Stop sending review requests for this store. 为店铺关闭请求评论。"""
    _toggle(ctx, store, tenant, False)


@app.command("request")
def request(
    ctx: typer.Context,
    store: StoreOption,
    send: Annotated[
        bool, typer.Option("--send", help="Send them; without it, only list what would be sent.")
    ] = False,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List (or --send) review requests for delivered orders in Amazon's window. 请求评论。"""
    cli = state(ctx)
    app = cli.app()
    with app.sessions() as session:
        tenant_id = get_tenant(session, tenant or DEFAULT_TENANT).id
    plans = request_reviews(
        app.sessions,
        context_from_settings(app.settings),
        tenant_id=tenant_id,
        store=store,
        send=send,
    )
    if as_json:
        typer.echo(json.dumps({"send": send, "orders": [p.as_dict() for p in plans]}))
        return
    table = Table(
        cli.t("col.order"),
        cli.t("col.action"),
        cli.t("col.reason"),
        title=cli.t("reviews.title_sent" if send else "reviews.title_dry", store=store),
    )
    for plan in plans:
        table.add_row(plan.amazon_order_id, plan.action, plan.reason)
    console().print(table)
    chosen = sum(1 for p in plans if p.action in ("send", "sent"))
    console().print(cli.t("reviews.summary", chosen=chosen, total=len(plans)))


@app.command("log")
def log(
    ctx: typer.Context,
    store: StoreOption,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What review requests were sent for a store, and when. 已发送的请求评论记录。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        rows = solicitation_log(session, tenant_id=owner.id, store=store)
    if as_json:
        typer.echo(json.dumps(rows))
        return
    table = Table(cli.t("col.order"), cli.t("col.status"), cli.t("col.at"), cli.t("col.reason"))
    for row in rows:
        table.add_row(row["amazon_order_id"], row["status"], row["at"] or "-", row["reason"])
    console().print(table)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="reviews")
