"""`vocloop inserts make|list|pdf`: printable insert cards per ASIN and language, their scans."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.errors import UserError
from vocloop.i18n import add_messages
from vocloop.store.access import get_tenant
from vocloop.store.models import Brand, InsertCard
from vocloop.support import BUYER_LANGS, get_brand
from vocloop.support.inserts import (
    DEFAULT_SIZE,
    INSERT_SIZES,
    InsertPolicyError,
    InsertRequest,
    get_insert,
    list_inserts,
    make_insert,
    render_insert_pdf,
    scan_url,
)

add_messages(
    {
        "inserts.made": (
            "Insert {asin} v{version} ({card_lang}, {size}) written to {path}; "
            "its QR code opens {url}.",
            "插卡 {asin} v{version}({card_lang},{size})已写入 {path};二维码打开 {url}。",
        ),
        "inserts.finding": (
            "{severity} {rule}: '{span}' {message}",
            "{severity} {rule}:「{span}」{message}",
        ),
        "inserts.none": (
            "No insert cards for brand {slug} yet: `vocloop inserts make`.",
            "品牌 {slug} 还没有插卡:用 `vocloop inserts make` 生成。",
        ),
    }
)

app = typer.Typer(
    no_args_is_help=True,
    help="Printable insert cards with a QR code to the help center. 带二维码的包装插卡。",
)
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]
BrandOption = Annotated[str, typer.Option("--brand", help="Brand id.")]
ServerOption = Annotated[
    str | None,
    typer.Option(
        "--server-url",
        help="This server's public address, for brands without their own (--url of brands add).",
    ),
]


def _server(brand: Brand, server_url: str | None) -> str:
    if brand.public_base_url:
        return brand.public_base_url
    if not server_url:
        raise UserError(
            f"Brand '{brand.slug}' has no public address: give --server-url "
            "https://help.example.com (where `vocloop serve` is reached)."
        )
    return server_url


def _made_message(t: Callable[..., str], card: InsertCard, path: Path, url: str) -> str:
    return t(
        "inserts.made",
        asin=card.asin,
        version=card.version,
        card_lang=card.lang,
        size=card.size,
        path=str(path),
        url=url,
    )


def _write_pdf(card: InsertCard, brand: Brand, url: str, output: Path | None) -> Path:
    path = output or Path(f"insert-{card.asin}-v{card.version}-{card.lang}-{card.size}.pdf")
    try:
        path.write_bytes(render_insert_pdf(card, brand_name=brand.name, url=url))
    except OSError as error:
        raise UserError(f"Cannot write {path}: {error.strerror}.") from None
    return path


@app.command("make")
def make(
    ctx: typer.Context,
    tenant: TenantOption,
    brand: BrandOption,
    asin: Annotated[str, typer.Option("--asin", help="The product (an ASIN of the brand).")],
    lang: Annotated[
        str, typer.Option("--lang", help=f"Card language ({', '.join(BUYER_LANGS)}).")
    ] = "en",
    size: Annotated[
        str,
        typer.Option("--size", help=f"Card size ({', '.join(s.name for s in INSERT_SIZES)})."),
    ] = DEFAULT_SIZE,
    title: Annotated[str, typer.Option("--title", help="Title (default: per language).")] = "",
    text_file: Annotated[
        Path | None, typer.Option("--text", help="File with the card's text (default: usage help).")
    ] = None,
    accept_warnings: Annotated[
        bool, typer.Option("--accept-warnings", help="Sign off the policy checker's warnings.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="PDF file to write.")
    ] = None,
    server_url: ServerOption = None,
) -> None:
    """Make a new version of an ASIN's insert card and write its PDF. 生成插卡 PDF。"""
    cli = state(ctx)
    body = ""
    if text_file is not None:
        try:
            body = text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"Cannot read {text_file} as UTF-8 text: {error}.") from None
    application = cli.app()
    with application.sessions() as session:
        tenant_row = get_tenant(session, tenant)
        brand_row = get_brand(session, tenant_id=tenant_row.id, slug=brand)
        server = _server(brand_row, server_url)
        request = InsertRequest(
            asin=asin, lang=lang, size=size, title=title, body=body, accept_warnings=accept_warnings
        )
        try:
            card = make_insert(
                session,
                tenant_id=tenant_row.id,
                brand=brand_row,
                request=request,
                created_by="vocloop inserts make",
                now=application.clock(),
                output_lang=cli.lang,
            )
        except InsertPolicyError as refused:
            for finding in refused.findings:
                console().print(
                    cli.t(
                        "inserts.finding",
                        severity=finding.severity.value,
                        rule=finding.rule,
                        span=finding.span,
                        message=finding.message,
                    ),
                    markup=False,
                )
            raise
        url = scan_url(brand_row, card, server)
        path = _write_pdf(card, brand_row, url, output)
        session.commit()  # the version exists only once its PDF is written
        made = _made_message(cli.t, card, path, url)
    console().print(made, markup=False)


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption,
    brand: BrandOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a brand's insert cards with their scan counts. 列出插卡及扫码次数。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        brand_row = get_brand(session, tenant_id=tenant_row.id, slug=brand)
        rows = [
            {
                "id": card.id,
                "asin": card.asin,
                "version": card.version,
                "lang": card.lang,
                "size": card.size,
                "code": card.code,
                "scans": card.scans,
                "last_scan_at": card.last_scan_at.isoformat() if card.last_scan_at else None,
                "created_at": card.created_at.isoformat(),
            }
            for card in list_inserts(session, tenant_id=tenant_row.id, brand=brand_row)
        ]
    if as_json:
        typer.echo(json.dumps({"inserts": rows}, ensure_ascii=False))
        return
    if not rows:
        console().print(cli.t("inserts.none", slug=brand), markup=False)
        return
    table = Table("ID", "ASIN", "Version", "Lang", "Size", "Scan code", "Scans", "Last scan")
    for row in rows:
        table.add_row(
            str(row["id"]),
            str(row["asin"]),
            f"v{row['version']}",
            str(row["lang"]),
            str(row["size"]),
            f"/q/{row['code']}",
            str(row["scans"]),
            str(row["last_scan_at"] or "-"),
        )
    console().print(table)


@app.command("pdf")
def pdf(
    ctx: typer.Context,
    insert_id: Annotated[int, typer.Argument(help="Card id (from `inserts list`).")],
    tenant: TenantOption,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="PDF file to write.")
    ] = None,
    server_url: ServerOption = None,
) -> None:
    """Write an existing card's PDF again (same QR code). 重新导出插卡 PDF。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        card = get_insert(session, tenant_id=tenant_row.id, insert_id=insert_id)
        brand_row = session.get(Brand, card.brand_id)
        assert brand_row is not None  # cards are deleted with their brand
        url = scan_url(brand_row, card, _server(brand_row, server_url))
        path = _write_pdf(card, brand_row, url, output)
        made = _made_message(cli.t, card, path, url)
    console().print(made, markup=False)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="inserts")
