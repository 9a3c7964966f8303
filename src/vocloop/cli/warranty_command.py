"""`vocloop warranty list`: the product registrations buyers gave a brand."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.store.access import get_tenant
from vocloop.support import get_brand
from vocloop.support.warranty import list_registrations

app = typer.Typer(no_args_is_help=True, help="Warranty registrations. 保修登记。")


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    brand: Annotated[str | None, typer.Option("--brand", help="Only this brand.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List warranty registrations, newest first. 列出保修登记(最新在前)。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        brand_row = get_brand(session, tenant_id=tenant_row.id, slug=brand) if brand else None
        rows = [
            {
                "id": row.id,
                "asin": row.asin,
                "order_id": row.order_id,
                "purchase_date": row.purchase_date.isoformat(),
                "name": row.name,
                "email": row.email,
                "lang": row.lang,
                "registered_at": row.consented_at.isoformat(),
                "delete_after": row.delete_after.isoformat(),
            }
            for row in list_registrations(session, tenant_id=tenant_row.id, brand=brand_row)
        ]
    if as_json:
        typer.echo(json.dumps({"registrations": rows}, ensure_ascii=False))
        return
    table = Table("ID", "ASIN", "Order", "Purchased", "Name", "E-mail", "Deleted on")
    for row in rows:
        table.add_row(
            str(row["id"]),
            str(row["asin"]),
            str(row["order_id"]),
            str(row["purchase_date"]),
            str(row["name"]),
            str(row["email"]),
            str(row["delete_after"])[:10],
        )
    console().print(table)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="warranty")
