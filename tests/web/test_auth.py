"""Logging in: argon2 passwords, CSRF on the form, rate limiting, safe redirects, logging out."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, TenantData, csrf_of, log_in
from vocloop.app import App
from vocloop.store.models import User


def test_pages_need_a_login_and_the_api_a_token(client: TestClient) -> None:
    response = client.get("/asins?days=7", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/asins%3Fdays%3D7"
    api = client.get("/api/v1/overview")
    assert api.status_code == 401
    assert api.json() == {
        "error": {"code": "unauthorized", "message": "A valid API token is needed."}
    }
    assert client.get("/healthz").json() == {"status": "ok"}


def test_login_stores_only_an_argon2_hash_and_opens_the_overview(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    with web_app.sessions() as session:
        stored = session.query(User).filter_by(email=alpha.email).one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    log_in(client, alpha.email)
    page = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert page.status_code == 200
    assert "Return rate" in page.text and "Returned units" in page.text


def test_login_form_without_csrf_is_refused(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    client.get("/login")
    response = client.post(
        "/login", data={"email": alpha.email, "password": PASSWORD}, follow_redirects=False
    )
    assert response.status_code == 403
    assert client.get("/", follow_redirects=False).status_code == 303  # still logged out


def test_repeated_failures_lock_the_email_even_for_the_right_password(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    csrf = csrf_of(client)
    for _ in range(5):
        wrong = client.post(
            "/login", data={"csrf": csrf, "email": alpha.email, "password": "wrong password!"}
        )
        assert wrong.status_code == 401
        assert "邮箱或密码错误" in wrong.text  # no Accept-Language: Chinese
    locked = client.post(
        "/login",
        data={"csrf": csrf, "email": alpha.email, "password": PASSWORD},
        follow_redirects=False,
    )
    assert locked.status_code == 429
    assert "登录失败次数过多" in locked.text
    assert client.get("/", follow_redirects=False).status_code == 303


def test_login_redirects_only_within_the_site_and_logout_ends_the_session(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    response = client.post(
        "/login",
        data={
            "csrf": csrf_of(client),
            "email": alpha.email,
            "password": PASSWORD,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    logout = client.post("/logout", data={"csrf": csrf_of(client, "/")}, follow_redirects=False)
    assert logout.status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303
