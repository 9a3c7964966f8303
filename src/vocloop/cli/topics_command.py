"""`vocloop topics`: put new texts into topics, then show each topic's weeks and quotes."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from vocloop.analysis.taxonomy import cause_label
from vocloop.analysis.topics import TopicView, list_topics, refresh_topics
from vocloop.cli.state import CliState, console, state
from vocloop.store.access import DEFAULT_TENANT, get_tenant

WEEKS_SHOWN = 12


def _as_json(view: TopicView, lang: str) -> dict[str, object]:
    return {
        "id": view.id,
        "asin": view.asin,
        "root_cause": view.root_cause,
        "root_cause_name": cause_label(view.root_cause, lang),
        "label": view.label,
        "label_lang": view.label_lang,
        "gloss_en": view.gloss_en,
        "gloss_zh": view.gloss_zh,
        "size": view.size,
        "first_seen": view.first_seen.isoformat(),
        "last_seen": view.last_seen.isoformat(),
        "weeks": view.weeks,
        "quotes": [
            {"text": q.text, "source": q.kind, "id": q.source_id, "similarity": q.similarity}
            for q in view.quotes
        ],
    }


def _print(cli: CliState, view: TopicView) -> None:
    out = console()
    out.print(
        cli.t(
            "topics.heading",
            id=view.id,
            asin=view.asin,
            cause=cause_label(view.root_cause, cli.lang),
            count=f"{view.size:,}",
            first=view.first_seen.isoformat(),
            last=view.last_seen.isoformat(),
        )
    )
    out.print(
        cli.t("topics.label", language=view.label_lang or "?", label=view.label), markup=False
    )
    if view.gloss_en:
        gloss = view.gloss_zh if cli.lang == "zh" else view.gloss_en
        out.print(cli.t("topics.gloss", gloss=gloss), markup=False)
    else:
        out.print(cli.t("topics.no_gloss", cause=cause_label(view.root_cause, cli.lang)))
    recent = list(view.weeks.items())[-WEEKS_SHOWN:]
    out.print(
        cli.t("topics.weeks", weeks=" · ".join(f"{week} {count}" for week, count in recent)),
        markup=False,
    )
    for number, quote in enumerate(view.quotes, start=1):
        out.print(f"    {number}. {quote.text[:160]}", markup=False)


def topics(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    asin: Annotated[str | None, typer.Option("--asin", help="Only this ASIN.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Recurring issues per ASIN and root cause, by week, with quotes. 各商品的具体问题主题。"""
    cli = state(ctx)
    app = cli.app()
    with app.sessions.begin() as session:
        owner = get_tenant(session, tenant)
        summary = refresh_topics(session, tenant_id=owner.id, asin=asin)
    with app.sessions() as session:
        views = list_topics(session, tenant_id=owner.id, asin=asin)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "refresh": {
                        "joined": summary.joined,
                        "created_topics": summary.created_topics,
                        "in_new_topics": summary.in_new_topics,
                        "waiting": summary.waiting,
                    },
                    "topics": [_as_json(view, cli.lang) for view in views],
                },
                ensure_ascii=False,
            )
        )
        return
    out = console()
    out.print(
        cli.t(
            "topics.refreshed",
            joined=f"{summary.joined:,}",
            created=f"{summary.created_topics:,}",
            in_new=f"{summary.in_new_topics:,}",
            waiting=f"{summary.waiting:,}",
        )
    )
    if not views:
        out.print(cli.t("topics.none"))
        return
    for view in views:
        _print(cli, view)


def register(app: typer.Typer) -> None:
    app.command("topics")(topics)
