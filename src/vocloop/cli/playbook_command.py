"""`vocloop playbook show|export|import`: what to fix on an ASIN, and the tenant's own playbook."""

from __future__ import annotations

import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from vocloop.actions.playbook import asin_playbook, save_playbook, tenant_playbook
from vocloop.analysis.taxonomy import cause_label
from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant

app = typer.Typer(no_args_is_help=True, help="Fix playbooks per root cause. 处理手册。")
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]


@app.command("show")
def show_command(
    ctx: typer.Context,
    asin: Annotated[str, typer.Option("--asin", help="ASIN.")],
    tenant: TenantOption = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    cost_per_return: Annotated[
        float | None,
        typer.Option(
            "--cost-per-return", help="What one return costs you (default: 30% of price)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Recommended fixes for each root cause of an ASIN, with evidence and value. 处理建议。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        plays = asin_playbook(
            session,
            tenant_id=owner.id,
            asin=asin,
            store_id=store_id,
            cost_per_return=cost_per_return,
        )
        owners = tenant_playbook(session, tenant_id=owner.id)["owners"]
    if as_json:
        typer.echo(json.dumps([asdict(play) for play in plays], ensure_ascii=False))
        return
    out = console()
    if not plays:
        out.print(cli.t("playbook.none", asin=asin))
        return
    zh = cli.lang == "zh"
    for play in plays:
        trend = cli.t("playbook.trend", recent=play.recent, earlier=play.earlier)
        out.print(
            f"\n{cause_label(play.code, cli.lang)}: {play.count} ({play.share:.0%}); {trend}",
            markup=False,
        )
        for quote in play.quotes[:2]:
            out.print(f"  “{quote['text']}”", markup=False)
        for fix in play.fixes:
            who = owners.get(fix["owner"], [fix["owner"], fix["owner"]])[1 if zh else 0]
            out.print(f"  - [{who}] {fix['zh' if zh else 'en']}", markup=False)
        if play.avoidable_per_month:
            money = ", ".join(f"{v:,.0f} {c}" for c, v in play.value_per_month.items())
            out.print(
                "  " + cli.t("playbook.value", returns=play.avoidable_per_month, money=money),
                markup=False,
            )


@app.command("export")
def export_command(
    ctx: typer.Context,
    tenant: TenantOption = DEFAULT_TENANT,
    output: Annotated[Path | None, typer.Option("--output", help="File (default: stdout).")] = None,
) -> None:
    """Write the tenant's playbook as JSON, to edit. 导出处理手册。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        content = tenant_playbook(session, tenant_id=get_tenant(session, tenant).id)
    text = json.dumps(content, ensure_ascii=False, indent=1) + "\n"
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command("import")
def import_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Edited playbook JSON, or - for stdin.")],
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Use an edited playbook for this tenant (checked first). 导入处理手册。"""
    cli = state(ctx)
    try:
        raw = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        content = json.loads(raw)
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: not valid JSON ({exc}).") from exc
    app_ = cli.app()
    with app_.sessions.begin() as session:
        owner = get_tenant(session, tenant)
        save_playbook(
            session,
            tenant_id=owner.id,
            content=content,
            by=f"cli:{getpass.getuser()}",
            now=app_.clock(),
        )
    console().print(cli.t("playbook.saved", tenant=tenant))


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="playbook")
