"""The JSON API: one token per tenant, OpenAPI schema, the same figures as the pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import TenantData, csrf_of, log_in
from tests.web.test_pages import expected


def test_api_overview_and_asin_match_the_files(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    token = {"Authorization": f"Bearer {alpha.token}"}
    returns, units, orders = expected()
    overview = client.get("/api/v1/overview", headers=token).json()
    assert overview["current"]["returns"] == returns
    assert overview["current"]["returned_units"] == units
    assert overview["current"]["ordered_units"] == orders
    assert len(overview["weeks"]) == 13
    asins = client.get("/api/v1/asins", params={"search": "M01"}, headers=token).json()
    assert asins["total"] == 1
    row = asins["asins"][0]
    assert (row["asin"], row["returns"], row["returned_units"], row["ordered_units"]) == (
        alpha.asin,
        *expected("M01"),
    )
    page = client.get(f"/api/v1/asins/{alpha.asin.lower()}", headers=token).json()
    assert page["asin"] == alpha.asin
    assert sum(cause["count"] for cause in page["causes"]) == 8  # M01's returns in the file
    assert client.get(f"/api/v1/imports/{alpha.batch_id}", headers=token).json()["kind"] in (
        "fba_returns",
        "all_orders",
    )


def test_openapi_lists_the_api_only(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert sorted(schema["paths"]) == [
        "/api/v1/asins",
        "/api/v1/asins/{asin}",
        "/api/v1/comments",
        "/api/v1/comments/{kind}/{row_id}",
        "/api/v1/imports",
        "/api/v1/imports/{batch_id}",
        "/api/v1/overview",
        "/api/v1/stores",
    ]
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_a_revoked_token_stops_working(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    token = {"Authorization": f"Bearer {alpha.token}"}
    assert client.get("/api/v1/stores", headers=token).status_code == 200
    log_in(client, alpha.email)
    revoked = client.post(
        f"/settings/tokens/{alpha.token_id}/revoke",
        data={"csrf": csrf_of(client, "/settings")},
        follow_redirects=False,
    )
    assert revoked.status_code == 303
    assert client.get("/api/v1/stores", headers=token).status_code == 401
    assert (
        client.get("/api/v1/stores", headers={"Authorization": "Bearer vl_made_up"}).status_code
        == 401
    )
