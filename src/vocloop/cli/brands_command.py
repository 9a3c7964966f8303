"""`vocloop brands add|list|add-product|products`: the brands a tenant serves buyers under."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from vocloop.cli.state import console, state
from vocloop.i18n import add_messages
from vocloop.notify import SecretBox
from vocloop.store.access import get_tenant
from vocloop.support import (
    BUYER_LANGS,
    add_brand_product,
    create_brand,
    get_brand,
    list_brand_products,
    list_brands,
    parse_mailbox,
    set_brand_mailbox,
)

add_messages(
    {
        "brands.added": (
            "Brand {slug} added; its help center lives at /h/{slug}.",
            "已添加品牌 {slug};其帮助中心地址为 /h/{slug}。",
        ),
        "brands.product": (
            "{asin} ({name}) is in brand {slug}'s help center.",
            "{asin}({name})已加入品牌 {slug} 的帮助中心。",
        ),
        "brands.mailbox": (
            "Brand {slug} sends and receives support mail as {mailbox}.",
            "品牌 {slug} 的客服邮箱:{mailbox}。",
        ),
        "brands.none": (
            "No brands yet: `vocloop brands add SLUG --tenant T --name NAME`.",
            "还没有品牌:用 `vocloop brands add SLUG --tenant T --name 名称` 添加。",
        ),
    }
)

app = typer.Typer(
    no_args_is_help=True,
    help="Brands with a help center, inserts and support inbox. 品牌(帮助中心、插卡、客服)。",
)
TenantOption = Annotated[str, typer.Option("--tenant", help="Tenant id.")]


@app.command("add")
def add(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Brand id used in public URLs (/h/<id>).")],
    tenant: TenantOption,
    name: Annotated[str, typer.Option("--name", help="The brand's name as buyers see it.")],
    langs: Annotated[
        str,
        typer.Option(
            "--lang", help=f"Help-center languages, default first ({','.join(BUYER_LANGS)})."
        ),
    ] = "en",
    email: Annotated[str | None, typer.Option("--email", help="Support e-mail address.")] = None,
    url: Annotated[
        str | None,
        typer.Option("--url", help="Public address of the help center (default: this server)."),
    ] = None,
) -> None:
    """Add a brand to a tenant. 添加品牌。"""
    cli = state(ctx)
    codes = [code for code in langs.split(",") if code.strip()] or ["en"]
    with cli.app().sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        brand = create_brand(
            session,
            tenant_id=tenant_row.id,
            slug=slug,
            name=name,
            default_lang=codes[0],
            languages=codes,
            support_email=email,
            public_base_url=url,
        )
        made = brand.slug
    console().print(cli.t("brands.added", slug=made), markup=False)


@app.command("list")
def list_command(
    ctx: typer.Context,
    tenant: TenantOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a tenant's brands. 列出品牌。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        rows = [
            {
                "slug": brand.slug,
                "name": brand.name,
                "languages": brand.languages,
                "support_email": brand.support_email,
                "public_base_url": brand.public_base_url,
                "products": len(list_brand_products(session, brand=brand)),
            }
            for brand in list_brands(session, tenant_id=tenant_row.id)
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        console().print(cli.t("brands.none"), markup=False)
        return
    table = Table("Brand", "Name", "Languages", "E-mail", "Products")
    for row in rows:
        table.add_row(
            str(row["slug"]),
            str(row["name"]),
            ",".join(row["languages"]),  # type: ignore[arg-type]  # a list of codes
            str(row["support_email"] or ""),
            str(row["products"]),
        )
    console().print(table)


@app.command("add-product")
def add_product(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Brand id.")],
    asin: Annotated[str, typer.Argument(help="ASIN to cover in the help center.")],
    tenant: TenantOption,
    name: Annotated[str, typer.Option("--name", help="Product name buyers know.")],
) -> None:
    """Put an ASIN in a brand's help center (or rename it). 将 ASIN 加入帮助中心。"""
    cli = state(ctx)
    with cli.app().sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        brand = get_brand(session, tenant_id=tenant_row.id, slug=slug)
        product = add_brand_product(
            session, tenant_id=tenant_row.id, brand=brand, asin=asin, name=name
        )
        shown = (product.asin, product.name)
    console().print(cli.t("brands.product", asin=shown[0], name=shown[1], slug=slug), markup=False)


@app.command("products")
def products(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Brand id.")],
    tenant: TenantOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the products of a brand's help center. 列出品牌帮助中心的商品。"""
    cli = state(ctx)
    with cli.app().sessions() as session:
        tenant_row = get_tenant(session, tenant)
        brand = get_brand(session, tenant_id=tenant_row.id, slug=slug)
        rows = [{"asin": p.asin, "name": p.name} for p in list_brand_products(session, brand=brand)]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("ASIN", "Name")
    for row in rows:
        table.add_row(row["asin"], row["name"])
    console().print(table)


@app.command("mailbox")
def mailbox(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Brand id.")],
    tenant: TenantOption,
    smtp: Annotated[
        str, typer.Option("--smtp", help="smtp[s]://user@host[:port]?from=support@brand.com")
    ],
    smtp_password: Annotated[
        str | None,
        typer.Option("--smtp-password", envvar="VOCLOOP_SMTP_PASSWORD", help="SMTP password."),
    ] = None,
    imap: Annotated[
        str | None,
        typer.Option("--imap", help="imap[s]://user@host[:port]?folder=INBOX (replies come in)"),
    ] = None,
    imap_password: Annotated[
        str | None,
        typer.Option("--imap-password", envvar="VOCLOOP_IMAP_PASSWORD", help="IMAP password."),
    ] = None,
) -> None:
    """Set the brand's support mailbox (stored encrypted). 设置品牌客服邮箱(加密保存)。"""
    cli = state(ctx)
    settings = parse_mailbox(
        smtp, smtp_password=smtp_password, imap_url=imap, imap_password=imap_password
    )
    app_ = cli.app()
    with app_.sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        brand = get_brand(session, tenant_id=tenant_row.id, slug=slug)
        set_brand_mailbox(
            session,
            SecretBox.from_settings(app_.settings),
            tenant_id=tenant_row.id,
            brand=brand,
            mailbox=settings,
        )
    console().print(cli.t("brands.mailbox", slug=slug, mailbox=settings.describe()), markup=False)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="brands")
