"""`vocloop helpcenter export|import`: a brand's help pages as one JSON file, and back."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.i18n import add_messages
from vocloop.store.access import get_tenant
from vocloop.support import get_brand
from vocloop.support.helpcenter import export_help_center, import_help_center

add_messages(
    {
        "helpcenter.exported": (
            "Exported {pages} pages of {products} products and {media} files of brand {slug} "
            "to {path}.",
            "已将品牌 {slug} 的 {products} 个产品共 {pages} 个页面和 {media} 个文件导出到 {path}。",
        ),
        "helpcenter.imported": (
            "Imported {pages} pages into brand {slug} ({added} products added, {media} files).",
            "已向品牌 {slug} 导入 {pages} 个页面(新增 {added} 个产品,{media} 个文件)。",
        ),
        "helpcenter.warning": (
            "Warning {asin}/{lang} {place}: '{span}' ({rule}) needs a person to look at it.",
            "提醒 {asin}/{lang} {place}:“{span}”({rule})需要人工确认。",
        ),
    }
)

app = typer.Typer(
    no_args_is_help=True,
    help="Help-center pages as JSON: export and import. 帮助中心页面的导出与导入(JSON)。",
)
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]


@app.command("export")
def export(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Brand id.")],
    tenant: TenantOption,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default: print the JSON).")
    ] = None,
) -> None:
    """Write a brand's help pages and uploaded files as JSON. 导出品牌帮助中心内容。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        brand = get_brand(session, tenant_id=tenant_row.id, slug=slug)
        data = export_help_center(session, tenant_id=tenant_row.id, brand=brand)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if out is None:
        sys.stdout.write(text + "\n")
        return
    out.write_text(text + "\n", encoding="utf-8")
    pages = sum(len(product["pages"]) for product in data["products"])
    shown = cli.t(
        "helpcenter.exported",
        pages=pages,
        products=len(data["products"]),
        media=len(data["media"]),
        slug=slug,
        path=out,
    )
    console().print(shown, markup=False)


@app.command("import")
def import_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A file made by `vocloop helpcenter export`.")],
    tenant: TenantOption,
    brand_slug: Annotated[
        str | None, typer.Option("--brand", help="Brand to import into (default: the file's).")
    ] = None,
) -> None:
    """Read an exported JSON file into a brand; all of it or, on any problem, none of it.
    导入帮助中心内容(有任何问题则整份不导入)。"""
    cli = state(ctx)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"{path} cannot be read: {error.strerror}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path} is not a JSON file ({error}).") from None
    slug = brand_slug or (data.get("brand") if isinstance(data, dict) else None)
    if not isinstance(slug, str) or not slug:
        raise UserError(f"{path} names no brand; give one with --brand.")
    with cli.app().sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        brand = get_brand(session, tenant_id=tenant_row.id, slug=slug)
        summary = import_help_center(
            session, tenant_id=tenant_row.id, brand=brand, data=data, editor="cli"
        )
    for asin, lang, note in summary.warnings:
        console().print(
            cli.t(
                "helpcenter.warning",
                asin=asin,
                lang=lang,
                place=note.place,
                span=note.span,
                rule=note.rule,
            ),
            markup=False,
        )
    shown = cli.t(
        "helpcenter.imported",
        pages=summary.pages,
        slug=slug,
        added=summary.products_added,
        media=summary.media,
    )
    console().print(shown, markup=False)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="helpcenter")
