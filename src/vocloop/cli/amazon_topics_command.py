"""`vocloop amazon-topics`: Amazon's own review and return topics, beside vocloop's analysis."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.sources.spapi import list_feedback_topics
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant


def _share(metrics: dict[str, Any]) -> str:
    """The topic's share of reviews (or returns) for the product, or for its category."""
    for key in ("asin_metrics", "browse_node_metrics"):
        found = metrics.get(key) or {}
        share = found.get("occurrence_percentage")
        if isinstance(share, dict):
            share = share.get("all_products")
        if isinstance(share, int | float):
            return f"{share:.1f}%"
    return "-"


def amazon_topics(
    ctx: typer.Context,
    store: Annotated[str, typer.Option("--store", help="The store.")],
    asin: Annotated[str | None, typer.Option("--asin", help="One ASIN and its category.")] = None,
    tenant: Annotated[
        str | None, typer.Option("--tenant", help=f"Tenant id (default: '{DEFAULT_TENANT}').")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Amazon's review and return topics from the last sync. 亚马逊给出的评论与退货主题。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant or DEFAULT_TENANT)
        rows = list_feedback_topics(
            session, store=get_store(session, tenant_id=owner.id, slug=store), asin=asin
        )
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        console().print(cli.t("amazon_topics.none", store=store))
        return
    table = Table(
        cli.t("col.subject"),
        cli.t("col.kind"),
        cli.t("col.polarity"),
        cli.t("col.topic"),
        cli.t("col.share"),
    )
    for row in rows:
        table.add_row(
            row["subject_id"],
            row["feedback"],
            row["polarity"] or "-",
            row["topic"],
            _share(row["metrics"]),
        )
    console().print(table)


def register(app: typer.Typer) -> None:
    app.command("amazon-topics")(amazon_topics)
