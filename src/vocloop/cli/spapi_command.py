"""`vocloop stores connect`, `vocloop sync` and `vocloop sync status`: Amazon's SP-API by hand."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from vocloop.cli import amazon_topics_command, reviews_command, stores
from vocloop.cli.state import CliState, console, error_console, state
from vocloop.errors import UserError
from vocloop.i18n import translate_message
from vocloop.sources.spapi import (
    SYNC_KINDS,
    LwaCredentials,
    StoreSyncResult,
    connect_store,
    context_from_settings,
    key_file,
    plan_connection,
    sync_status,
    sync_store,
)
from vocloop.store.access import DEFAULT_TENANT, ensure_tenant, get_tenant

TenantOption = Annotated[
    str | None, typer.Option("--tenant", help=f"Tenant id (default: '{DEFAULT_TENANT}').")
]
KIND_NAMES = ", ".join(kind.name for kind in SYNC_KINDS)


def connect(
    ctx: typer.Context,
    store: Annotated[str, typer.Argument(help="The store to connect, e.g. us-main.")],
    region: Annotated[
        str | None,
        typer.Option("--region", help="SP-API region: na, eu or fe (default: the store's)."),
    ] = None,
    client_id: Annotated[
        str,
        typer.Option(
            "--client-id", envvar="VOCLOOP_LWA_CLIENT_ID", prompt=True, help="LWA client id."
        ),
    ] = "",
    client_secret: Annotated[
        str,
        typer.Option(
            "--client-secret",
            envvar="VOCLOOP_LWA_CLIENT_SECRET",
            prompt=True,
            hide_input=True,
            help="LWA client secret (better from the environment than the command line).",
        ),
    ] = "",
    refresh_token: Annotated[
        str,
        typer.Option(
            "--refresh-token",
            envvar="VOCLOOP_LWA_REFRESH_TOKEN",
            prompt=True,
            hide_input=True,
            help="The store's refresh token from authorizing the app.",
        ),
    ] = "",
    marketplace: Annotated[
        str | None,
        typer.Option("--marketplace", help="Create the store in this marketplace if it is new."),
    ] = None,
    tenant: TenantOption = None,
) -> None:
    """Connect a store to Amazon's SP-API, checking the credentials. 连接店铺到亚马逊 SP-API。"""
    cli = state(ctx)
    app = cli.app()
    credentials = LwaCredentials(client_id.strip(), client_secret.strip(), refresh_token.strip())
    with app.sessions() as session:
        owner = get_tenant(session, tenant) if tenant else ensure_tenant(session)
        session.commit()
        plan = plan_connection(
            session, tenant_id=owner.id, store=store, marketplace=marketplace, region=region
        )
    key_made = connect_store(
        app.sessions, app.settings, plan=plan, credentials=credentials, now=app.clock()
    )
    if key_made:
        console().print(cli.t("spapi.key_created", path=str(key_file(app.settings))))
    console().print(cli.t("spapi.connected", store=store, region=plan.region))


@contextmanager
def _progress(cli: CliState, enabled: bool) -> Iterator[Callable[[str, str], None] | None]:
    if not enabled:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=error_console(),
        transient=True,
    ) as progress:
        tasks: dict[str, object] = {}

        def on_progress(kind: str, what: str) -> None:
            text = cli.t("sync.progress", kind=kind, what=what)
            if kind not in tasks:
                tasks[kind] = progress.add_task(text, total=None)
            progress.update(tasks[kind], description=text)  # type: ignore[arg-type]

        yield on_progress


def _since(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--since '{value}' is not a date (YYYY-MM-DD).") from None
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _print_sync(cli: CliState, result: StoreSyncResult) -> None:
    table = Table(
        cli.t("col.kind"),
        cli.t("col.status"),
        cli.t("col.reports"),
        cli.t("col.records"),
        cli.t("col.added"),
        cli.t("col.duplicates"),
        cli.t("col.message"),
        title=cli.t("sync.title", store=result.store),
    )
    for kind in result.kinds:
        table.add_row(
            kind.kind,
            kind.status,
            str(kind.reports),
            f"{kind.records:,}",
            f"{kind.added:,}",
            f"{kind.duplicates:,}",
            translate_message(kind.message or "", cli.lang),
        )
    console().print(table)
    console().print(cli.t("sync.calls", calls=result.stats.calls, throttled=result.stats.throttled))


def sync(
    ctx: typer.Context,
    store: Annotated[str | None, typer.Option("--store", help="The store to sync.")] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help=f"Only these kinds: {KIND_NAMES}.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Re-pull from this date (YYYY-MM-DD) instead of the window."),
    ] = None,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Pull a store's reports and topics from Amazon now. 立即从亚马逊同步店铺数据。"""
    if ctx.invoked_subcommand is not None:
        return
    cli = state(ctx)
    if store is None:
        raise UserError("Name the store to sync with --store.")
    app = cli.app()
    start = _since(since)
    context = context_from_settings(app.settings)
    with app.sessions() as session:
        tenant_id = get_tenant(session, tenant or DEFAULT_TENANT).id
    with _progress(cli, not as_json and error_console().is_terminal) as on_progress:
        result = sync_store(
            app.sessions,
            context,
            tenant_id=tenant_id,
            store=store,
            kinds=kind,
            since=start,
            on_progress=on_progress,
        )
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        _print_sync(cli, result)
    if not result.ok:
        failed = [k for k in result.kinds if k.status == "failed"]
        for item in failed:
            message = translate_message(item.message or "", cli.lang)
            error_console().print(f"Error: {item.kind}: {message}", markup=False, soft_wrap=True)
        raise typer.Exit(1)


def status(
    ctx: typer.Context,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """When each kind was last synced, and failures in words. 各类数据的最近同步时间与失败原因。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        rows = sync_status(session, tenant_id=owner.id, store=store)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        console().print(cli.t("sync.no_connections"))
        return
    table = Table(
        cli.t("col.store"),
        cli.t("col.kind"),
        cli.t("col.status"),
        cli.t("col.last_success"),
        cli.t("col.synced_until"),
        cli.t("col.message"),
    )
    for row in rows:
        message = row["last_error"] or (
            cli.t("sync.in_flight", report=row["report_in_flight"])
            if row["report_in_flight"]
            else ""
        )
        table.add_row(
            row["store"],
            row["kind"],
            row["last_status"] or cli.t("sync.never"),
            row["last_success_at"] or "-",
            row["synced_until"] or "-",
            translate_message(message, cli.lang),
        )
    console().print(table)


def register(app: typer.Typer) -> None:
    stores.app.command("connect")(connect)
    group = typer.Typer(
        invoke_without_command=True,
        help="Pull a store's data from Amazon's SP-API. 从亚马逊 SP-API 同步店铺数据。",
    )
    group.callback()(sync)
    group.command("status")(status)
    app.add_typer(group, name="sync")
    reviews_command.register(app)
    amazon_topics_command.register(app)
