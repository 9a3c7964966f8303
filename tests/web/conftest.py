"""Web fixtures: a real app over a real database, tenants built with vocloop's own functions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths
from vocloop.accounts import add_membership, create_api_token, create_user
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier, load_classifier
from vocloop.app import App
from vocloop.store.access import create_tenant, list_import_batches, list_stores
from vocloop.store.models import Alert, Membership, Return
from vocloop.web import create_app

TODAY = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return load_classifier()


@dataclass
class TenantData:
    slug: str
    id: int
    email: str
    asin: str
    token: str
    token_id: int
    batch_id: int
    return_id: int
    membership_id: int
    store_ids: list[int]


def build_tenant(
    app: App, tmp_path: Path, classifier: Classifier, slug: str, asin_prefix: str
) -> TenantData:
    """A tenant with an owner, an API token, and the fixture returns and orders (ASINs renamed)."""
    folder = tmp_path / slug
    folder.mkdir()
    for name in ("fba_returns.tsv", "all_orders.tsv"):
        content = (AMAZON_FIXTURES / name).read_text(encoding="utf-8")
        (folder / name).write_text(content.replace("B0FAKE0", asin_prefix), encoding="utf-8")
    email = f"owner@{slug}.example"
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug=slug)
        user = create_user(session, email=email, password=PASSWORD)
        membership = add_membership(session, user_id=user.id, tenant_id=tenant.id, role="owner")
        token_row, token = create_api_token(
            session, tenant_id=tenant.id, name="erp", created_by=user.id
        )
        ids = (tenant.id, membership.id, token_row.id)
    results = import_paths(app, folder, tenant=slug)
    assert all(result.imported for result in results), [r.message for r in results]
    classify_pending(app.sessions, tenant_id=ids[0], classifier=classifier)
    with app.sessions() as session:
        batch_id = list_import_batches(session, tenant_id=ids[0])[0].id
        return_id = session.query(Return.id).filter(Return.tenant_id == ids[0]).first()[0]
        stores = [store.id for store in list_stores(session, tenant_id=ids[0])]
    return TenantData(
        slug, ids[0], email, f"{asin_prefix}M01", token, ids[2], batch_id, return_id, ids[1], stores
    )


@pytest.fixture
def web_app(app: App) -> App:
    app.clock = lambda: TODAY
    return app


@pytest.fixture
def two_tenants(
    web_app: App, tmp_path: Path, classifier: Classifier
) -> tuple[TenantData, TenantData]:
    return (
        build_tenant(web_app, tmp_path, classifier, "alpha", "B0AAAA0"),
        build_tenant(web_app, tmp_path, classifier, "bravo", "B0BBBB0"),
    )


@pytest.fixture
def client(web_app: App) -> Iterator[TestClient]:
    web = create_app(web_app, classify_uploads=False)
    with TestClient(web, raise_server_exceptions=False) as test_client:
        yield test_client


def csrf_of(client: TestClient, path: str = "/login") -> str:
    """The CSRF token a page's forms carry."""
    page = client.get(path)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> None:
    response = client.post(
        "/login",
        data={"csrf": csrf_of(client), "email": email, "password": password, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def member_role(app: App, membership_id: int) -> str | None:
    with app.sessions() as session:
        row = session.get(Membership, membership_id)
        return None if row is None else row.role


def app_routes(client: TestClient) -> list[tuple[str, str]]:
    """(method, path) of every endpoint, including those of included routers."""
    found = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        inner = getattr(route, "original_router", None)  # FastAPI >= 0.16x wraps routers
        for leaf in inner.routes if inner is not None else [route]:
            for method in sorted(getattr(leaf, "methods", None) or ()):
                if method != "HEAD":
                    found.append((method, leaf.path))
    return found


def open_alert(app: App, tenant: TenantData) -> int:
    """An open return-rate alert of the tenant, as monitoring records one."""
    with app.sessions.begin() as session:
        alert = Alert(
            tenant_id=tenant.id,
            store_id=tenant.store_ids[0],
            asin=tenant.asin,
            kind="return_rate",
            severity="high",
            detected_on=dt.date(2026, 2, 9),
            since=dt.date(2026, 2, 1),
            facts={
                "since": "2026-02-01",
                "baseline_rate": 0.05,
                "observed_rate": 0.12,
                "ratio": 2.4,
                "returns_since": 30,
                "units_since": 250,
                "top_cause": "quality_defect",
            },
            quotes={"items": [{"text": "The lid cracked on day two.", "source": "return"}]},
        )
        session.add(alert)
        session.flush()
        return alert.id
