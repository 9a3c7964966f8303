"""`vocloop gaps`: the top complaint topics an ASIN's listing does not answer, and where to."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from vocloop.actions.gaps import listing_gaps
from vocloop.analysis.taxonomy import cause_label
from vocloop.cli.lint_command import read_text_input
from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.sources.listings import listing_from_report
from vocloop.store.access import DEFAULT_TENANT, get_tenant


def gaps(
    ctx: typer.Context,
    asin: Annotated[str, typer.Option("--asin", help="ASIN.")],
    listing: Annotated[
        str | None,
        typer.Option("--listing", help="Title, bullets and description as a text file, or -."),
    ] = None,
    report: Annotated[
        str | None,
        typer.Option(
            "--listings-report",
            help="All Listings Report or listings flat file holding the ASIN's listing.",
        ),
    ] = None,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Complaint topics the listing does not address, and where to add it. 商品页面缺口。"""
    cli = state(ctx)
    if (listing is None) == (report is None):
        raise UserError("Give the listing either as --listing FILE or as --listings-report FILE.")
    # any encoding, or stdin; bad input is one sentence
    name, text = read_text_input(listing if listing is not None else str(report))
    if not text.strip():
        raise UserError(f"{name}: the listing text is empty.")
    if report is not None:
        text = listing_from_report(text, asin=asin, name=name).text
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        found, checked = listing_gaps(session, tenant_id=owner.id, asin=asin, listing=text)
    if as_json:
        typer.echo(
            json.dumps(
                {"checked_topics": checked, "gaps": [asdict(g) for g in found]},
                ensure_ascii=False,
            )
        )
        return
    out = console()
    if not checked:
        out.print(cli.t("gaps.no_topics", asin=asin))
        return
    out.print(cli.t("gaps.summary", gaps=len(found), checked=checked))
    for gap in found:
        gloss = gap.gloss_zh if cli.lang == "zh" else gap.gloss_en
        where = gap.where_zh if cli.lang == "zh" else gap.where_en
        out.print(
            f"- [{cause_label(gap.root_cause, cli.lang)}] “{gap.label}”"
            + (f" ({gloss})" if gloss else "")
            + f" ×{gap.size} → {where}",
            markup=False,
        )


def register(app: typer.Typer) -> None:
    app.command("gaps")(gaps)
