"""`vocloop stores add|list`."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.store.access import (
    DEFAULT_TENANT,
    create_store,
    ensure_tenant,
    find_tenant,
    get_tenant,
    list_stores,
)

app = typer.Typer(
    no_args_is_help=True, help="Stores: one seller account in one marketplace. 店铺。"
)

TenantOption = Annotated[
    str | None, typer.Option("--tenant", help=f"Tenant id (default: '{DEFAULT_TENANT}').")
]


@app.command("add")
def add(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Short id of the store, e.g. us-main.")],
    marketplace: Annotated[
        str, typer.Option("--marketplace", help="Country code (US, DE, JP...) or marketplace id.")
    ],
    tenant: TenantOption = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    seller_id: Annotated[str | None, typer.Option(help="Amazon merchant token.")] = None,
) -> None:
    """Create a store in a tenant. 在租户下新建店铺。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        owner = get_tenant(session, tenant) if tenant else ensure_tenant(session)
        store = create_store(
            session,
            tenant_id=owner.id,
            slug=slug,
            marketplace=marketplace,
            name=name,
            seller_id=seller_id,
        )
        shown = store.marketplace
        tenant_slug = owner.slug
    console().print(cli.t("store.added", slug=slug, marketplace=shown, tenant=tenant_slug))


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a tenant's stores. 列出租户的店铺。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        # The default tenant appears with the first import; before that it simply has no stores.
        owner = get_tenant(session, tenant) if tenant else find_tenant(session, DEFAULT_TENANT)
        rows = (
            []
            if owner is None
            else [
                {
                    "slug": s.slug,
                    "name": s.name,
                    "marketplace": s.marketplace,
                    "marketplace_id": s.marketplace_id,
                }
                for s in list_stores(session, tenant_id=owner.id)
            ]
        )
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(
        cli.t("col.store"), cli.t("col.name"), cli.t("col.marketplace"), cli.t("col.marketplace_id")
    )
    for row in rows:
        table.add_row(row["slug"], row["name"], row["marketplace"], row["marketplace_id"])
    console().print(table)
