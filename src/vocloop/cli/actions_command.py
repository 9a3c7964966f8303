"""`vocloop actions add|list|show`: record a fix, then see whether it worked."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Annotated, Any

import typer
from rich.table import Table

from vocloop.actions.impact import Effect
from vocloop.actions.impact_text import effect_sentence
from vocloop.actions.tracker import (
    KINDS,
    get_action,
    list_actions,
    measure_action,
    record_action,
)
from vocloop.analysis.taxonomy import cause_label
from vocloop.cli.state import CliState, console, state
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant, list_stores
from vocloop.store.models import Action

app = typer.Typer(no_args_is_help=True, help="Fixes and their measured effect. 改进措施及效果。")
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise typer.BadParameter(f"{text!r} is not a date like 2026-09-01.") from exc


@app.command("add")
def add_command(
    ctx: typer.Context,
    asins: Annotated[list[str], typer.Option("--asin", help="ASIN the fix touched (repeat).")],
    kind: Annotated[str, typer.Option("--kind", help=", ".join(KINDS) + ".")],
    effective: Annotated[str, typer.Option("--effective", help="Day it took effect, YYYY-MM-DD.")],
    description: Annotated[str, typer.Option("--description", help="What was changed.")],
    cause: Annotated[
        str | None, typer.Option("--cause", help="Root cause it targets (e.g. size_fit).")
    ] = None,
    store: Annotated[str | None, typer.Option("--store", help="Only in this store.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Who owns it.")] = None,
    cost: Annotated[str | None, typer.Option("--cost", help="What it cost.")] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Currency of the cost.")
    ] = None,
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Record a fix (listing, product, packaging, support content, insert). 记录一项改进。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        owner_tenant = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner_tenant.id, slug=store).id if store else None
        action = record_action(
            session,
            tenant_id=owner_tenant.id,
            kind=kind,
            asins=asins,
            effective_on=_date(effective),
            description=description,
            store_id=store_id,
            target_cause=cause,
            owner=owner,
            cost=cost,
            currency=currency,
            created_by=f"cli:{getpass.getuser()}",
        )
        number = action.id
    console().print(cli.t("actions.added", id=number))


def _effect_json(effect: Effect) -> dict[str, Any]:
    return {
        "status": effect.status,
        "before": effect.before,
        "after": effect.after,
        "control_before": effect.control_before,
        "control_after": effect.control_after,
        "effect": effect.effect,
        "relative": effect.relative,
        "interval90": list(effect.interval90) if effect.interval90 else None,
        "after_units": round(effect.after_units, 1),
        "weeks_needed": round(effect.weeks_needed, 1) if effect.weeks_needed is not None else None,
        "unit": effect.unit,
        "better": effect.better,
    }


def _action_json(action: Action, store: str | None) -> dict[str, Any]:
    return {
        "id": action.id,
        "kind": action.kind,
        "asins": action.asins["items"],
        "store": store,
        "effective_on": action.effective_on.isoformat(),
        "description": action.description,
        "target_cause": action.target_cause,
        "owner": action.owner,
        "cost": str(action.cost) if action.cost is not None else None,
        "currency": action.currency,
    }


@app.command("list")
def list_command(
    ctx: typer.Context, tenant: TenantOption = DEFAULT_TENANT, as_json: JsonOption = False
) -> None:
    """Recorded fixes, newest first. 改进措施列表。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
        rows = [
            _action_json(a, names.get(a.store_id or 0))
            for a in list_actions(session, tenant_id=owner.id)
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("#", cli.t("col.kind"), "ASIN", cli.t("col.effective"), cli.t("col.what"))
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["kind"],
            ", ".join(row["asins"]),
            row["effective_on"],
            row["description"],
        )
    console().print(table)


@app.command("show")
def show_command(
    ctx: typer.Context,
    action_id: Annotated[int, typer.Argument(help="Action number.")],
    tenant: TenantOption = DEFAULT_TENANT,
    as_json: JsonOption = False,
) -> None:
    """A fix and its measured effect, against comparable ASINs. 改进效果。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        get_action(session, tenant_id=owner.id, action_id=action_id)
        measured = measure_action(session, tenant_id=owner.id, action_id=action_id)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
        row = _action_json(measured.action, names.get(measured.action.store_id or 0))
    row["judged_to"] = measured.judged_to.isoformat() if measured.judged_to else None
    row["control_asins"] = measured.control_asins
    row["effects"] = {name: _effect_json(e) for name, e in measured.effects.items()}
    if as_json:
        typer.echo(json.dumps(row, ensure_ascii=False))
        return
    out = console()
    out.print(f"#{row['id']} {row['kind']} {', '.join(row['asins'])} ({row['effective_on']})")
    out.print(row["description"], markup=False)
    for name, effect in measured.effects.items():
        metric = cli.t(f"actions.metric.{name}")
        if name == "cause_rate" and measured.action.target_cause:
            metric += f" ({cause_label(measured.action.target_cause, cli.lang)})"
        out.print(metric + ": " + _effect_line(cli, effect, measured.control_asins), markup=False)


def _effect_line(cli: CliState, effect: Effect, controls: int) -> str:
    return effect_sentence(effect, cli.lang, controls)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="actions")
