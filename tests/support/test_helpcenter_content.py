"""Help-center content: saved per product and language, policy-checked, read back with fallback."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vocloop.app import App
from vocloop.errors import NotFound, UserError
from vocloop.store.access import create_tenant
from vocloop.store.models import Brand, HelpContent
from vocloop.support import add_brand_product, create_brand
from vocloop.support.helpcenter import (
    ContentRejected,
    HelpDocument,
    Question,
    Step,
    Trouble,
    add_help_media,
    brand_home_entries,
    export_help_center,
    find_help_document,
    import_help_center,
    load_product_page,
    read_document,
    save_help_content,
    update_brand_settings,
)

ASIN = "B0KETTLE01"
GUIDE_EN = HelpDocument(
    title="Kettle quick start",
    intro="Boil water safely in three steps.",
    steps=(Step("Rinse", "Fill to MAX, boil once and pour the water away."),),
    troubleshooting=(Trouble("The light stays off", "Push the plug fully into the base."),),
    faq=(Question("Can I boil milk?", "No, the kettle is made for water only."),),
)
GUIDE_DE = HelpDocument(
    title="Wasserkocher Schnellstart",
    intro="In drei Schritten sicher Wasser kochen.",
    steps=(Step("Ausspülen", "Bis MAX füllen, einmal aufkochen, Wasser weggießen."),),
)


def _brand(app: App, slug: str = "homely", tenant: str = "one") -> tuple[int, int]:
    with app.sessions.begin() as session:
        owner = create_tenant(session, slug=tenant)
        brand = create_brand(
            session, tenant_id=owner.id, slug=slug, name="Homely", languages=["en", "de", "ja"]
        )
        add_brand_product(session, tenant_id=owner.id, brand=brand, asin=ASIN, name="Kettle")
        return owner.id, brand.id


def _save(app: App, tenant_id: int, brand_id: int, lang: str, document: HelpDocument) -> None:
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        save_help_content(
            session, tenant_id=tenant_id, brand=brand, asin=ASIN, lang=lang, document=document
        )


def _count(app: App) -> int:
    with app.sessions() as session:
        return session.scalar(select(func.count()).select_from(HelpContent)) or 0


def test_pages_fall_back_from_the_buyers_language_to_the_brands_default(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    _save(app, tenant_id, brand_id, "en", GUIDE_EN)
    _save(app, tenant_id, brand_id, "de", GUIDE_DE)
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        german = load_product_page(session, brand, ASIN, accept_language="de-DE,de;q=0.9")
        japanese = load_product_page(session, brand, ASIN, requested="ja")
        url_wins = load_product_page(session, brand, ASIN, requested="en", accept_language="de")
        missing = load_product_page(session, brand, "B0NOTHERE0", requested="de")
    assert german is not None and german.document == GUIDE_DE
    assert (german.buyer_lang, german.content_lang, german.is_fallback) == ("de", "de", False)
    # No Japanese guide yet: Japanese page words, the guide in the brand's default (English).
    assert japanese is not None and japanese.document == GUIDE_EN
    assert (japanese.buyer_lang, japanese.content_lang, japanese.is_fallback) == ("ja", "en", True)
    assert japanese.available == ("en", "de")
    assert url_wins is not None and url_wins.content_lang == "en"
    assert missing is None
    assert len({german.etag, japanese.etag, url_wins.etag}) == 3


def test_a_save_changes_the_pages_etag(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    _save(app, tenant_id, brand_id, "en", GUIDE_EN)
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        before = load_product_page(session, brand, ASIN)  # type: ignore[arg-type]
    _save(app, tenant_id, brand_id, "en", GUIDE_EN.__class__(title="Kettle guide"))
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        after = load_product_page(session, brand, ASIN)  # type: ignore[arg-type]
    assert before is not None and after is not None
    assert before.etag != after.etag
    assert after.document is not None and after.document.title == "Kettle guide"


@pytest.mark.parametrize(
    ("_case", "lang", "document", "place", "span", "rule"),
    [
        (
            "review ask in the intro",
            "en",
            HelpDocument(intro="Love it? Leave us a 5-star review!"),
            "intro",
            "5-star review",
            "REV-01",
        ),
        (
            "incentive in a German FAQ answer",
            "de",
            HelpDocument(
                faq=(
                    Question(
                        "Gibt es ein Geschenk?",
                        "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein.",
                    ),
                )
            ),
            "faq.1.answer",
            "Gutschein",
            "REV-02",
        ),
    ],
)
def test_policy_errors_refuse_the_save_and_name_field_and_span(
    app: App, _case: str, lang: str, document: HelpDocument, place: str, span: str, rule: str
) -> None:
    tenant_id, brand_id = _brand(app)
    _save(app, tenant_id, brand_id, "en", GUIDE_EN)
    with pytest.raises(ContentRejected) as refused:
        _save(app, tenant_id, brand_id, lang, document)
    note = next(note for note in refused.value.notes if note.rule == rule)
    assert (note.place, note.severity) == (place, "error")
    assert span.casefold() in note.span.casefold()
    text = dict(document.texts())[place]
    assert text[note.start : note.end] == note.span
    assert _count(app) == 1  # the English page only; nothing of the refused one
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        kept = find_help_document(
            session,
            tenant_id=tenant_id,
            brand=brand,  # type: ignore[arg-type]
            asin=ASIN,
            lang="en",
        )
    assert kept == GUIDE_EN


def test_another_tenant_can_neither_read_nor_write_the_brands_pages(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    _save(app, tenant_id, brand_id, "en", GUIDE_EN)
    with app.sessions.begin() as session:
        intruder = create_tenant(session, slug="two").id
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        with pytest.raises(NotFound):
            find_help_document(session, tenant_id=intruder, brand=brand, asin=ASIN, lang="en")
        with pytest.raises(NotFound):
            save_help_content(
                session, tenant_id=intruder, brand=brand, asin=ASIN, lang="en", document=GUIDE_DE
            )
        with pytest.raises(NotFound):
            export_help_center(session, tenant_id=intruder, brand=brand)
    assert _count(app) == 1


def test_a_language_the_brand_does_not_offer_is_refused(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    with pytest.raises(UserError, match="does not offer 'fr'"):
        _save(app, tenant_id, brand_id, "fr", GUIDE_EN)
    assert _count(app) == 0


def test_documents_with_bad_links_or_shapes_are_refused_with_their_place() -> None:
    with pytest.raises(UserError, match=r"steps\.1\.image 'javascript:alert\(1\)'"):
        read_document({"steps": [{"title": "x", "image": "javascript:alert(1)"}]})
    with pytest.raises(UserError, match="'price' is not a help-page section"):
        read_document({"title": "x", "price": 3})
    with pytest.raises(UserError, match="faq must be a list of objects"):
        read_document({"faq": "no"})


def test_export_then_import_into_another_brand_gives_the_same_pages(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    picture = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        media = add_help_media(
            session, tenant_id=tenant_id, brand=brand, filename="step.png", data=picture
        )
        illustrated = HelpDocument(
            title="Kettle", steps=(Step("Rinse", "Boil once.", image=media.name),)
        )
    _save(app, tenant_id, brand_id, "en", illustrated)
    _save(app, tenant_id, brand_id, "de", GUIDE_DE)
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        exported = export_help_center(session, tenant_id=tenant_id, brand=brand)  # type: ignore[arg-type]
    with app.sessions.begin() as session:
        other = create_brand(
            session, tenant_id=tenant_id, slug="homely-eu", name="Homely EU", languages=["de", "en"]
        )
        summary = import_help_center(session, tenant_id=tenant_id, brand=other, data=exported)
        other_id = other.id
    assert (summary.pages, summary.products_added, summary.media) == (2, 1, 1)
    with app.sessions() as session:
        other = session.get(Brand, other_id)
        again = export_help_center(session, tenant_id=tenant_id, brand=other)  # type: ignore[arg-type]
    assert again["products"] == exported["products"]
    assert again["media"] == exported["media"]


def test_an_import_with_one_bad_page_writes_nothing(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    data = {
        "format": "vocloop-helpcenter",
        "version": 1,
        "products": [
            {"asin": ASIN, "pages": {"en": GUIDE_EN.as_dict()}},
            {
                "asin": "B0NEWPROD1",
                "name": "Toaster",
                "pages": {"de": {"intro": "Bitte hinterlassen Sie uns eine 5-Sterne-Bewertung."}},
            },
        ],
    }
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        with pytest.raises(ContentRejected, match="REV-01"):
            import_help_center(session, tenant_id=tenant_id, brand=brand, data=data)
    assert _count(app) == 0
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        assert [e.asin for e in brand_home_entries(session, brand, lang="en")] == [ASIN]  # type: ignore[arg-type]


def test_brand_home_search_looks_into_the_guides(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        add_brand_product(
            session, tenant_id=tenant_id, brand=brand, asin="B0TOASTER1", name="Toaster"
        )
    _save(app, tenant_id, brand_id, "en", GUIDE_EN)
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        everything = brand_home_entries(session, brand, lang="en")
        plug = brand_home_entries(session, brand, lang="en", query="PLUG base")
        nothing = brand_home_entries(session, brand, lang="en", query="dishwasher")
    assert [entry.asin for entry in everything] == [ASIN, "B0TOASTER1"]
    assert [(entry.asin, entry.snippet) for entry in plug] == [
        (ASIN, "Push the plug fully into the base.")
    ]
    assert nothing == []


def test_brand_settings_change_together_or_not_at_all(app: App) -> None:
    tenant_id, brand_id = _brand(app)
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        with pytest.raises(UserError, match="'xx' is not"):
            update_brand_settings(
                session,
                tenant_id=tenant_id,
                brand=brand,
                name="Renamed",
                languages=["de", "xx"],
                support_email=None,
                public_base_url=None,
            )
    with app.sessions.begin() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None and brand.name == "Homely"
        update_brand_settings(
            session,
            tenant_id=tenant_id,
            brand=brand,
            name="Homely Europe",
            languages=["de", "en"],
            support_email="help@homely.example",
            public_base_url="https://help.homely.example/",
        )
    with app.sessions() as session:
        brand = session.get(Brand, brand_id)
        assert brand is not None
        assert (brand.name, brand.default_lang, brand.languages) == (
            "Homely Europe",
            "de",
            ["de", "en"],
        )
        assert brand.public_base_url == "https://help.homely.example"


def test_the_demo_guides_pass_the_policy_check_and_carry_their_pictures(app: App) -> None:
    from vocloop.demo.helpcenter_pages import DEMO_GUIDES, add_demo_help_pages

    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="demo")
        brand = create_brand(
            session,
            tenant_id=tenant.id,
            slug="demo-home",
            name="Homely",
            languages=["en", "de", "ja", "zh"],
        )
        for asin, kind, _, _ in DEMO_GUIDES:
            add_brand_product(session, tenant_id=tenant.id, brand=brand, asin=asin, name=kind)
        made = add_demo_help_pages(session, tenant_id=tenant.id, brand=brand)
    assert made == 8  # kettle en/de, charger en/de/ja, desk en/de/ja
    with app.sessions() as session:
        brand = session.scalar(select(Brand).where(Brand.slug == "demo-home"))
        assert brand is not None
        desk = load_product_page(session, brand, "B0DEMODK12", requested="ja")
        kettle = load_product_page(session, brand, "B0DEMOKT17", requested="ja")
        exported = export_help_center(session, tenant_id=brand.tenant_id, brand=brand)
    assert desk is not None and desk.document is not None and desk.content_lang == "ja"
    assert len({step.image for step in desk.document.steps}) == 3  # one picture per step
    assert {step.image for step in desk.document.steps} == desk.document.media_names()
    assert kettle is not None and (kettle.content_lang, kettle.is_fallback) == ("en", True)
    assert len(exported["media"]) == 6  # 2 kettle + 1 charger + 3 desk pictures, each a PNG
    assert all(name.endswith(".png") for name in exported["media"])
