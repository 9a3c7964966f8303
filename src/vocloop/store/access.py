"""Access functions: every tenant-owned read or write goes through here, scoped by tenant_id."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.marketplaces import Marketplace, get_marketplace
from vocloop.store.models import Base, ImportBatch, OrderLine, Product, Store, Tenant

DEFAULT_TENANT = "default"
# (store id, ASIN, SKU) -> (FNSKU, title), as reports name them
ProductNames = dict[tuple[int, str, str], tuple[str | None, str | None]]
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def _check_slug(slug: str, what: str) -> str:
    if not _SLUG.fullmatch(slug):
        raise UserError(
            f"'{slug}' cannot be a {what} id: use lowercase letters, digits, '-' and '_' (max 64)."
        )
    return slug


def create_tenant(session: Session, *, slug: str, name: str | None = None) -> Tenant:
    """A new tenant; its id (slug) must be unused."""
    _check_slug(slug, "tenant")
    if find_tenant(session, slug) is not None:
        raise UserError(f"Tenant '{slug}' exists already.")
    tenant = Tenant(slug=slug, name=name or slug)
    session.add(tenant)
    session.flush()
    return tenant


def find_tenant(session: Session, slug: str) -> Tenant | None:
    return session.scalar(select(Tenant).where(Tenant.slug == slug))


def get_tenant(session: Session, slug: str) -> Tenant:
    tenant = find_tenant(session, slug)
    if tenant is None:
        raise NotFound(f"There is no tenant '{slug}'; `vocloop tenants list` shows them.")
    return tenant


def ensure_tenant(session: Session, slug: str = DEFAULT_TENANT) -> Tenant:
    """The tenant with this id, created on first use (first imports need no set-up)."""
    return find_tenant(session, slug) or create_tenant(
        session, slug=slug, name="Default" if slug == DEFAULT_TENANT else slug
    )


def list_tenants(session: Session) -> list[Tenant]:
    return list(session.scalars(select(Tenant).order_by(Tenant.slug)))


def create_store(
    session: Session,
    *,
    tenant_id: int,
    slug: str,
    marketplace: str,
    name: str | None = None,
    seller_id: str | None = None,
) -> Store:
    """A new store (one seller account in one marketplace) of a tenant."""
    _check_slug(slug, "store")
    found = get_marketplace(marketplace)
    if find_store(session, tenant_id=tenant_id, slug=slug) is not None:
        raise UserError(f"Store '{slug}' exists already in this tenant.")
    store = Store(
        tenant_id=tenant_id,
        slug=slug,
        name=name or f"{found.sales_channel} ({found.code})",
        marketplace=found.code,
        marketplace_id=found.marketplace_id,
        seller_id=seller_id,
    )
    session.add(store)
    session.flush()
    return store


def find_store(session: Session, *, tenant_id: int, slug: str) -> Store | None:
    return session.scalar(select(Store).where(Store.tenant_id == tenant_id, Store.slug == slug))


def get_store(session: Session, *, tenant_id: int, slug: str) -> Store:
    """A store of this tenant; another tenant's store is as absent as a missing one."""
    store = find_store(session, tenant_id=tenant_id, slug=slug)
    if store is None:
        raise NotFound(
            f"There is no store '{slug}' in this tenant; `vocloop stores list` shows them."
        )
    return store


def list_stores(session: Session, *, tenant_id: int) -> list[Store]:
    return list(
        session.scalars(select(Store).where(Store.tenant_id == tenant_id).order_by(Store.slug))
    )


def store_for_marketplace(session: Session, *, tenant_id: int, marketplace: Marketplace) -> Store:
    """The tenant's one store in a marketplace, created on first use; several is the user's call."""
    stores = list(
        session.scalars(
            select(Store).where(Store.tenant_id == tenant_id, Store.marketplace == marketplace.code)
        )
    )
    if len(stores) == 1:
        return stores[0]
    if len(stores) > 1:
        names = ", ".join(sorted(store.slug for store in stores))
        raise UserError(
            f"This tenant has several stores on {marketplace.sales_channel} ({names}); "
            "name one with --store."
        )
    slug = marketplace.code.lower()
    while find_store(session, tenant_id=tenant_id, slug=slug) is not None:
        slug += "-" + marketplace.code.lower()
    return create_store(session, tenant_id=tenant_id, slug=slug, marketplace=marketplace.code)


