"""Building the demo tenant: generate real-format reports, then import them the normal way."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from vocloop.demo.generate import write_demo_reports
from vocloop.demo.helpcenter_pages import add_demo_help_pages
from vocloop.demo.inserts import add_demo_inserts
from vocloop.demo.plan import DemoPlan
from vocloop.demo.products import PRODUCTS
from vocloop.demo.tickets import add_demo_tickets
from vocloop.sources.files import expand_paths
from vocloop.sources.ingest import FileResult, import_files
from vocloop.store.access import (
    create_store,
    create_tenant,
    delete_tenant,
    find_tenant,
    set_product_category,
)
from vocloop.store.models import Brand
from vocloop.support import add_brand_product, create_brand

DEMO_TENANT = "demo"
DEMO_BRAND = "demo-home"
# The demo's category codes as Amazon's browse categories name them.
AMAZON_CATEGORY_NAMES = {
    "kitchen": "Home & Kitchen",
    "home": "Home & Kitchen",
    "apparel": "Clothing",
    "electronics": "Electronics",
    "beauty": "Beauty & Personal Care",
    "furniture": "Furniture",
    "toys": "Toys & Games",
}


@dataclass(frozen=True)
class DemoBuild:
    plan: DemoPlan
    results: list[FileResult]


def build_demo(
    sessions: sessionmaker[Session], folder: Path, *, today: datetime.date, seed: int = 7
) -> DemoBuild:
    """(Re)create the demo tenant with its stores and import freshly generated report files."""
    plan = write_demo_reports(folder, today=today, seed=seed)
    with sessions.begin() as session:
        existing = find_tenant(session, DEMO_TENANT)
        if existing is not None:
            delete_tenant(session, tenant_id=existing.id)
        tenant = create_tenant(session, slug=DEMO_TENANT, name="Demo brand / 演示品牌")
        for store in plan.stores:
            create_store(
                session, tenant_id=tenant.id, slug=store.code.lower(), marketplace=store.code
            )
    results = import_files(
        sessions,
        expand_paths([demo_file.path for demo_file in plan.files]),
        tenant=DEMO_TENANT,
        actor="vocloop demo",
    )
    # Reports carry no category; a seller sets it once per ASIN (fee thresholds depend on it).
    with sessions.begin() as session:
        demo = find_tenant(session, DEMO_TENANT)
        assert demo is not None
        for product in PRODUCTS:
            set_product_category(
                session,
                tenant_id=demo.id,
                asin=product.asin,
                category=AMAZON_CATEGORY_NAMES[product.category],
            )
        brand = _add_demo_brand(session, tenant_id=demo.id)
        add_demo_inserts(session, tenant_id=demo.id, brand=brand, today=today)
        add_demo_tickets(
            session,
            brand=brand,
            now=datetime.datetime.combine(today, datetime.time(12), tzinfo=datetime.UTC),
        )
    return DemoBuild(plan, results)


def _add_demo_brand(session: Session, *, tenant_id: int) -> Brand:
    """The brand whose help center, inserts and inbox the demo shows, covering every demo ASIN."""
    brand = create_brand(
        session,
        tenant_id=tenant_id,
        slug=DEMO_BRAND,
        name="Homely",
        default_lang="en",
        languages=("en", "de", "ja", "zh"),
        support_email="support@homely.example",
    )
    for product in PRODUCTS:
        wording = product.wording.get("en") or next(iter(product.wording.values()))
        add_brand_product(
            session, tenant_id=tenant_id, brand=brand, asin=product.asin, name=wording.title
        )
    add_demo_help_pages(session, tenant_id=tenant_id, brand=brand)
    return brand
