"""`vocloop imports`: the import history of a tenant, newest first."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.store.access import DEFAULT_TENANT, get_tenant, list_import_batches


def imports(
    ctx: typer.Context,
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id.")] = DEFAULT_TENANT,
    limit: Annotated[int, typer.Option("--limit", help="How many imports to show.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List past imports: file, kind, counts, who and when. 导入历史。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        owner = get_tenant(session, tenant)
        batches = [
            {
                "id": b.id,
                "file": b.file_name,
                "sha256": b.file_sha256,
                "kind": b.kind,
                "marketplace": b.marketplace,
                "records": b.records,
                "added": b.added,
                "updated": b.updated,
                "duplicates": b.duplicates,
                "rejected": b.rejected,
                "actor": b.actor,
                "created_at": b.created_at.isoformat(),
            }
            for b in list_import_batches(session, tenant_id=owner.id, limit=limit)
        ]
    if as_json:
        typer.echo(json.dumps(batches, ensure_ascii=False))
        return
    table = Table(
        cli.t("col.created"),
        cli.t("col.file"),
        cli.t("col.kind"),
        cli.t("col.marketplace"),
        cli.t("col.records"),
        cli.t("col.added"),
        cli.t("col.duplicates"),
        cli.t("col.rejected"),
    )
    for b in batches:
        table.add_row(
            str(b["created_at"])[:16].replace("T", " "),
            str(b["file"]).rsplit("/", 1)[-1],
            str(b["kind"]),
            str(b["marketplace"] or "-"),
            f"{b['records']:,}",
            f"{b['added']:,}",
            f"{b['duplicates']:,}",
            f"{b['rejected']:,}",
        )
    console().print(table)


def register(app: typer.Typer) -> None:
    app.command("imports")(imports)
