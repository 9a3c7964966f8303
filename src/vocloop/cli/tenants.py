"""`vocloop tenants add|list`."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.store.access import create_tenant, list_tenants

app = typer.Typer(no_args_is_help=True, help="Tenants: brand owners or an agency's clients. 租户。")


@app.command("add")
def add(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Short id: lowercase letters, digits, - and _.")],
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
) -> None:
    """Create a tenant. 新建租户。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        create_tenant(session, slug=slug, name=name)
    console().print(cli.t("tenant.added", slug=slug))


@app.command("list")
def list_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List tenants. 列出租户。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        rows = [(t.slug, t.name, t.created_at) for t in list_tenants(session)]
    if as_json:
        typer.echo(
            json.dumps([{"slug": s, "name": n, "created_at": c.isoformat()} for s, n, c in rows])
        )
        return
    table = Table(cli.t("col.tenant"), cli.t("col.name"), cli.t("col.created"))
    for slug, name, created in rows:
        table.add_row(slug, name, created.strftime("%Y-%m-%d %H:%M"))
    console().print(table)
