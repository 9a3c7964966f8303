"""`vocloop fees` and `vocloop products category`: returns-processing-fee exposure per ASIN."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.monitor.fees import fee_exposure, month_bounds, set_threshold
from vocloop.store.access import (
    DEFAULT_TENANT,
    get_store,
    get_tenant,
    list_stores,
    set_product_category,
)

fees_app = typer.Typer(
    no_args_is_help=True, help="Returns-processing-fee exposure and thresholds. 退货处理费风险。"
)
products_app = typer.Typer(no_args_is_help=True, help="Products. 商品。")
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]
StoreOption = Annotated[str | None, typer.Option("--store", help="Only this store.")]


@fees_app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption = DEFAULT_TENANT,
    store: StoreOption = None,
    month: Annotated[
        str | None, typer.Option("--month", help="Shipping month YYYY-MM (default: this month).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Forecast fee rate per ASIN for a month's shipped units, against its threshold. 费用预测。"""
    cli = state(ctx)
    app = cli.app()
    chosen = month or app.clock().strftime("%Y-%m")
    try:
        month_bounds(chosen)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{chosen!r} is not a month like 2026-11.", param_hint="--month"
        ) from exc
    with app.sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        rows = fee_exposure(session, tenant_id=owner.id, month=chosen, store_id=store_id)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "store": names.get(r.store_id),
                        "asin": r.asin,
                        "category": r.category,
                        "threshold": r.threshold,
                        "threshold_source": r.threshold_source,
                        "month": r.month,
                        "units": r.units,
                        "returns_so_far": r.returns_so_far,
                        "completeness": round(r.completeness, 3),
                        "forecast_rate": r.forecast_rate,
                        "interval": list(r.interval) if r.interval else None,
                        "breach_probability": r.breach_probability,
                        "forecast_excess_units": r.forecast_excess_units,
                        "status": r.status,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
        return
    table = Table(
        "ASIN",
        cli.t("col.store"),
        cli.t("col.category"),
        cli.t("col.units"),
        cli.t("col.forecast"),
        cli.t("col.threshold"),
        cli.t("col.status"),
        title=cli.t("fees.title", month=chosen),
    )
    for r in rows:
        forecast = (
            f"{r.forecast_rate:.1%} ({r.interval[0]:.1%}-{r.interval[1]:.1%})"
            if r.forecast_rate is not None and r.interval
            else "-"
        )
        table.add_row(
            r.asin,
            names.get(r.store_id, ""),
            r.category or "-",
            f"{r.units:,}",
            forecast,
            f"{r.threshold:.1%}" if r.threshold is not None else "-",
            cli.t(f"fees.status.{r.status}"),
        )
    console().print(table)
    console().print(cli.t("fees.note"))


@fees_app.command("threshold")
def threshold_command(
    ctx: typer.Context,
    category: Annotated[str, typer.Argument(help="Category name as your products carry it.")],
    rate: Annotated[float, typer.Argument(help="Threshold as a share: 0.081 for 8.1%.")],
    note: Annotated[str | None, typer.Option("--note", help="Where the figure comes from.")] = None,
    tenant: TenantOption = DEFAULT_TENANT,
) -> None:
    """Set a category's threshold as your FBA Returns dashboard shows it. 设置类目阈值。"""
    cli = state(ctx)
    app = cli.app()
    with app.sessions.begin() as session:
        owner = get_tenant(session, tenant)
        set_threshold(
            session, tenant_id=owner.id, category=category, rate=rate, note=note, now=app.clock()
        )
    console().print(cli.t("fees.threshold_set", category=category, rate=f"{rate:.1%}"))


@products_app.command("category")
def category_command(
    ctx: typer.Context,
    asin: Annotated[str, typer.Argument(help="ASIN.")],
    category: Annotated[str, typer.Argument(help="Category, e.g. 'Home & Kitchen'.")],
    tenant: TenantOption = DEFAULT_TENANT,
    store: StoreOption = None,
) -> None:
    """Set an ASIN's category (fee thresholds are per category). 设置商品类目。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        count = set_product_category(
            session, tenant_id=owner.id, asin=asin, category=category, store_id=store_id
        )
    console().print(cli.t("products.category_set", asin=asin, category=category, count=count))


def register(app: typer.Typer) -> None:
    app.add_typer(fees_app, name="fees")
    app.add_typer(products_app, name="products")
