"""`vocloop report`: the weekly report as Excel, PDF or HTML, in Chinese or English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from vocloop.cli.state import console, state
from vocloop.monitor.weekly import build_weekly_report, parse_week, week_label
from vocloop.reporting import FORMATS, with_actions, write_report
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant


def report(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", help="File to write.")],
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    week: Annotated[
        str | None, typer.Option("--week", help="ISO week like 2026-W47 (default: last week).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="xlsx, pdf or html.")] = "xlsx",
    report_lang: Annotated[
        str | None, typer.Option("--lang", help="Report language: zh or en (default: the CLI's).")
    ] = None,
) -> None:
    """Weekly report: KPIs, ASINs that got worse and why, alerts, charts. 周报。"""
    cli = state(ctx)
    lang = report_lang or cli.lang
    if lang not in ("zh", "en"):
        raise typer.BadParameter(f"{lang!r} is not zh or en.", param_hint="--lang")
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"{fmt!r} is not one of {', '.join(FORMATS)}.", param_hint="--format"
        )
    app = cli.app()
    now = app.clock()
    chosen = week or week_label(now.date() - dt.timedelta(days=7))
    parse_week(chosen)  # a bad week fails before any work
    with app.sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        content = build_weekly_report(
            session, tenant=owner, week=chosen, now=now, store_id=store_id
        )
        content = with_actions(session, content, tenant_id=owner.id, store_id=store_id)
        write_report(content, fmt, lang, output)
    console().print(cli.t("report.written", path=str(output), week=content.week))


def register(app: typer.Typer) -> None:
    app.command("report")(report)
