"""`vocloop badges` and `vocloop health`: badge risk per ASIN; seller feedback and account health
per store."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.i18n import add_messages
from vocloop.monitor.badge import badge_risks
from vocloop.monitor.store_health import account_health, feedback_months
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant, list_stores

add_messages(
    {
        "health.feedback": ("Seller feedback by month", "卖家反馈(按月)"),
        "health.account": ("Account health (latest report)", "账户状况(最新报告)"),
        "health.none": (
            "No seller feedback, orders or account-health reports imported yet.",
            "还没有导入卖家反馈、订单或账户状况报告。",
        ),
        "badges.note": (
            "Benchmark: the pooled 90-day return rate of the other ASINs of the same category "
            "(same store, else all stores); Amazon does not publish its rule. Set categories with "
            "`vocloop products category`.",
            "基准:同类目其他 ASIN 的 90 天合并退货率(优先同店铺,否则全部店铺);亚马逊未公开其规则。"
            "用 `vocloop products category` 设置类目。",
        ),
    }
)

TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def badges(
    ctx: typer.Context,
    tenant: TenantOption = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Badge risk ("frequently returned") per ASIN against its category peers. 经常退货风险。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        rows = badge_risks(session, tenant_id=owner.id, store_id=store_id)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "store": names.get(r.store_id),
                        "asin": r.asin,
                        "category": r.category,
                        "rate_90d": r.quarter.rate,
                        "units_90d": r.quarter.units,
                        "returns_90d": r.quarter.returns,
                        "rate_365d": r.year.rate,
                        "units_365d": r.year.units,
                        "benchmark": r.benchmark,
                        "benchmark_peers": r.benchmark_peers,
                        "benchmark_scope": r.benchmark_scope,
                        "ratio": r.ratio,
                        "p_value": r.p_value,
                        "interval": list(r.interval) if r.interval else None,
                        "status": r.status,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
        return
    table = Table("Store", "ASIN", "Category", "90 d", "12 mo", "Peers", "Ratio", "Status")
    for r in rows:
        table.add_row(
            names.get(r.store_id, "?"),
            r.asin,
            r.category or "-",
            _pct(r.quarter.rate),
            _pct(r.year.rate),
            f"{_pct(r.benchmark)} ({r.benchmark_peers})" if r.benchmark else "-",
            f"{r.ratio:.2f}" if r.ratio is not None else "-",
            r.status,
        )
    console().print(table)
    console().print(cli.t("badges.note"), markup=False)


def health(
    ctx: typer.Context,
    tenant: TenantOption = DEFAULT_TENANT,
    months: Annotated[int, typer.Option("--months", help="Months of feedback.", min=1)] = 6,
    as_json: JsonOption = False,
) -> None:
    """Seller-feedback negative rate by month and account health per store. 卖家反馈与账户状况。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        feedback = feedback_months(session, tenant_id=owner.id, months=months)
        reports = account_health(session, tenant_id=owner.id)
        names = {s.id: s.slug for s in list_stores(session, tenant_id=owner.id)}
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "feedback": [
                        {
                            "store": names.get(m.store_id),
                            "month": m.month,
                            "orders": m.orders,
                            "negative": m.negative,
                            "neutral": m.neutral,
                            "negative_rate": m.negative_rate,
                        }
                        for m in feedback
                    ],
                    "account_health": [
                        {
                            "store": names.get(h.store_id),
                            "reported_to": h.reported_to.isoformat() if h.reported_to else None,
                            "ahr_status": h.ahr_status,
                            "ahr_score": h.ahr_score,
                            "odr_rate": h.odr_rate,
                            "previous_odr_rate": h.previous_odr_rate,
                            "odr_orders": h.odr_orders,
                            "negative_feedback": h.negative_feedback,
                            "claims": h.claims,
                            "condition_complaints": h.condition_complaints,
                            "safety_complaints": h.safety_complaints,
                        }
                        for h in reports
                    ],
                },
                ensure_ascii=False,
            )
        )
        return
    if not feedback and not reports:
        console().print(cli.t("health.none"), markup=False)
        return
    table = Table(
        "Store",
        "Month",
        "Orders",
        "Negative",
        "Neutral",
        "Negative rate",
        title=cli.t("health.feedback"),
    )
    for m in feedback:
        table.add_row(
            names.get(m.store_id, "?"),
            m.month,
            str(m.orders),
            str(m.negative),
            str(m.neutral),
            _pct(m.negative_rate),
        )
    console().print(table)
    table = Table(
        "Store", "To", "AHR", "ODR", "Before", "Condition", "Safety", title=cli.t("health.account")
    )
    for h in reports:
        table.add_row(
            names.get(h.store_id, "?"),
            h.reported_to.date().isoformat() if h.reported_to else "-",
            f"{h.ahr_status or '-'} {h.ahr_score if h.ahr_score is not None else ''}".strip(),
            _pct(h.odr_rate),
            _pct(h.previous_odr_rate),
            str(h.condition_complaints if h.condition_complaints is not None else "-"),
            str(h.safety_complaints if h.safety_complaints is not None else "-"),
        )
    console().print(table)


def register(app: typer.Typer) -> None:
    app.command("badges")(badges)
    app.command("health")(health)
