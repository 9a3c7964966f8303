"""`vocloop channels add|list|test|remove`, `vocloop notify deliver|list|purge`: front doors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import CliState, console, state
from vocloop.i18n import translate_message
from vocloop.notify import (
    CHANNEL_KINDS,
    SecretBox,
    add_channel,
    count_waiting,
    deliver_pending,
    get_channel,
    list_channels,
    list_outbox,
    purge_outbox,
    remove_channel,
    send_test_notice,
)
from vocloop.store.access import DEFAULT_TENANT, ensure_tenant, find_tenant, get_tenant
from vocloop.store.models import Tenant

channels_app = typer.Typer(
    no_args_is_help=True,
    help="Where alerts and reports go: WeCom, DingTalk, Feishu, Slack, webhook, email. 通知渠道。",
)
notify_app = typer.Typer(no_args_is_help=True, help="The notification outbox. 通知发件箱。")

TenantOption = Annotated[
    str | None, typer.Option("--tenant", help=f"Tenant id (default: '{DEFAULT_TENANT}').")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _box(cli: CliState) -> SecretBox:
    return SecretBox.from_settings(cli.settings)


@channels_app.command("add", epilog="  ".join(f"{kind.name}: {kind.doc}" for kind in CHANNEL_KINDS))
def add(
    ctx: typer.Context,
    kind: Annotated[
        str, typer.Option("--kind", help=" | ".join(kind.name for kind in CHANNEL_KINDS))
    ],
    name: Annotated[str, typer.Option("--name", help="Short name, e.g. ops-wecom.")],
    url: Annotated[
        str,
        typer.Option(
            "--url",
            help="The robot's webhook URL, or smtp://[user@]host[:port]?from=...&to=... for email.",
        ),
    ],
    tenant: TenantOption = None,
    secret: Annotated[
        str | None,
        typer.Option(
            "--secret", help="DingTalk/Feishu signing secret, webhook HMAC key or SMTP password."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="zh or en (default: zh for WeCom/DingTalk/Feishu, else en)."),
    ] = None,
    min_severity: Annotated[
        str, typer.Option("--min-severity", help="info, low, medium, high or critical.")
    ] = "info",
) -> None:
    """Add a notification channel; its URL and secret are stored encrypted. 添加通知渠道。"""
    cli = state(ctx)
    box = _box(cli)
    with cli.app().sessions.begin() as session:
        owner = get_tenant(session, tenant) if tenant else ensure_tenant(session)
        channel = add_channel(
            session,
            tenant_id=owner.id,
            kind=kind,
            name=name,
            url=url,
            secret=secret,
            lang=lang,
            min_severity=min_severity,
            box=box,
        )
        shown = (channel.name, channel.kind, channel.lang, owner.slug)
    console().print(
        cli.t("channel.added", name=shown[0], kind=shown[1], language=shown[2], tenant=shown[3])
    )


def _tenant_or_none(cli: CliState, tenant: str | None) -> Tenant | None:
    with cli.app().sessions() as session:
        return get_tenant(session, tenant) if tenant else find_tenant(session, DEFAULT_TENANT)


@channels_app.command("list")
def list_command(
    ctx: typer.Context, tenant: TenantOption = None, as_json: JsonOption = False
) -> None:
    """List a tenant's channels (never their secrets). 列出通知渠道。"""
    cli = state(ctx)
    owner = _tenant_or_none(cli, tenant)
    rows = []
    if owner is not None:
        with cli.app().sessions() as session:
            rows = [
                {
                    "name": c.name,
                    "kind": c.kind,
                    "lang": c.lang,
                    "min_severity": c.min_severity,
                    "target": c.target,
                    "created_at": c.created_at.isoformat(),
                }
                for c in list_channels(session, tenant_id=owner.id)
            ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(
        cli.t("col.name"),
        cli.t("col.kind"),
        cli.t("col.lang"),
        cli.t("col.min_severity"),
        cli.t("col.target"),
    )
    for row in rows:
        table.add_row(row["name"], row["kind"], row["lang"], row["min_severity"], row["target"])
    console().print(table)


@channels_app.command("test")
def try_channel(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The channel's name.")],
    tenant: TenantOption = None,
) -> None:
    """Send a test message to the channel now. 立即发送测试消息。"""
    cli = state(ctx)
    box = _box(cli)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        channel = send_test_notice(session, tenant_id=owner.id, name=name, box=box)
        kind, target = channel.kind, channel.target
    console().print(cli.t("channel.tested", name=name, kind=kind, target=target))


@channels_app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The channel's name.")],
    tenant: TenantOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Really remove it.")] = False,
) -> None:
    """Remove a channel and its queued notices (a dry run without --yes). 删除通知渠道。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        if yes:
            waiting = remove_channel(session, tenant_id=owner.id, name=name)
        else:
            channel = get_channel(session, tenant_id=owner.id, name=name)
            waiting = count_waiting(session, tenant_id=owner.id, channel_id=channel.id)
    key = "channel.removed" if yes else "channel.would_remove"
    console().print(cli.t(key, name=name, waiting=waiting))


@notify_app.command("deliver")
def deliver(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Send every due notice in the outbox once (all tenants). 投递发件箱中的通知。"""
    cli = state(ctx)
    app = cli.app()
    report = deliver_pending(app.sessions, box=_box(cli), now=app.clock())
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    out = console()
    out.print(
        cli.t("notify.delivered", sent=report.sent, retrying=report.retrying, failed=report.failed)
    )
    for problem in report.problems:
        out.print(
            cli.t(
                "notify.problem",
                id=problem.outbox_id,
                channel=problem.channel,
                error=translate_message(problem.message, cli.lang),
            )
        )


