"""`vocloop analyze` and `vocloop causes`: classify stored texts, then show the root-cause mix."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from vocloop.analysis.backfill import classify_pending, count_pending
from vocloop.analysis.backfill_parallel import classify_pending_in_parallel, shares_one_database
from vocloop.analysis.causes import cause_mix
from vocloop.analysis.classify import load_classifier, model_version
from vocloop.analysis.taxonomy import cause_label
from vocloop.cli.state import console, error_console, state
from vocloop.jobs.worker import deliver_if_pending
from vocloop.monitor.alert_store import live_alerts
from vocloop.monitor.refresh import refresh_monitoring
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant, list_tenants

TenantOption = Annotated[
    str | None, typer.Option("--tenant", help="Tenant id (default: every tenant).")
]


def analyze(
    ctx: typer.Context,
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=0,
            help="Processes that classify at once (0: one per core). 并行进程数(0=每核一个)。",
        ),
    ] = 1,
) -> None:
    """Classify every stored text the current model has not read yet. 对新文本做根因分类。"""
    cli = state(ctx)
    app = cli.app()
    database_url = app.settings.resolved_database_url
    workers = workers or os.cpu_count() or 1
    if not shares_one_database(database_url):
        workers = 1  # an in-memory database exists in this process only
    # With several workers each loads its own model; the parent needs only the version.
    classifier = load_classifier() if workers == 1 else None
    version = classifier.version if classifier is not None else model_version()
    with app.sessions() as session:
        tenants = [get_tenant(session, tenant)] if tenant else list_tenants(session)
        work = {
            t.slug: (t.id, count_pending(session, tenant_id=t.id, version=version)) for t in tenants
        }
    total = sum(sum(pending.values()) for _, pending in work.values())
    done: dict[str, dict[str, int]] = {slug: {} for slug in work}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=error_console(),
        transient=True,
        disable=as_json or not error_console().is_terminal,
    ) as progress:
        task = progress.add_task(cli.t("analyze.progress"), total=total)
        for slug, (tenant_id, pending) in work.items():
            if not any(pending.values()):
                continue
            if classifier is None:
                done[slug] = classify_pending_in_parallel(
                    database_url,
                    tenant_id=tenant_id,
                    workers=workers,
                    on_batch=lambda n: progress.advance(task, n),
                )
            else:
                done[slug] = classify_pending(
                    app.sessions,
                    tenant_id=tenant_id,
                    classifier=classifier,
                    on_batch=lambda n: progress.advance(task, n),
                )
    monitoring: dict[str, dict[str, Any]] = {}
    for slug, (tenant_id, _) in work.items():
        with app.sessions.begin() as session:
            result = refresh_monitoring(session, tenant_id=tenant_id, now=app.clock())
            live = len(live_alerts(session, tenant_id=tenant_id, now=app.clock()))
        monitoring[slug] = {
            "last_day": result.last_day.isoformat() if result.last_day else None,
            "alerts_opened": result.opened,
            "alerts_updated": result.updated,
            "alerts_live": live,
        }
    delivery = deliver_if_pending(app)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "model_version": version,
                    "classified": done,
                    "monitoring": monitoring,
                    "notifications": delivery.as_dict() if delivery else None,
                }
            )
        )
        return
    out = console()
    for slug, counts in done.items():
        out.print(
            cli.t(
                "analyze.done",
                tenant=slug,
                count=f"{sum(counts.values()):,}",
                version=version,
            )
        )
        facts = monitoring[slug]
        out.print(
            cli.t(
                "analyze.monitoring",
                tenant=slug,
                day=facts["last_day"] or "-",
                opened=len(facts["alerts_opened"]),
                live=facts["alerts_live"],
            )
        )


def causes(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    asin: Annotated[str | None, typer.Option("--asin", help="Only this ASIN.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Why customers are unhappy: root causes with counts, shares and quotes. 差评与退货根因。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        mix = cause_mix(session, tenant_id=owner.id, store_id=store_id, asin=asin)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "model_version": mix.model_version,
                    "total": mix.total,
                    "reason_mismatches": mix.reason_mismatches,
                    "causes": [
                        {
                            "code": c.code,
                            "name": cause_label(c.code, cli.lang),
                            "count": c.count,
                            "share": round(c.share, 4),
                            "quotes": [
                                {
                                    "text": q.text,
                                    "source": q.kind,
                                    "id": q.source_id,
                                    "lang": q.lang,
                                }
                                for q in c.quotes
                            ],
                        }
                        for c in mix.causes
                    ],
                },
                ensure_ascii=False,
            )
        )
        return
    out = console()
    if mix.model_version is None:
        out.print(cli.t("causes.none"))
        return
    table = Table(
        cli.t("col.cause"),
        cli.t("col.count"),
        cli.t("col.share"),
        cli.t("col.quote"),
        title=cli.t("causes.title", total=f"{mix.total:,}"),
    )
    for cause in mix.causes:
        quote = cause.quotes[0].text if cause.quotes else ""
        table.add_row(
            cause_label(cause.code, cli.lang), f"{cause.count:,}", f"{cause.share:.1%}", quote[:90]
        )
    out.print(table)
    out.print(cli.t("causes.mismatches", count=f"{mix.reason_mismatches:,}"))


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
    app.command("causes")(causes)
