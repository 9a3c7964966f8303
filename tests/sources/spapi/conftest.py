"""SP-API fixtures: a fake Amazon on 127.0.0.1, connected stores, and a store's rows to compare."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import AMAZON_FIXTURES
from tests.spapi_fake import FakeSpapi, Seller
from vocloop.app import App
from vocloop.sources.files import expand_paths
from vocloop.sources.ingest import FileResult, import_files
from vocloop.sources.spapi import (
    Endpoints,
    LwaCredentials,
    RetryPolicy,
    SyncContext,
    load_cipher,
    region_of_store,
    save_connection,
)
from vocloop.store.access import create_store, ensure_tenant, find_store, get_store, get_tenant
from vocloop.store.models import Base, utcnow

# Short backoff and timeout so fault cases take milliseconds; the logic is the production one.
FAST = RetryPolicy(attempts=6, base=0.01, cap=0.05, timeout=1.0)
REPORT_FIXTURES = (
    "all_orders.tsv",
    "fba_returns.tsv",
    "seller_feedback.tsv",
    "seller_performance_v2.json",
)
COMPARED_TABLES = (
    "order_lines",
    "returns",
    "seller_feedback",
    "account_health_snapshots",
    "products",
)
NOT_COMPARED = {"id", "tenant_id", "store_id", "import_batch_id", "created_at"}


@pytest.fixture
def fake() -> Iterator[FakeSpapi]:
    # Plans 200x faster than Amazon's defaults keep tests quick; the benchmark runs them at 1x.
    with FakeSpapi(rate_scale=200) as server:
        yield server
        assert server.invalid == [], "every request must fit Amazon's models"


def make_context(app: App, fake: FakeSpapi, **overrides: Any) -> SyncContext:
    values: dict[str, Any] = {
        "endpoints": Endpoints(api=fake.url, lwa=fake.lwa_url),
        "cipher": load_cipher(app.settings, create=True),
        "policy": FAST,
        "poll_interval": 0.01,
        "max_wait": 5.0,
    }
    values.update(overrides)
    return SyncContext(**values)


def connect_store(
    app: App,
    fake: FakeSpapi,
    *,
    store: str = "us",
    marketplace: str = "US",
    tenant: str = "default",
    seller: Seller | None = None,
) -> Seller:
    """A store with saved (encrypted) credentials of a seller the fake knows."""
    seller = seller or fake.add_seller()
    credentials = LwaCredentials(seller.client_id, seller.client_secret, seller.refresh_token)
    with app.sessions.begin() as session:
        owner = ensure_tenant(session, tenant)
        row = find_store(session, tenant_id=owner.id, slug=store) or create_store(
            session, tenant_id=owner.id, slug=store, marketplace=marketplace
        )
        save_connection(
            session,
            store=row,
            region=region_of_store(store, marketplace, None),
            credentials=credentials,
            cipher=load_cipher(app.settings, create=True),
            now=utcnow(),
        )
    return seller


def tenant_id(app: App, slug: str = "default") -> int:
    with app.sessions() as session:
        return get_tenant(session, slug).id


def import_by_hand(
    app: App, *, tenant: str = "hand", store: str = "us", names: tuple[str, ...] = REPORT_FIXTURES
) -> list[FileResult]:
    """The same files imported as a user would: `vocloop import FILES --tenant T --store S`."""
    with app.sessions.begin() as session:
        owner = ensure_tenant(session, tenant)
        if find_store(session, tenant_id=owner.id, slug=store) is None:
            create_store(session, tenant_id=owner.id, slug=store, marketplace="US")
    sources = expand_paths([AMAZON_FIXTURES / name for name in names])
    return import_files(app.sessions, sources, tenant=tenant, store=store)


def store_rows(app: App, *, tenant: str, store: str = "us") -> dict[str, list[tuple[Any, ...]]]:
    """Every imported row of a store, without ids and batch links, sorted: what a user sees."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with app.sessions() as session:
        owner = get_tenant(session, tenant)
        store_id = get_store(session, tenant_id=owner.id, slug=store).id
        for name in COMPARED_TABLES:
            table = Base.metadata.tables[name]
            columns = [c for c in table.columns if c.name not in NOT_COMPARED]
            rows = session.execute(select(*columns).where(table.c.store_id == store_id)).all()
            found[name] = sorted((tuple(row) for row in rows), key=repr)
    return found
