"""`vocloop users add|list`: web logins and their role in a tenant."""

from __future__ import annotations

import json
import secrets
from typing import Annotated

import typer
from rich.table import Table

from vocloop.accounts import ROLES, add_membership, create_user, find_user, list_members
from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.store.access import get_tenant

app = typer.Typer(no_args_is_help=True, help="Web users and their roles. 网页用户与角色。")


@app.command("add")
def add(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The user's email (their login).")],
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id the user joins.")],
    role: Annotated[str, typer.Option("--role", help=f"One of: {', '.join(ROLES)}.")] = "owner",
    password: Annotated[
        str | None,
        typer.Option(
            "--password",
            envvar="VOCLOOP_NEW_PASSWORD",
            help="Password of a new user (default: a random one, printed once).",
        ),
    ] = None,
) -> None:
    """Create a web user (or add an existing one) with a role in a tenant. 添加网页用户。"""
    cli = state(ctx)
    made = None
    with cli.app().sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        user = find_user(session, email)
        if user is None:
            made = password or secrets.token_urlsafe(12)
            user = create_user(session, email=email, password=made)
        elif password:
            raise UserError(f"{user.email} exists already; their password stays as it is.")
        add_membership(session, user_id=user.id, tenant_id=tenant_row.id, role=role)
        shown_email = user.email
    console().print(cli.t("users.added", email=shown_email, role=role, tenant=tenant), markup=False)
    if made is not None and password is None:
        console().print(cli.t("users.password", password=made), markup=False)


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a tenant's users and roles. 列出租户的用户。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        rows = [
            (u.email, m.role, m.store_ids)
            for m, u in list_members(session, tenant_id=tenant_row.id)
        ]
    if as_json:
        typer.echo(json.dumps([{"email": e, "role": r, "store_ids": s} for e, r, s in rows]))
        return
    table = Table("Email", "Role", "Stores")
    for email, role, stores in rows:
        table.add_row(email, role, "all" if stores is None else ", ".join(map(str, stores)))
    console().print(table)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="users")
