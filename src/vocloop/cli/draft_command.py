"""`vocloop draft`: FAQ, bullets, chart prompts, quick-start and insert text for an ASIN's top
issues, in the marketplace's language and Chinese, each one through the policy checker first."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from vocloop.actions.draft_templates import KINDS
from vocloop.actions.drafts import asin_drafts
from vocloop.actions.polish import PolishConfig, Polisher, polish_drafts
from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.policy import check_as_dicts
from vocloop.store.access import DEFAULT_TENANT, get_store, get_tenant


def draft(
    ctx: typer.Context,
    asin: Annotated[str, typer.Option("--asin", help="ASIN.")],
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    store: Annotated[str | None, typer.Option("--store", help="Store (its language).")] = None,
    kinds: Annotated[
        list[str] | None, typer.Option("--kind", help=", ".join(KINDS) + " (repeat; default all).")
    ] = None,
    polish: Annotated[
        bool | None,
        typer.Option(
            "--polish/--no-polish",
            help="Polish wording with VOCLOOP_POLISH_URL (default: when it is set).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Draft listing, FAQ and insert text from the ASIN's top issues, policy-checked. 内容草稿。"""
    unknown = [kind for kind in kinds or () if kind not in KINDS]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r} is not one of {', '.join(KINDS)}.", param_hint="--kind"
        )
    cli = state(ctx)
    config = PolishConfig.from_settings(cli.settings)
    if polish and config is None:
        raise UserError(
            "--polish needs VOCLOOP_POLISH_URL, the address of an OpenAI-compatible API."
        )
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id if store else None
        drafts = asin_drafts(
            session,
            tenant_id=owner.id,
            asin=asin,
            store_id=store_id,
            kinds=tuple(kinds) if kinds else KINDS,
            check=check_as_dicts,
        )
    if config is not None and polish is not False:
        polisher = Polisher(config)
        try:
            polish_drafts(drafts, polisher, check_as_dicts)
        finally:
            polisher.close()
    if as_json:
        typer.echo(
            json.dumps([{**asdict(d), "ready": d.ready} for d in drafts], ensure_ascii=False)
        )
        return
    out = console()
    for item in drafts:
        state_key = "draft.ready" if item.ready else "draft.blocked"
        out.print(f"\n== {item.kind} ({item.cause or '-'}, {item.lang}): {cli.t(state_key)}")
        if item.polish_note:
            out.print(f"  {item.polish_note}", markup=False)
        if item.ready:
            out.print(item.text, markup=False)
            out.print(cli.t("draft.zh_copy"), markup=False)
            out.print(item.text_zh, markup=False)
        for finding in item.findings:
            out.print(
                f"  {finding['severity']} {finding['rule']}: {finding['message']} "
                f"[{finding['span']}]",
                markup=False,
            )


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)
