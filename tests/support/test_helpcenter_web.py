"""Help-center pages over HTTP: the buyer's product page and brand home, and the editor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web.conftest import app_routes, csrf_of, log_in
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.store.access import create_tenant
from vocloop.store.models import Brand, HelpContent
from vocloop.support import add_brand_product, create_brand, list_brand_products
from vocloop.support.helpcenter import (
    HelpDocument,
    Question,
    Step,
    add_help_media,
    find_help_document,
    save_help_content,
)
from vocloop.web import create_app
from vocloop.web.page_cache import PageCache, page_key

PASSWORD = "help center password"
ASIN = "B0KETTLE01"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 40
PARAM = re.compile(r"{(\w+)}")


@dataclass
class Seller:
    tenant_id: int
    brand_id: int
    slug: str
    email: str
    media: str


def _seller(app: App, slug: str, *, role: str = "owner") -> Seller:
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug=f"t-{slug}")
        user = create_user(session, email=f"{role}@{slug}.example", password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=tenant.id, role=role)
        brand = create_brand(
            session, tenant_id=tenant.id, slug=slug, name=slug.title(), languages=["en", "de", "ja"]
        )
        add_brand_product(session, tenant_id=tenant.id, brand=brand, asin=ASIN, name="Kettle")
        media = add_help_media(
            session, tenant_id=tenant.id, brand=brand, filename="s.png", data=PNG + slug.encode()
        )
        for lang, document in (
            (
                "en",
                HelpDocument(
                    title="Kettle quick start",
                    intro="Rinse before first use. <script>alert(1)</script>",
                    steps=(Step("Rinse", "Boil once, pour away.", image=media.name),),
                    faq=(Question("Milk?", "Water only."),),
                ),
            ),
            (
                "de",
                HelpDocument(title="Wasserkocher Schnellstart", intro="Vor dem ersten Gebrauch."),
            ),
        ):
            save_help_content(
                session,
                tenant_id=tenant.id,
                brand=brand,
                asin=ASIN,
                lang=lang,
                document=document,
            )
        return Seller(tenant.id, brand.id, slug, user.email, media.name)


@pytest.fixture
def client(app: App) -> Iterator[TestClient]:
    with TestClient(create_app(app, classify_uploads=False), raise_server_exceptions=False) as c:
        yield c


def test_the_product_page_speaks_the_buyers_language_with_fallback(
    app: App, client: TestClient
) -> None:
    seller = _seller(app, "homely")
    german = client.get(f"/h/homely/p/{ASIN}?lang=de")
    assert german.status_code == 200
    assert '<html lang="de">' in german.text and "<h1>Wasserkocher Schnellstart</h1>" in german.text
    assert "Kontakt" in german.text and f"/h/homely/contact?lang=de&amp;asin={ASIN}" in german.text
    # Japanese asked for by the browser: Japanese page words, the English guide, and a note.
    japanese = client.get(f"/h/homely/p/{ASIN}", headers={"Accept-Language": "ja,en;q=0.5"})
    assert '<html lang="ja">' in japanese.text and "Kettle quick start" in japanese.text
    assert (
        "このガイドは日本語ではまだご用意がありません。Englishで表示しています。" in japanese.text
    )
    assert '<article class="help-page" lang="en">' in japanese.text
    # Content is escaped, pictures come from the brand's own media route.
    assert "<script>" not in japanese.text and "&lt;script&gt;" in japanese.text
    assert f'src="/h/homely/media/{seller.media}"' in japanese.text
    picture = client.get(f"/h/homely/media/{seller.media}")
    assert (picture.status_code, picture.headers["content-type"]) == (200, "image/png")
    assert picture.content == PNG + b"homely"


def test_the_product_page_is_cacheable_and_revalidates(app: App, client: TestClient) -> None:
    seller = _seller(app, "homely")
    first = client.get(f"/h/homely/p/{ASIN}?lang=en")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "public, max-age=60"
    assert "script-src" not in first.headers["content-security-policy"]
    assert "default-src 'none'" in first.headers["content-security-policy"]
    again = client.get(f"/h/homely/p/{ASIN}?lang=en", headers={"If-None-Match": etag})
    assert (again.status_code, again.content) == (304, b"")
    cached = client.get(f"/h/homely/p/{ASIN}?lang=en")
    assert (cached.text, cached.headers["etag"]) == (first.text, etag)
    # An editor's save shows at once: the cached page is dropped and the ETag changes.
    log_in(client, seller.email, PASSWORD)
    saved = client.post(
        f"/support/brands/homely/p/{ASIN}",
        data={"csrf": csrf_of(client, "/support"), "lang": "en", "title": "Kettle guide v2"},
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text
    client.cookies.clear()
    changed = client.get(f"/h/homely/p/{ASIN}?lang=en", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and "<h1>Kettle guide v2</h1>" in changed.text
    assert changed.headers["etag"] != etag


def test_unknown_brands_products_and_files_are_404_in_the_buyers_language(
    app: App, client: TestClient
) -> None:
    _seller(app, "homely")
    other = _seller(app, "other")
    for path, words in (
        ("/h/nobody/p/B0KETTLE01", "This page does not exist."),
        ("/h/homely/p/B0NOTHERE0?lang=de", "Diese Seite gibt es nicht."),
        (f"/h/homely/media/{other.media}", "This page does not exist."),  # another brand's file
        ("/h/homely/media/secret.png", "This page does not exist."),
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert words in response.text and "Traceback" not in response.text, path


def test_brand_home_lists_and_searches_the_products(app: App, client: TestClient) -> None:
    _seller(app, "homely")
    home = client.get("/h/homely?lang=de")
    assert home.status_code == 200
    assert f'href="/h/homely/p/{ASIN}?lang=de">Wasserkocher Schnellstart</a>' in home.text
    found = client.get("/h/homely?lang=en&q=milk")
    assert "Kettle quick start" in found.text and "Water only." not in found.text
    assert "Milk?" in found.text
    none = client.get("/h/homely?lang=en&q=dishwasher")
    assert "Nothing matches &#39;dishwasher&#39;." in none.text


def _pages(app: App) -> int:
    with app.sessions() as session:
        return session.scalar(select(func.count()).select_from(HelpContent)) or 0


def test_a_policy_error_blocks_the_save_and_shows_the_span(app: App, client: TestClient) -> None:
    seller = _seller(app, "homely")
    client.headers["Accept-Language"] = "en"  # the team member reads English
    log_in(client, seller.email, PASSWORD)
    csrf = csrf_of(client, f"/support/brands/homely/p/{ASIN}?lang=en")
    refused = client.post(
        f"/support/brands/homely/p/{ASIN}",
        data={
            "csrf": csrf,
            "lang": "en",
            "title": "Kettle",
            "step_title": ["Rinse", "Enjoy"],
            "step_text": ["Boil once.", "Love it? Leave us a 5-star review!"],
            "step_image": ["", ""],
        },
    )
    assert refused.status_code == 422
    assert "Not saved: the policy check found problems" in refused.text
    assert (
        "<code>steps.2.text</code>" in refused.text and "<mark>5-star review</mark>" in refused.text
    )
    assert 'value="Rinse"' in refused.text  # the form keeps what was typed
    assert refused.text.count('name="step_title"') == 4  # the two typed rows and two empty ones
    assert _pages(app) == 2
    with app.sessions() as session:
        brand = session.get(Brand, seller.brand_id)
        kept = find_help_document(
            session,
            tenant_id=seller.tenant_id,
            brand=brand,  # type: ignore[arg-type]
            asin=ASIN,
            lang="en",
        )
    assert kept is not None and kept.title == "Kettle quick start"
    # A bad link is refused with one sentence naming the field.
    bad = client.post(
        f"/support/brands/homely/p/{ASIN}",
        data={"csrf": csrf, "lang": "en", "video_url": "javascript:alert(1)"},
    )
    assert bad.status_code == 422 and "video_url" in bad.text and "not a web address" in bad.text


def test_the_editor_saves_a_new_language_and_the_buyer_sees_it(
    app: App, client: TestClient
) -> None:
    seller = _seller(app, "homely")
    log_in(client, seller.email, PASSWORD)
    form = client.get(f"/support/brands/homely/p/{ASIN}?lang=ja")
    assert "Kettle quick start" in form.text  # starts from the default language's page
    saved = client.post(
        f"/support/brands/homely/p/{ASIN}",
        data={
            "csrf": csrf_of(client, "/support"),
            "lang": "ja",
            "title": "電気ケトル クイックスタート",
            "question": ["牛乳を温められますか?", ""],
            "answer": ["いいえ、水専用です。", ""],
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303
    page = client.get(f"/h/homely/p/{ASIN}?lang=ja")
    assert "<h1>電気ケトル クイックスタート</h1>" in page.text and "help-fallback" not in page.text
    assert "<summary>牛乳を温められますか?</summary>" in page.text


def test_another_tenants_editor_routes_answer_404_and_change_nothing(
    app: App, client: TestClient
) -> None:
    _seller(app, "homely")
    intruder = _seller(app, "rival")
    log_in(client, intruder.email, PASSWORD)
    csrf = csrf_of(client, "/support")
    values = {"slug": "homely", "asin": ASIN}
    walked = []
    for method, route in app_routes(client):
        if not route.startswith("/support/brands/") or not PARAM.search(route):
            continue
        path = PARAM.sub(lambda match: values[match.group(1)], route)
        if method == "GET":
            response = client.get(path)
        else:
            form = {"csrf": csrf, "lang": "en", "title": "Taken over", "name": "Taken over"}
            form |= {"languages": "en", "asin": "B0TAKEOVER"}
            response = client.post(path, data=form, files={"file": ("x.png", PNG)})
        assert response.status_code == 404, (method, path, response.status_code)
        assert 'class="error"' in response.text and "Kettle quick start" not in response.text
        walked.append(f"{method} {route}")
    assert sorted(walked) == [
        "GET /support/brands/{slug}",
        "GET /support/brands/{slug}/p/{asin}",
        "POST /support/brands/{slug}",
        "POST /support/brands/{slug}/media",
        "POST /support/brands/{slug}/p/{asin}",
        "POST /support/brands/{slug}/products",
    ]
    with app.sessions() as session:
        brand = session.scalar(select(Brand).where(Brand.slug == "homely"))
        assert brand is not None and brand.name == "Homely"
        assert [p.asin for p in list_brand_products(session, brand=brand)] == [ASIN]
    assert _pages(app) == 4
    assert "Taken over" not in client.get(f"/h/homely/p/{ASIN}?lang=en").text
    # The own brand's editor works for the same user.
    assert client.get(f"/support/brands/rival/p/{ASIN}").status_code == 200


def test_roles_without_manage_support_cannot_open_the_editor(app: App, client: TestClient) -> None:
    _seller(app, "homely")
    with app.sessions.begin() as session:
        brand = session.scalar(select(Brand).where(Brand.slug == "homely"))
        assert brand is not None
        user = create_user(session, email="viewer@homely.example", password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=brand.tenant_id, role="viewer")
    log_in(client, "viewer@homely.example", PASSWORD)
    assert client.get("/support").status_code == 403
    assert client.get(f"/support/brands/homely/p/{ASIN}").status_code == 403


def test_a_policy_warning_is_saved_and_shown_for_a_person_to_check(
    app: App, client: TestClient
) -> None:
    seller = _seller(app, "homely")
    client.headers["Accept-Language"] = "en"
    log_in(client, seller.email, PASSWORD)
    saved = client.post(
        f"/support/brands/homely/p/{ASIN}",
        data={
            "csrf": csrf_of(client, "/support"),
            "lang": "en",
            "title": "Kettle",
            "question": ["Where do I get spare lids?"],
            "answer": ["Buy refills directly on our website."],
        },
    )
    assert saved.status_code == 200
    assert "Saved, with warnings a person should look at:" in saved.text
    assert "<code>faq.1.answer</code>" in saved.text and "DIV-01" in saved.text
    with app.sessions() as session:
        brand = session.get(Brand, seller.brand_id)
        kept = find_help_document(
            session,
            tenant_id=seller.tenant_id,
            brand=brand,  # type: ignore[arg-type]
            asin=ASIN,
            lang="en",
        )
    assert kept is not None
    assert [(q.question, q.answer) for q in kept.faq] == [
        ("Where do I get spare lids?", "Buy refills directly on our website.")
    ]
    # The editor shows the warning again when the page is opened later.
    assert "DIV-01" in client.get(f"/support/brands/homely/p/{ASIN}?lang=en").text


def test_the_team_adds_a_product_from_the_brand_page(app: App, client: TestClient) -> None:
    seller = _seller(app, "homely")
    client.headers["Accept-Language"] = "en"
    log_in(client, seller.email, PASSWORD)
    csrf = csrf_of(client, "/support/brands/homely")
    bad = client.post(
        "/support/brands/homely/products", data={"csrf": csrf, "asin": "B0SHORT", "name": "X"}
    )
    assert bad.status_code == 422 and "&#39;B0SHORT&#39; is not an ASIN" in bad.text
    added = client.post(
        "/support/brands/homely/products",
        data={"csrf": csrf, "asin": "b0toaster1", "name": "Toaster"},
        follow_redirects=False,
    )
    assert added.status_code == 303
    with app.sessions() as session:
        brand = session.get(Brand, seller.brand_id)
        names = [(p.asin, p.name) for p in list_brand_products(session, brand=brand)]  # type: ignore[arg-type]
    assert names == [(ASIN, "Kettle"), ("B0TOASTER1", "Toaster")]
    page = client.get("/h/homely/p/B0TOASTER1?lang=en")
    assert page.status_code == 200 and "<h1>Toaster</h1>" in page.text
    assert "The guide for this product is being written." in page.text


def test_the_page_cache_is_bounded_expires_and_forgets_a_brand() -> None:
    cache = PageCache(seconds=60, size=2)
    for n, brand in enumerate(("a", "a", "b")):
        cache.put(page_key(f"/h/{brand}/p/{n}", "", "de"), brand=brand, etag=f'"{n}"', body=b"x")
    assert cache.get(page_key("/h/a/p/0", "", "de")) is None  # the oldest made room
    assert cache.get(page_key("/h/a/p/1", "", "de-DE,de;q=0.9")) is not None  # same languages
    assert cache.get(page_key("/h/a/p/1", "", "ja")) is None
    cache.forget_brand("a")
    assert cache.get(page_key("/h/a/p/1", "", "de")) is None
    assert cache.get(page_key("/h/b/p/2", "", "de")) is not None
    stale = PageCache(seconds=0)
    stale.put(page_key("/h/a", "", None), brand="a", etag='"1"', body=b"x")
    assert stale.get(page_key("/h/a", "", None)) is None