def has_orders(session: Session, *, tenant_id: int) -> bool:
    """Whether any order line of the tenant is stored (returns are matched to orders only then)."""
    first = session.scalar(select(OrderLine.id).where(OrderLine.tenant_id == tenant_id).limit(1))
    return first is not None


def stores_of_orders(
    session: Session, *, tenant_id: int, order_ids: Iterable[str]
) -> dict[str, int]:
    """Store ids of the tenant's imported orders, by order id (files returns under their order)."""
    wanted = sorted(set(order_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start : start + 5000]
        rows = session.execute(
            select(OrderLine.amazon_order_id, OrderLine.store_id)
            .where(OrderLine.tenant_id == tenant_id, OrderLine.amazon_order_id.in_(chunk))
            .distinct()
        )
        found.update(dict(rows.tuples().all()))
    return found


def list_import_batches(session: Session, *, tenant_id: int, limit: int = 50) -> list[ImportBatch]:
    return list(
        session.scalars(
            select(ImportBatch)
            .where(ImportBatch.tenant_id == tenant_id)
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        )
    )


def count_rows(session: Session, model: type, *, tenant_id: int, **filters: object) -> int:
    """How many rows of a tenant-owned table match (tests, `vocloop info`, the demo summary)."""
    query = select(func.count()).select_from(model).where(model.tenant_id == tenant_id)  # type: ignore[attr-defined]
    for name, value in filters.items():
        query = query.where(getattr(model, name) == value)
    return int(session.scalar(query) or 0)


def save_products(session: Session, *, tenant_id: int, products: ProductNames) -> None:
    """Add the products reports named; fill a missing FNSKU or title, never overwrite one."""
    if not products:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "tenant_id": tenant_id,
            "store_id": store_id,
            "asin": asin,
            "sku": sku,
            "fnsku": fnsku,
            "title": title,
            "created_at": now,
        }
        for (store_id, asin, sku), (fnsku, title) in sorted(products.items())
    ]
    table = Base.metadata.tables["products"]
    for start in range(0, len(rows), 1000):
        statement = insert(table).values(rows[start : start + 1000])
        statement = statement.on_conflict_do_update(
            index_elements=["store_id", "asin", "sku"],
            set_={
                "fnsku": func.coalesce(table.c.fnsku, statement.excluded.fnsku),
                "title": func.coalesce(table.c.title, statement.excluded.title),
            },
        )
        session.execute(statement)


def delete_tenant(session: Session, *, tenant_id: int) -> None:
    """Remove a tenant and everything it owns (the demo rebuilds itself this way)."""
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound("There is no such tenant.")
    session.delete(tenant)
    session.flush()


def set_product_category(
    session: Session, *, tenant_id: int, asin: str, category: str, store_id: int | None = None
) -> int:
    """Give every listing of an ASIN (all SKUs; one store or all) its category; returns how many."""
    query = select(Product).where(Product.tenant_id == tenant_id, Product.asin == asin)
    if store_id is not None:
        query = query.where(Product.store_id == store_id)
    products = list(session.scalars(query))
    if not products:
        raise NotFound(f"There is no product with ASIN {asin} in this tenant.")
    for product in products:
        product.category = category.strip() or None
    return len(products)


def get_import_batch(session: Session, *, tenant_id: int, batch_id: int) -> ImportBatch:
    """One import of this tenant; another tenant's is as absent as a missing one."""
    batch = session.scalar(
        select(ImportBatch).where(ImportBatch.tenant_id == tenant_id, ImportBatch.id == batch_id)
    )
    if batch is None:
        raise NotFound(f"There is no import #{batch_id} in this tenant.")
    return batch
