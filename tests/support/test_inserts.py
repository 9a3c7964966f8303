"""Insert cards: policy-checked words, a printable PDF whose QR code (decoded from the rendered
page) leads to a counted scan URL and on to the product's help page; the team's page and CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from typer.testing import CliRunner

from tests.support.warranty_setup import (
    KETTLE,
    LAMP,
    NOW,
    PASSWORD,
    BrandSetup,
    csrf_in,
    log_in,
    make_brand,
    web_client,
)
from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.demo.inserts import add_demo_inserts
from vocloop.demo.products import PRODUCTS
from vocloop.policy import Severity
from vocloop.store.models import Brand, InsertCard
from vocloop.support import BUYER_LANGS, add_brand_product
from vocloop.support.inserts import (
    InsertPolicyError,
    InsertRequest,
    check_insert_words,
    default_body,
    default_title,
    make_insert,
    render_insert_pdf,
    scan_url,
)

runner = CliRunner()
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed"
)


def _make(app: App, setup: BrandSetup, **fields: object) -> InsertCard:
    request = InsertRequest(**{"asin": KETTLE, "lang": "en", **fields})  # type: ignore[arg-type]
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        return make_insert(
            session,
            tenant_id=setup.tenant_id,
            brand=brand,
            request=request,
            created_by="test",
            now=NOW,
        )


def _card(app: App, card_id: int) -> InsertCard:
    with app.sessions() as session:
        card = session.get(InsertCard, card_id)
        assert card is not None
        return card


def _decode_pdf(pdf: bytes, folder: Path) -> tuple[list[str], str, str]:
    """(QR texts found on the rendered page, the page's text, pdfinfo's page size line)."""
    source = folder / "card.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(source), str(folder / "card")],
        check=True,
        timeout=60,
    )
    codes = [found.text for found in zxingcpp.read_barcodes(Image.open(folder / "card.png"))]
    text = subprocess.run(
        ["pdftotext", str(source), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    info = subprocess.run(
        ["pdfinfo", str(source)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    pages = next(line for line in info.splitlines() if line.startswith("Pages"))
    assert pages.split()[-1] == "1"
    return codes, text, size


@needs_poppler
def test_the_printed_qr_code_leads_through_a_counted_scan_to_the_product_page(
    app: App, tmp_path: Path
) -> None:
    setup = make_brand(app)
    card = _make(app, setup, lang="ja", size="a7")
    with app.sessions() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        url = scan_url(brand, card, "http://help.test")
        pdf = render_insert_pdf(card, brand_name=brand.name, url=url)
    codes, text, size = _decode_pdf(pdf, tmp_path)
    assert codes == [f"http://help.test/q/{card.code}"]
    assert size.split(":")[1].split("pts")[0].split() == ["209.764", "x", "297.638"]  # A7
    assert "Kettle K1" in text and "はじめにお読みください" in text
    with web_client(app) as client:
        for _ in range(2):
            scanned = client.get(f"/q/{card.code}", follow_redirects=False)
            assert scanned.status_code == 302
            assert scanned.headers["location"] == f"/h/homely/p/{KETTLE}?lang=ja"
            assert scanned.headers["cache-control"] == "no-store"
        assert client.get("/q/zzzzzzzz", follow_redirects=False).status_code == 404
    counted = _card(app, card.id)
    assert (counted.scans, counted.last_scan_at) == (2, NOW)


@needs_poppler
@pytest.mark.parametrize("size", ["a6", "4x6in", "3.5x5in"])
def test_every_size_prints_a_readable_code(app: App, tmp_path: Path, size: str) -> None:
    setup = make_brand(app)
    card = _make(app, setup, lang="de", size=size)
    pdf = render_insert_pdf(
        card, brand_name="Homely", url=f"https://help.homely.example/q/{card.code}"
    )
    codes, text, _ = _decode_pdf(pdf, tmp_path)
    assert codes == [f"https://help.homely.example/q/{card.code}"]
    assert "Erste Schritte mit Kettle K1" in text


def test_each_print_run_is_a_version_with_its_own_code_and_count(app: App) -> None:
    setup = make_brand(app)
    first, second = _make(app, setup), _make(app, setup, lang="de")
    lamp = _make(app, setup, asin=LAMP)
    assert [(c.asin, c.version) for c in (first, second, lamp)] == [
        (KETTLE, 1),
        (KETTLE, 2),
        (LAMP, 1),
    ]
    assert len({first.code, second.code, lamp.code}) == 3
    with web_client(app) as client:
        client.get(f"/q/{second.code}", follow_redirects=False)
    assert [_card(app, c.id).scans for c in (first, second, lamp)] == [0, 1, 0]


def test_policy_errors_refuse_the_card_and_warnings_need_a_sign_off(app: App) -> None:
    setup = make_brand(app)
    with pytest.raises(InsertPolicyError) as refused:
        _make(app, setup, body="Leave a 5-star review and get a free gift!", accept_warnings=True)
    assert {f.rule for f in refused.value.findings} >= {"REV-01", "REV-02"}
    social = "Follow us on Instagram for new setup videos."
    with pytest.raises(InsertPolicyError) as held:
        _make(app, setup, body=social)
    assert [f.rule for f in held.value.findings] == ["DIV-05"]
    with app.sessions() as session:
        assert session.query(InsertCard).count() == 0
    signed = _make(app, setup, body=social, accept_warnings=True)
    assert [w["rule"] for w in signed.warnings] == ["DIV-05"]


@pytest.mark.parametrize("lang", BUYER_LANGS)
def test_the_default_words_pass_the_insert_rules(lang: str) -> None:
    findings = check_insert_words(default_title(lang, "Kettle K1"), default_body(lang), lang)
    assert [f.rule for f in findings if f.severity is not Severity.INFO] == []


def test_the_team_makes_a_card_on_the_insert_page_and_downloads_its_pdf(app: App) -> None:
    setup = make_brand(app)
    with web_client(app) as client:
        log_in(client, setup.owner)
        page = client.get("/support/inserts?brand=homely")
        assert page.status_code == 200 and "Kettle K1" in page.text
        form = {"csrf": csrf_in(page.text), "brand": "homely", "asin": KETTLE, "size": "a6"}
        bad = client.post(
            "/support/inserts",
            data={
                **form,
                "lang": "en",
                "body": "Problem? Contact us before leaving a negative review!",
            },
        )
        assert bad.status_code == 400 and "REV-04" in bad.text
        assert "<mark>before leaving a negative review</mark>" in bad.text
        assert "文字违反亚马逊插卡规则" in bad.text  # the app's language, not the checker's English
        social = {**form, "lang": "en", "body": "Follow us on Instagram for new setup videos."}
        held = client.post("/support/inserts", data=social)
        assert held.status_code == 400 and "文字需要人工确认" in held.text and "DIV-05" in held.text
        assert _all_cards(app) == []
        made = client.post("/support/inserts", data={**form, "lang": "de"}, follow_redirects=False)
        assert made.status_code == 303
        signed = client.post("/support/inserts", data={**social, "accept_warnings": "yes"})
        assert signed.status_code == 200 and "DIV-05" in signed.text  # kept with the card
        card, social_card = _all_cards(app)
        assert (card.lang, social_card.warnings[0]["rule"]) == ("de", "DIV-05")
        listing = client.get(made.headers["location"])
        assert f"http://help.test/q/{card.code}" in listing.text
        assert "已生成插卡 B0KETTLE01 v1" in listing.text  # the app speaks Chinese by default
        pdf = client.get(f"/support/inserts/{card.id}/pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert f"insert-{KETTLE}-v1-de-a6.pdf" in pdf.headers["content-disposition"]


def _all_cards(app: App) -> list[InsertCard]:
    with app.sessions() as session:
        return list(session.query(InsertCard).order_by(InsertCard.id))


def test_another_tenant_sees_none_of_the_cards_and_agents_may_not_make_them(app: App) -> None:
    setup = make_brand(app)
    other = make_brand(app, tenant="two", slug="other")
    card = _make(app, setup)
    with app.sessions.begin() as session:
        agent = create_user(session, email="agent@one.example", password=PASSWORD)
        add_membership(session, user_id=agent.id, tenant_id=setup.tenant_id, role="agent")
    with web_client(app) as client:
        log_in(client, other.owner)
        token = csrf_in(client.get("/support/inserts").text)
        attempts = [
            client.get(f"/support/inserts/{card.id}/pdf"),
            client.get("/support/inserts?brand=homely"),
            client.post(
                "/support/inserts",
                data={"csrf": token, "brand": "homely", "asin": KETTLE, "lang": "en"},
            ),
        ]
        assert [r.status_code for r in attempts] == [404, 404, 404]
        assert all(card.code not in r.text and "Kettle" not in r.text for r in attempts)
        mine = client.get("/support/inserts")
        assert "Other" in mine.text and "homely" not in mine.text
        client.cookies.clear()
        log_in(client, "agent@one.example")
        assert client.get("/support/inserts").status_code == 403
    assert len(_all_cards(app)) == 1


def _cli(db: str, *args: str) -> object:
    return runner.invoke(cli_app, ["--db", db, "--lang", "en", *args])


def test_cli_makes_lists_and_refuses_clearly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    app = App.open(Settings(database_url=db, data_dir=tmp_path / "data"))
    make_brand(app)
    app.close()
    base = ["inserts", "make", "--tenant", "one", "--brand", "homely", "--asin", KETTLE]
    no_url = _cli(db, *base)
    assert no_url.exit_code == 1  # type: ignore[attr-defined]
    assert no_url.stderr.strip().startswith("Error: Brand 'homely' has no public address")  # type: ignore[attr-defined]
    bad = tmp_path / "bad.txt"
    bad.write_text("Use code THANKS15 for 15% off your next order.", encoding="utf-8")
    refused = _cli(db, *base, "--server-url", "http://h.test", "--text", str(bad))
    assert refused.exit_code == 1  # type: ignore[attr-defined]
    assert "Error: The insert text breaks rule DIV-02" in refused.stderr  # type: ignore[attr-defined]
    out = tmp_path / "card.pdf"
    made = _cli(
        db, *base, "--lang", "ja", "--size", "a7", "--server-url", "http://h.test", "-o", str(out)
    )
    assert made.exit_code == 0, made.stderr  # type: ignore[attr-defined]
    assert out.read_bytes().startswith(b"%PDF")
    listed = _cli(db, "inserts", "list", "--tenant", "one", "--brand", "homely", "--json")
    [row] = json.loads(listed.stdout)["inserts"]  # type: ignore[attr-defined]
    assert (row["asin"], row["version"], row["lang"], row["size"], row["scans"]) == (
        KETTLE,
        1,
        "ja",
        "a7",
        0,
    )
    assert f"http://h.test/q/{row['code']}" in made.stdout  # type: ignore[attr-defined]
    again = _cli(
        db,
        "inserts",
        "pdf",
        str(row["id"]),
        "--tenant",
        "one",
        "--server-url",
        "http://h.test",
        "-o",
        str(tmp_path / "again.pdf"),
    )
    assert again.exit_code == 0 and (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")  # type: ignore[attr-defined]
    other_size = _cli(db, *base, "--size", "a4", "--server-url", "http://h.test")
    assert (
        other_size.stderr.strip()
        == "Error: 'a4' is not an insert size; use one of a6, a7, 4x6in, 3.5x5in."
    )  # type: ignore[attr-defined]


def test_the_demo_brand_gets_cards_in_three_languages(app: App) -> None:
    setup = make_brand(app, slug="demo-home")
    chosen = [p for p in PRODUCTS if "ja" in p.wording][:3]
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        for product in chosen:
            add_brand_product(
                session, tenant_id=setup.tenant_id, brand=brand, asin=product.asin, name="Demo"
            )
        made = add_demo_inserts(session, tenant_id=setup.tenant_id, brand=brand, today=NOW.date())
    cards = _all_cards(app)
    assert made == 9 == len(cards)
    assert [(c.asin, c.version, c.lang) for c in cards[:3]] == [
        (chosen[0].asin, 1, "en"),
        (chosen[0].asin, 2, "de"),
        (chosen[0].asin, 3, "ja"),
    ]
