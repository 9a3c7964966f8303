"""The store: migrations match the models on both backends; access functions keep tenants apart."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths
from vocloop.app import App
from vocloop.errors import NotFound, UserError
from vocloop.store.access import (
    count_rows,
    create_store,
    create_tenant,
    get_store,
    get_tenant,
    list_import_batches,
    list_stores,
    stores_of_orders,
)
from vocloop.store.db import schema_revision
from vocloop.store.models import Base, Return


def test_migrations_match_the_models(app: App) -> None:
    with app.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    current, head = schema_revision(app.engine)
    assert current == head


def test_sqlite_runs_in_wal_mode(sqlite_app: App) -> None:
    with sqlite_app.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_tenants_never_see_each_others_rows(app: App) -> None:
    with app.sessions.begin() as session:
        for slug in ("brand-a", "brand-b"):
            tenant = create_tenant(session, slug=slug)
            create_store(session, tenant_id=tenant.id, slug="us", marketplace="US")
    import_paths(app, AMAZON_FIXTURES / "all_orders.tsv", tenant="brand-a", store="us")
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", tenant="brand-a", store="us")
    with app.sessions() as session:
        a, b = get_tenant(session, "brand-a"), get_tenant(session, "brand-b")
        store_a = get_store(session, tenant_id=a.id, slug="us")
        assert count_rows(session, Return, tenant_id=a.id) == 31
        assert count_rows(session, Return, tenant_id=b.id) == 0
        assert stores_of_orders(session, tenant_id=b.id, order_ids=["111-0000001-1000001"]) == {}
        assert stores_of_orders(session, tenant_id=a.id, order_ids=["111-0000001-1000001"]) == {
            "111-0000001-1000001": store_a.id
        }
        assert len(list_import_batches(session, tenant_id=a.id)) == 2
        assert list_import_batches(session, tenant_id=b.id) == []
        # Another tenant's store is as absent as a missing one.
        store_b = get_store(session, tenant_id=b.id, slug="us")
        assert store_b.id != store_a.id
        with pytest.raises(NotFound):
            get_store(session, tenant_id=b.id, slug="eu")


def test_same_file_in_two_tenants_is_stored_once_in_each(app: App) -> None:
    with app.sessions.begin() as session:
        create_tenant(session, slug="brand-a")
        create_tenant(session, slug="brand-b")
    (a,) = import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", tenant="brand-a")
    (b,) = import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", tenant="brand-b")
    assert (a.added, b.added) == (31, 31)


@pytest.mark.parametrize(
    ("_case", "slug", "message"),
    [
        ("spaces", "my brand", "'my brand' cannot be a tenant id"),
        ("upper", "Brand", "'Brand' cannot be a tenant id"),
    ],
)
def test_bad_tenant_ids_are_refused(app: App, _case: str, slug: str, message: str) -> None:
    with app.sessions.begin() as session, pytest.raises(UserError, match=message):
        create_tenant(session, slug=slug)
    with app.sessions() as session:
        assert list_stores(session, tenant_id=1) == []


def test_store_needs_a_real_marketplace(app: App) -> None:
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="brand-a")
        with pytest.raises(UserError, match="'XX' is not an Amazon marketplace"):
            create_store(session, tenant_id=tenant.id, slug="x", marketplace="XX")
