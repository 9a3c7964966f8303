"""`vocloop metrics`: units, returns and both honest return rates, by week or month."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.monitor.metrics import LEVELS, PERIODS, period_metrics
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant, list_stores


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def metrics(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    asin: Annotated[str | None, typer.Option("--asin", help="Only this ASIN.")] = None,
    by: Annotated[str, typer.Option("--by", help="asin, store or tenant.")] = "asin",
    period: Annotated[str, typer.Option("--period", help="week or month.")] = "week",
    periods: Annotated[int, typer.Option("--periods", help="How many periods.", min=1)] = 8,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Return rates (two honest ways), reviews and stars per period. 退货率等指标。"""
    if by not in LEVELS:
        raise typer.BadParameter(f"{by!r} is not one of {', '.join(LEVELS)}.", param_hint="--by")
    if period not in PERIODS:
        raise typer.BadParameter(f"{period!r} is not week or month.", param_hint="--period")
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        rows = period_metrics(
            session,
            tenant_id=owner.id,
            level=by,
            period=period,
            periods=periods,
            store_id=store_id,
            asin=asin,
        )
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "period": r.period,
                        "store": names.get(r.store_id) if r.store_id else None,
                        "asin": r.asin,
                        "units": r.units,
                        "returns": r.returns,
                        "return_rate": r.return_rate,
                        "cohort_returns": r.cohort_returns,
                        "cohort_rate": r.cohort_rate,
                        "cohort_completeness": r.cohort_completeness,
                        "reviews": r.reviews,
                        "negative_reviews": r.negative_reviews,
                        "rating": r.rating,
                    }
                    for r in rows
                ]
            )
        )
        return
    if not rows:
        console().print(cli.t("metrics.none"))
        return
    table = Table(
        cli.t("col.period"),
        cli.t("col.store"),
        "ASIN",
        cli.t("col.units"),
        cli.t("col.returns"),
        cli.t("col.return_rate"),
        cli.t("col.cohort_rate"),
        cli.t("col.reviews"),
        cli.t("col.rating"),
        title=cli.t("metrics.title"),
    )
    for r in rows:
        maturity = r.cohort_completeness
        cohort = _pct(r.cohort_rate) + (
            f" ({maturity:.0%})" if maturity is not None and maturity < 0.95 else ""
        )
        table.add_row(
            r.period,
            names.get(r.store_id, "") if r.store_id else "*",
            r.asin or "*",
            f"{r.units:,}",
            f"{r.returns:,}",
            _pct(r.return_rate),
            cohort,
            f"{r.reviews:,}",
            f"{r.rating:.2f}" if r.rating is not None else "-",
        )
    console().print(table)
    console().print(cli.t("metrics.note"))


def register(app: typer.Typer) -> None:
    app.command("metrics")(metrics)
