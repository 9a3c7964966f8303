"""`vocloop demo`: write a realistic demo data set as real report files and import it."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from vocloop.cli.import_command import print_results
from vocloop.cli.state import console, error_console, state
from vocloop.demo.build import DEMO_TENANT, build_demo
from vocloop.i18n import translate_message
from vocloop.store.access import count_rows, get_tenant, list_stores
from vocloop.store.models import OrderLine, Product, Return, Review, SellerFeedback, VocSnapshot


def _today(value: str | None, clock_today: datetime.date) -> datetime.date:
    if value is None:
        return clock_today
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date like 2026-11-28.") from None


def demo(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Option("--folder", help="Where to write the report files (default: data folder)."),
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", help="Pretend today is this date (YYYY-MM-DD).")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Another seed gives other data.")] = 7,
) -> None:
    """Build the demo tenant from generated report files. 生成并导入演示数据。

    The demo tenant is rebuilt from scratch each time; other tenants are not touched.
    """
    cli = state(ctx)
    app = cli.app()
    day = _today(today, app.clock().date())
    target = folder or cli.settings.data_dir / "demo-reports"
    out = console()
    out.print(cli.t("demo.building", folder=target))
    built = build_demo(app.sessions, target, today=day, seed=seed)
    print_results(cli, built.results)
    failed = [result for result in built.results if not result.imported]
    for result in failed:
        message = translate_message(result.message or "", cli.lang)
        error_console().print(f"Error: {message}", markup=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)
    with app.sessions() as session:
        tenant = get_tenant(session, DEMO_TENANT)
        counts = {
            name: count_rows(session, model, tenant_id=tenant.id)
            for name, model in (
                ("products", Product),
                ("orders", OrderLine),
                ("returns", Return),
                ("reviews", Review),
                ("feedback", SellerFeedback),
                ("voc", VocSnapshot),
            )
        }
        distinct_asins = session.scalar(
            select(func.count(func.distinct(Product.asin))).where(Product.tenant_id == tenant.id)
        )
        stores = len(list_stores(session, tenant_id=tenant.id))
    counts["products"] = int(distinct_asins or 0)
    shown = {name: f"{value:,}" for name, value in counts.items()}
    out.print(cli.t("demo.imported", tenant=DEMO_TENANT, stores=stores, **shown))
    out.print(cli.t("demo.patterns"))
    for line in built.plan.describe(cli.lang):
        out.print(f"  - {line}", markup=False)
    db = make_url(cli.settings.resolved_database_url).render_as_string(hide_password=True)
    out.print(cli.t("demo.next", db=db), markup=False)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
