"""Brands and their help-center products: created per tenant, unique in public URLs, isolated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.errors import NotFound, UserError
from vocloop.store.access import create_tenant
from vocloop.store.models import Brand, BrandProduct
from vocloop.support import (
    add_brand_product,
    create_brand,
    find_public_brand,
    get_brand,
    list_brand_products,
    pick_lang,
)

runner = CliRunner()


def test_brand_slug_is_unique_across_tenants_and_reads_stay_in_the_tenant(app: App) -> None:
    with app.sessions.begin() as session:
        one = create_tenant(session, slug="one")
        two = create_tenant(session, slug="two")
        brand = create_brand(
            session, tenant_id=one.id, slug="homely", name="Homely", languages=["de", "EN"]
        )
        assert brand.languages == ["en", "de"]  # default first, codes normalised
        add_brand_product(session, tenant_id=one.id, brand=brand, asin="b0demo0001", name="Kettle")
        add_brand_product(
            session, tenant_id=one.id, brand=brand, asin="B0DEMO0001", name="Kettle 2"
        )
        tenant_ids = (one.id, two.id)
    with (
        pytest.raises(UserError, match="The brand id 'homely' is taken"),
        app.sessions.begin() as session,
    ):
        create_brand(session, tenant_id=tenant_ids[1], slug="homely", name="Copy")
    with app.sessions() as session:
        with pytest.raises(NotFound):
            get_brand(session, tenant_id=tenant_ids[1], slug="homely")
        found = get_brand(session, tenant_id=tenant_ids[0], slug="homely")
        assert [(p.asin, p.name) for p in list_brand_products(session, brand=found)] == [
            ("B0DEMO0001", "Kettle 2")
        ]
        public = find_public_brand(session, "homely")
        assert public is not None and public.tenant_id == tenant_ids[0]
        assert session.scalar(select(func.count()).select_from(Brand)) == 1
        with pytest.raises(NotFound):
            add_brand_product(
                session, tenant_id=tenant_ids[1], brand=found, asin="B0DEMO0002", name="X"
            )


@pytest.mark.parametrize(
    ("_case", "kwargs", "message"),
    [
        ("slug", {"slug": "Bad Slug"}, "'Bad Slug' cannot be a brand id"),
        ("lang", {"languages": ["en", "pt"]}, "'pt' is not a help-center language"),
        ("email", {"support_email": "not-mail"}, "'not-mail' is not an e-mail address."),
        ("url", {"public_base_url": "ftp://x"}, "'ftp://x' is not a web address"),
    ],
)
def test_bad_brand_input_is_refused_and_nothing_is_written(
    app: App, _case: str, kwargs: dict[str, object], message: str
) -> None:
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug="one").id
    arguments: dict[str, object] = {"slug": "homely", "name": "Homely", **kwargs}
    with pytest.raises(UserError, match=message), app.sessions.begin() as session:
        create_brand(session, tenant_id=tenant_id, **arguments)  # type: ignore[arg-type]
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Brand)) == 0


def test_bad_asin_is_refused(app: App) -> None:
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug="one").id
        brand = create_brand(session, tenant_id=tenant_id, slug="homely", name="Homely")
        with pytest.raises(UserError, match="'B0SHORT' is not an ASIN"):
            add_brand_product(session, tenant_id=tenant_id, brand=brand, asin="b0short", name="X")
        assert session.scalar(select(func.count()).select_from(BrandProduct)) == 0


@pytest.mark.parametrize(
    ("_case", "requested", "header", "expected"),
    [
        ("url wins", "de", "ja,en;q=0.5", "de"),
        ("browser best available", None, "fr-FR,ja;q=0.9,en;q=0.8", "ja"),
        ("weights order", None, "en;q=0.2,de;q=0.9", "de"),
        ("bad url value falls back", "xx", "de", "de"),
        ("nothing offered: default", None, "pt-BR", "en"),
        ("q=0 refuses", None, "de;q=0", "en"),
    ],
)
def test_pick_lang(_case: str, requested: str | None, header: str, expected: str) -> None:
    assert pick_lang(["en", "de", "ja"], requested=requested, accept_language=header) == expected


def test_pick_lang_falls_back_to_what_the_content_has() -> None:
    assert pick_lang(["ja"], accept_language="de", default="en") == "ja"


def test_brands_cli_adds_lists_and_refuses_clearly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    base = ["--db", db, "--lang", "en"]
    assert runner.invoke(cli_app, [*base, "tenants", "add", "shop"]).exit_code == 0
    added = runner.invoke(
        cli_app,
        [
            *base,
            "brands",
            "add",
            "homely",
            "--tenant",
            "shop",
            "--name",
            "Homely",
            "--lang",
            "de,en",
        ],
    )
    assert added.exit_code == 0, added.stderr
    assert "Brand homely added; its help center lives at /h/homely." in added.stdout
    product = runner.invoke(
        cli_app,
        [
            *base,
            "brands",
            "add-product",
            "homely",
            "B0DEMO0001",
            "--tenant",
            "shop",
            "--name",
            "Kettle",
        ],
    )
    assert product.exit_code == 0, product.stderr
    listed = runner.invoke(cli_app, [*base, "brands", "list", "--tenant", "shop", "--json"])
    assert json.loads(listed.stdout) == [
        {
            "slug": "homely",
            "name": "Homely",
            "languages": ["de", "en"],
            "support_email": None,
            "public_base_url": None,
            "products": 1,
        }
    ]
    products = runner.invoke(
        cli_app, [*base, "brands", "products", "homely", "--tenant", "shop", "--json"]
    )
    assert json.loads(products.stdout) == [{"asin": "B0DEMO0001", "name": "Kettle"}]
    again = runner.invoke(
        cli_app, [*base, "brands", "add", "homely", "--tenant", "shop", "--name", "Other"]
    )
    assert again.exit_code == 1
    assert again.stderr.strip() == "Error: The brand id 'homely' is taken; choose another."
    missing = runner.invoke(
        cli_app,
        [*base, "brands", "add-product", "nope", "B0DEMO0001", "--tenant", "shop", "--name", "X"],
    )
    assert missing.exit_code == 1
    assert "There is no brand 'nope'" in missing.stderr
