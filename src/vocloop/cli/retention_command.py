"""`vocloop retention [--dry-run]`: remove personal data past its retention, and say what went."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.app import App
from vocloop.cli.state import console, state
from vocloop.i18n import add_messages
from vocloop.store.access import get_tenant, list_tenants
from vocloop.support.retention import retention_log, run_retention
from vocloop.support.tickets import prune_unreferenced_files

add_messages(
    {
        "retention.done": (
            "{tenant}: {deleted} record(s) deleted, {scrubbed} scrubbed (logged).",
            "{tenant}:已删除 {deleted} 条记录,清除 {scrubbed} 条中的个人信息(已记录日志)。",
        ),
        "retention.dry": (
            "{tenant}: would delete {deleted} record(s), scrub {scrubbed} (dry run: no change).",
            "{tenant}:将删除 {deleted} 条记录,清除 {scrubbed} 条中的个人信息(试运行,未更改)。",
        ),
    }
)


def retention(
    ctx: typer.Context,
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Only this tenant (default: every tenant).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only list what would be removed.")
    ] = False,
    show_log: Annotated[
        bool, typer.Option("--log", help="Show the newest lines of the retention log instead.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Delete Amazon buyer data after 30 days and warranty data when its consent ends.
    按亚马逊规则与买家同意删除过期的个人信息。"""
    cli = state(ctx)
    if show_log:
        _print_log(cli.app(), tenant, as_json=as_json)
        return
    application = cli.app()
    now = application.clock()
    results = []
    with application.sessions() as session:
        tenants = [get_tenant(session, tenant)] if tenant else list_tenants(session)
        for row in tenants:
            actions = run_retention(session, tenant_id=row.id, now=now, dry_run=dry_run)
            results.append((row.slug, actions))
        if dry_run:
            session.rollback()
        else:
            session.commit()
            for row in tenants:  # ticket files whose rows retention removed
                prune_unreferenced_files(session, application.settings.data_dir, tenant_id=row.id)
    if as_json:
        payload = {
            "dry_run": dry_run,
            "tenants": [
                {
                    "tenant": slug,
                    "actions": [
                        {"rule": a.rule, "action": a.action, "target": a.target, "reason": a.reason}
                        for a in actions
                    ],
                }
                for slug, actions in results
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    for slug, actions in results:
        deleted = sum(a.action == "deleted" for a in actions)
        scrubbed = sum(a.action == "scrubbed" for a in actions)
        key = "retention.dry" if dry_run else "retention.done"
        console().print(cli.t(key, tenant=slug, deleted=deleted, scrubbed=scrubbed), markup=False)
        if actions:
            table = Table("Rule", "Action", "Record", "Reason")
            for action in actions:
                table.add_row(action.rule, action.action, action.target, action.reason)
            console().print(table)


def _print_log(application: App, tenant: str | None, *, as_json: bool) -> None:
    with application.sessions() as session:
        tenants = [get_tenant(session, tenant)] if tenant else list_tenants(session)
        logs = [
            (
                row.slug,
                [
                    {
                        "done_at": entry.done_at.isoformat(),
                        "rule": entry.rule,
                        "action": entry.action,
                        "target": entry.target,
                        "reason": entry.reason,
                    }
                    for entry in retention_log(session, tenant_id=row.id)
                ],
            )
            for row in tenants
        ]
    if as_json:
        payload = {"tenants": [{"tenant": slug, "log": lines} for slug, lines in logs]}
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    table = Table("Tenant", "When", "Rule", "Action", "Record", "Reason")
    for slug, lines in logs:
        for line in lines:
            table.add_row(
                slug, line["done_at"], line["rule"], line["action"], line["target"], line["reason"]
            )
    console().print(table)


def register(root: typer.Typer) -> None:
    root.command("retention")(retention)
