"""The pages show what the fixture files hold: counts checked against the files themselves."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient

from tests.conftest import AMAZON_FIXTURES
from tests.web.conftest import TODAY, TenantData, csrf_of, log_in
from vocloop.app import App
from vocloop.store.access import set_product_category
from vocloop.store.models import Product, User

EN = {"Accept-Language": "en-US,en;q=0.9"}
START = TODAY.date() - dt.timedelta(days=29)  # the default 30-day period


def _rows(name: str) -> list[dict[str, str]]:
    lines = (AMAZON_FIXTURES / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    distinct = list(dict.fromkeys(lines[1:]))  # an identical line is one record
    return [dict(zip(header, line.split("\t"), strict=False)) for line in distinct if line]


def _in_period(stamp: str) -> bool:
    return START <= dt.datetime.fromisoformat(stamp).astimezone(dt.UTC).date() <= TODAY.date()


def expected(asin_suffix: str | None = None) -> tuple[int, int, int]:
    """(returns, returned units, ordered units) in the 30-day period, read from the fixtures."""
    returns = [
        r
        for r in _rows("fba_returns.tsv")
        if _in_period(r["return-date"]) and (asin_suffix is None or r["asin"].endswith(asin_suffix))
    ]
    orders = [
        o
        for o in _rows("all_orders.tsv")
        if _in_period(o["purchase-date"])
        and o["order-status"] != "Cancelled"
        and (asin_suffix is None or o["asin"].endswith(asin_suffix))
    ]
    return (
        len(returns),
        sum(int(r["quantity"]) for r in returns),
        sum(int(o["quantity"]) for o in orders),
    )


def _cell_numbers(html: str, asin: str) -> list[str]:
    row = re.search(
        rf'<tr>\s*<td><a href="/asins/{asin}[^"]*">{asin}</a></td>(.*?)</tr>', html, re.S
    )
    assert row, f"{asin} not in the table"
    return re.findall(r'<td class="n[^"]*">([^<]*)</td>', row.group(1))


def test_overview_and_asin_table_count_what_the_files_hold(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    _, units, orders = expected()
    assert units > 0
    overview = client.get("/", headers=EN).text
    kpis = dict(re.findall(r"<span>([^<]+)</span><strong>([^<]+)</strong>", overview))
    assert kpis["Returned units"] == f"{units:,}"
    assert kpis["Ordered units"] == f"{orders:,}"
    assert kpis["Return rate"] == (f"{100 * units / orders:.1f}%" if orders else "-")
    table = client.get("/asins", headers=EN).text
    m_returns, m_units, m_orders = expected("M01")
    cells = _cell_numbers(table, alpha.asin)
    assert cells[:3] == [f"{m_returns:,}", f"{m_units:,}", f"{m_orders:,}"]
    assert cells[3] == (f"{100 * m_units / m_orders:.1f}%" if m_orders else "-")


def test_asin_page_shows_causes_with_the_buyers_words_and_its_comments(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    page = client.get(f"/asins/{alpha.asin}", headers=EN)
    assert page.status_code == 200
    comments = [
        r["customer-comments"]
        for r in _rows("fba_returns.tsv")
        if r["asin"].endswith("M01") and r.get("customer-comments")
    ]
    total = len([r for r in _rows("fba_returns.tsv") if r["asin"].endswith("M01")])
    assert f"Root causes ({total} texts)" in page.text
    assert any(comment in page.text for comment in comments)
    found = client.get("/comments", params={"q": "Lid leaks", "kind": "return"}, headers=EN).text
    expected_hits = [c for c in comments if "Lid leaks" in c]
    shown = re.findall(r'<td class="text"[^>]*>([^<]*)</td>', found)
    assert shown == expected_hits and len(shown) >= 1
    record_link = re.search(r'href="(/comments/return/\d+)"', found)
    assert record_link
    record = client.get(record_link.group(1), headers=EN).text
    assert "license_plate_number" in record and "LPNRRFAKE" in record


def test_language_follows_the_browser_until_the_user_chooses(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    assert "退货率" in client.get("/").text  # no Accept-Language: Chinese
    assert "Return rate" in client.get("/", headers=EN).text
    chosen = client.post(
        "/lang",
        data={"csrf": csrf_of(client, "/"), "lang": "zh", "next": "/asins"},
        headers=EN,
        follow_redirects=False,
    )
    assert chosen.headers["location"] == "/asins"
    assert "退货率" in client.get("/", headers=EN).text
    with web_app.sessions() as session:
        assert session.query(User).filter_by(email=alpha.email).one().lang == "zh"


def test_unknown_pages_and_bad_values_get_the_friendly_page(
    client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    log_in(client, alpha.email)
    missing = client.get("/no/such/page", headers=EN)
    assert missing.status_code == 404 and "This page does not exist" in missing.text
    bad = client.get("/asins?days=banana", headers=EN)
    assert bad.status_code == 422 and "days" in bad.text and "Traceback" not in bad.text
    api_bad = client.get("/api/v1/asins?days=0", headers={"Authorization": f"Bearer {alpha.token}"})
    assert api_bad.status_code == 422 and api_bad.json()["error"]["code"] == "bad_request"


def test_the_asin_table_filters_by_product_category(
    web_app: App, client: TestClient, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, bravo = two_tenants
    token = {"Authorization": f"Bearer {alpha.token}"}
    every = [
        r["asin"] for r in client.get("/api/v1/asins?days=3650", headers=token).json()["asins"]
    ]
    chosen = sorted(every)[:2]
    assert len(every) > len(chosen)
    with web_app.sessions.begin() as session:
        for asin in chosen:
            set_product_category(session, tenant_id=alpha.id, asin=asin, category="Kitchen")
        set_product_category(session, tenant_id=alpha.id, asin=sorted(every)[2], category="Toys")
        bravo_asin = session.query(Product.asin).filter(Product.tenant_id == bravo.id).first()[0]
        set_product_category(session, tenant_id=bravo.id, asin=bravo_asin, category="Garden")
    log_in(client, alpha.email)
    page = client.get("/asins?days=3650&category=Kitchen")
    assert page.status_code == 200
    shown = re.findall(r'<td><a href="/asins/(B0\w+)\?', page.text)
    assert sorted(shown) == chosen
    options = re.findall(r'<select name="category".*?</select>', page.text, re.S)[0]
    assert re.findall(r'<option value="(\w+)"', options) == ["Kitchen", "Toys"]  # not bravo's
    api = client.get("/api/v1/asins?days=3650&category=Kitchen", headers=token).json()
    assert sorted(r["asin"] for r in api["asins"]) == chosen and api["total"] == 2
    assert client.get("/asins?days=3650&category=Garden").text.count('<td><a href="/asins/') == 0
