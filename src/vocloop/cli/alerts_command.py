"""`vocloop alerts list|show|ack|snooze|resolve`: what monitoring noticed, and moving it along."""

from __future__ import annotations

import getpass
import json
from typing import Annotated, Any

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.monitor import render
from vocloop.monitor.alert_store import change_status, get_alert, live_alerts
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant, list_stores
from vocloop.store.models import Alert

app = typer.Typer(
    no_args_is_help=True,
    help="Alerts raised by `vocloop analyze`: list, acknowledge, snooze, resolve. 预警。",
)

TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def alert_json(alert: Alert, store: str | None, lang: str) -> dict[str, Any]:
    """The contract's shape (id, kind, severity, asin, store, opened_at, summary) and the rest."""
    return {
        "id": alert.id,
        "kind": alert.kind,
        "severity": alert.severity,
        "status": alert.status,
        "asin": alert.asin,
        "store": store,
        "subject": alert.subject or None,
        "opened_at": alert.opened_at.isoformat(),
        "detected_on": alert.detected_on.isoformat(),
        "since": alert.since.isoformat() if alert.since else None,
        "summary": render.summary(alert.kind, alert.facts, asin=alert.asin, store=store, lang=lang),
        "facts": alert.facts,
        "quotes": alert.quotes.get("items", []),
        "next_step": render.next_step(alert.kind, lang),
        "snoozed_until": alert.snoozed_until.isoformat() if alert.snoozed_until else None,
        "resolved_at": alert.resolved_at.isoformat() if alert.resolved_at else None,
    }


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption = DEFAULT_TENANT,
    status: Annotated[
        str,
        typer.Option(
            "--status",
            help="live (default: open, acknowledged, snooze over), open, acknowledged, snoozed, "
            "resolved or all.",
        ),
    ] = "live",
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    asin: Annotated[str | None, typer.Option("--asin", help="Only this ASIN.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List alerts, most severe first. 列出预警(最严重的在前)。"""
    cli = state(ctx)
    app_ = cli.app()
    with app_.sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        alerts = live_alerts(
            session,
            tenant_id=owner.id,
            now=app_.clock(),
            status=status,
            store_id=store_id,
            asin=asin,
        )
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
        # JSON keeps English summaries for scripts, like every other JSON output.
        rows = [
            alert_json(a, names.get(a.store_id or 0), "en" if as_json else cli.lang) for a in alerts
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    out = console()
    if not rows:
        out.print(cli.t("alerts.none"))
        return
    table = Table(
        "#",
        cli.t("col.severity"),
        cli.t("col.alert"),
        cli.t("col.status"),
        cli.t("col.detected"),
        cli.t("col.summary"),
        title=cli.t("alerts.title", count=len(rows)),
    )
    for row in rows:
        table.add_row(
            str(row["id"]),
            render.severity_name(row["severity"], cli.lang),
            render.kind_name(row["kind"], cli.lang),
            render.status_name(row["status"], cli.lang),
            row["detected_on"],
            row["summary"],
        )
    out.print(table)


@app.command("show")
def show_command(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    tenant: TenantOption = DEFAULT_TENANT,
    as_json: JsonOption = False,
) -> None:
    """One alert with its numbers, quotes and the suggested next step. 预警详情。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        alert = get_alert(session, tenant_id=owner.id, alert_id=alert_id)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
        row = alert_json(alert, names.get(alert.store_id or 0), "en" if as_json else cli.lang)
    if as_json:
        typer.echo(json.dumps(row, ensure_ascii=False))
        return
    out = console()
    out.print(f"#{row['id']} [{render.severity_name(row['severity'], cli.lang)}] {row['summary']}")
    out.print(cli.t("alerts.status_line", status=render.status_name(row["status"], cli.lang)))
    for quote in row["quotes"]:
        out.print(f"  “{quote['text']}” ({quote['source']}, {quote['date']})")
    out.print(cli.t("alerts.next", step=row["next_step"]))


def _move(ctx: typer.Context, alert_id: int, tenant: str, status: str, **extra: Any) -> None:
    cli = state(ctx)
    app_ = cli.app()
    with app_.sessions.begin() as session:
        owner = get_tenant(session, tenant)
        change_status(
            session,
            tenant_id=owner.id,
            alert_id=alert_id,
            status=status,
            by=f"cli:{getpass.getuser()}",
            now=app_.clock(),
            **extra,
        )
    console().print(cli.t("alerts.moved", id=alert_id, status=render.status_name(status, cli.lang)))


@app.command("ack")
def ack_command(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Acknowledge: someone is on it. 确认预警。"""
    _move(ctx, alert_id, tenant, "acknowledged")


@app.command("snooze")
def snooze_command(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    days: Annotated[int, typer.Option("--days", help="Hide it for this many days.")] = 7,
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Hide an alert for some days. 暂缓预警若干天。"""
    _move(ctx, alert_id, tenant, "snoozed", snooze_days=days)


@app.command("resolve")
def resolve_command(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    note: Annotated[str | None, typer.Option("--note", help="What was done.")] = None,
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Resolve: dealt with. The same condition alerts again only if detected anew. 解决预警。"""
    _move(ctx, alert_id, tenant, "resolved", note=note)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="alerts")