@notify_app.command("list")
def outbox_command(
    ctx: typer.Context,
    tenant: TenantOption = None,
    status: Annotated[str | None, typer.Option("--status", help="pending, sent or failed.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Newest rows shown.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Show the outbox: what was sent, what waits for a retry and why. 查看发件箱。"""
    cli = state(ctx)
    owner = _tenant_or_none(cli, tenant)
    rows = []
    if owner is not None:
        with cli.app().sessions() as session:
            rows = [
                {
                    "id": m.id,
                    "channel": channel,
                    "kind": m.kind,
                    "severity": m.severity,
                    "dedupe_key": m.dedupe_key,
                    "status": m.status,
                    "attempts": m.attempts,
                    "next_attempt_at": m.next_attempt_at.isoformat(),
                    "sent_at": m.sent_at.isoformat() if m.sent_at else None,
                    "last_error": m.last_error,
                }
                for m, channel in list_outbox(
                    session, tenant_id=owner.id, status=status, limit=limit
                )
            ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(
        "#",
        cli.t("col.channel"),
        cli.t("col.kind"),
        cli.t("col.delivery_status"),
        cli.t("col.attempts"),
        cli.t("col.next_attempt"),
        cli.t("col.last_error"),
    )
    for row in rows:
        cells = [str(row[key] if row[key] is not None else "") for key in _OUTBOX_COLUMNS]
        if row["status"] != "pending":
            cells[5] = ""  # a next try means nothing once sent or given up
        table.add_row(
            *[cell[:16].replace("T", " ") if i == 5 else cell for i, cell in enumerate(cells)]
        )
    console().print(table)


@notify_app.command("purge")
def purge(
    ctx: typer.Context,
    older_than: Annotated[
        int, typer.Option("--older-than", min=1, help="Age in days of the rows to delete.")
    ] = 90,
    yes: Annotated[bool, typer.Option("--yes", help="Really delete them.")] = False,
) -> None:
    """Delete sent and given-up outbox rows older than N days (all tenants). 清理发件箱。"""
    cli = state(ctx)
    app = cli.app()
    before = app.clock() - dt.timedelta(days=older_than)
    with app.sessions.begin() as session:
        count = purge_outbox(session, before=before, dry_run=not yes)
    key = "notify.purged" if yes else "notify.would_purge"
    console().print(cli.t(key, count=count, days=older_than))


_OUTBOX_COLUMNS = ("id", "channel", "kind", "status", "attempts", "next_attempt_at", "last_error")


def register(app: typer.Typer) -> None:
    app.add_typer(channels_app, name="channels")
    app.add_typer(notify_app, name="notify")
