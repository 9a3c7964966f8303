"""`vocloop demo`: write a realistic demo data set as real report files and import it."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import func, select

from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.causes import cause_mix
from vocloop.analysis.classify import load_classifier
from vocloop.analysis.taxonomy import cause_label
from vocloop.cli.import_command import print_results
from vocloop.cli.state import console, error_console, state
from vocloop.demo.build import DEMO_TENANT, build_demo
from vocloop.demo.login import demo_login
from vocloop.i18n import translate_message
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.store.access import count_rows, get_tenant, list_stores
from vocloop.store.models import OrderLine, Product, Return, Review, SellerFeedback, VocSnapshot

SHOWN_ASIN = "B0DEMODK12"  # the planted assembly problem: its causes say so at once


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
    # The demo shows the analysis too: classify the new texts, then one planted ASIN's causes.
    classified = classify_pending(app.sessions, tenant_id=tenant.id, classifier=load_classifier())
    out.print(cli.t("demo.analyzed", count=f"{sum(classified.values()):,}"))
    with app.sessions() as session:
        mix = cause_mix(session, tenant_id=tenant.id, asin=SHOWN_ASIN)
    shares = ", ".join(
        f"{cause_label(cause.code, cli.lang)} {cause.share:.0%}" for cause in mix.causes[:3]
    )
    out.print(cli.t("demo.causes", asin=SHOWN_ASIN, shares=shares), markup=False)
    with app.sessions.begin() as session:
        monitored = refresh_monitoring(session, tenant_id=tenant.id, now=app.clock())
    out.print(cli.t("demo.alerts", count=len(monitored.opened), tenant=DEMO_TENANT), markup=False)
    out.print(cli.t("demo.next", tenant=DEMO_TENANT, asin=SHOWN_ASIN), markup=False)
    email, password = demo_login(app.sessions, tenant=DEMO_TENANT)
    url = "http://127.0.0.1:8000/"
    out.print(cli.t("demo.login", url=url, email=email, password=password), markup=False)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
