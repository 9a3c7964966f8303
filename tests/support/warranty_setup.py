"""Set-up shared by the warranty, insert and retention tests: a brand, its team, a web client."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi.testclient import TestClient

from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.store.access import create_tenant
from vocloop.support import add_brand_product, create_brand
from vocloop.web import create_app

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
PASSWORD = "correct horse battery"
KETTLE = "B0KETTLE01"
LAMP = "B0LAMP0001"


@dataclass(frozen=True)
class BrandSetup:
    tenant_id: int
    tenant: str
    brand_id: int
    slug: str
    owner: str


def make_brand(app: App, *, tenant: str = "one", slug: str = "homely") -> BrandSetup:
    """A tenant with an owner and a brand (en, de, ja) covering a kettle and a lamp."""
    app.clock = lambda: NOW
    owner = f"owner@{tenant}.example"
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug=tenant).id
        user = create_user(session, email=owner, password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=tenant_id, role="owner")
        brand = create_brand(
            session,
            tenant_id=tenant_id,
            slug=slug,
            name=slug.capitalize(),
            languages=("en", "de", "ja"),
            support_email=f"support@{slug}.example",
        )
        add_brand_product(session, tenant_id=tenant_id, brand=brand, asin=KETTLE, name="Kettle K1")
        add_brand_product(session, tenant_id=tenant_id, brand=brand, asin=LAMP, name="Lamp L2")
        return BrandSetup(tenant_id, tenant, brand.id, slug, owner)


@contextmanager
def web_client(app: App) -> Iterator[TestClient]:
    with TestClient(
        create_app(app, classify_uploads=False),
        raise_server_exceptions=False,
        base_url="http://help.test",
    ) as client:
        yield client


def csrf_in(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(client: TestClient, email: str) -> None:
    token = csrf_in(client.get("/login").text)
    response = client.post(
        "/login",
        data={"csrf": token, "email": email, "password": PASSWORD, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
