"""`vocloop gaps`: complaint topics the listing leaves unanswered, across languages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths, returns_line, write_returns
from vocloop.analysis.backfill import classify_pending
from vocloop.analysis.classify import Classifier
from vocloop.analysis.topics.refresh import refresh_topics
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.store.access import ensure_tenant

runner = CliRunner()
ASSEMBLY = [
    "The instructions are impossible to follow, I could not assemble it.",
    "Could not put it together, the assembly manual makes no sense.",
    "Assembly took hours because the instructions are so confusing.",
    "Impossible to assemble, the instruction diagrams are unclear.",
]


def test_a_listing_that_explains_assembly_closes_the_gap_one_that_does_not_leaves_it(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    lines = [returns_line(n, comment=ASSEMBLY[n % 4]) for n in range(1, 13)]
    import_paths(app, write_returns(tmp_path / "r.txt", lines), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=tenant_id)
    plain = tmp_path / "plain.txt"
    plain.write_text("Travel mug 350 ml\n• Double-walled steel\n• Black matte finish\n")
    # German bullets answering an English complaint: the comparison crosses languages.
    explained = tmp_path / "explained.txt"
    explained.write_text(
        "Reisebecher 350 ml\n• Einfacher Aufbau: jeder Schritt der Montageanleitung mit Bild\n",
        encoding="utf-8",
    )
    base = ["--db", db_url, "gaps", "--asin", "B0FAKE0M01", "--json", "--listing"]
    before = json.loads(runner.invoke(cli_app, [*base, str(plain)]).stdout)
    after = json.loads(runner.invoke(cli_app, [*base, str(explained)]).stdout)
    assert before["checked_topics"] >= 1
    assert [g["root_cause"] for g in before["gaps"]] == ["usage_difficulty"] * len(before["gaps"])
    assert len(before["gaps"]) == before["checked_topics"]
    assert len(after["gaps"]) < len(before["gaps"])
    empty = runner.invoke(
        cli_app,
        ["--db", db_url, "--lang", "en", "gaps", "--asin", "B0FAKE0M01", "--listing", "-"],
        input="  ",
    )
    assert empty.exit_code == 1 and "the listing text is empty" in empty.output


ALL_LISTINGS_HEADER = (
    "item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\topen-date\timage-url\t"
    "item-is-marketplace\tproduct-id-type\tzshop-shipping-fee\titem-note\titem-condition\t"
    "zshop-category1\tzshop-browse-path\tzshop-storefront-feature\tasin1\tasin2\tasin3\t"
    "will-ship-internationally\texpedited-shipping\tzshop-boldface\tproduct-id\t"
    "bid-for-featured-placement\tadd-delete\tpending-quantity\tfulfillment-channel\tstatus"
)


def _all_listings_row(title: str, description: str, sku: str, asin: str) -> str:
    cells = [title, description, "1122334455", sku, "19.99", "", "2025-11-02 10:12:40 PST"]
    cells += ["", "y", "1", "", "", "11", "", "", "", asin, "", "", "", "", "", asin, "", "", ""]
    cells += ["AMAZON_NA", "Active"]
    return "\t".join(cells)


def test_the_listing_is_read_from_a_listings_report_in_its_encoding(
    app: App, db_url: str, tmp_path: Path, classifier: Classifier
) -> None:
    lines = [returns_line(n, comment=ASSEMBLY[n % 4]) for n in range(1, 13)]
    import_paths(app, write_returns(tmp_path / "r.txt", lines), marketplace="US")
    with app.sessions() as session:
        tenant_id = ensure_tenant(session).id
    classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=tenant_id)
    # Seller Central's All Listings Report, served as Windows-1252 (FORMATS.md: encodings).
    report = tmp_path / "all_listings.txt"
    rows = [
        ALL_LISTINGS_HEADER,
        _all_listings_row("Other product – café edition", "Nothing", "SKU-2", "B0FAKE0X99"),
        _all_listings_row(
            "Travel Mug 350 ml – café black",
            "Double-walled steel. <br>Black matte finish.",
            "SKU-1",
            "B0FAKE0M01",
        ),
    ]
    report.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    # A listings flat file: template row, label row, attribute names, then the listing.
    flat = tmp_path / "flat.txt"
    flat.write_text(
        "TemplateType=fptcustom\tVersion=2025.1\n"
        "Product Name\tASIN\tBullet Point\tBullet Point\tProduct Description\n"
        "item_name\texternal_product_id\tbullet_point1\tbullet_point2\tproduct_description\n"
        "Travel Mug 350 ml\tB0FAKE0M01\tDouble-walled steel\tEasy assembly: every step of the "
        "assembly instructions shown with a picture\tKeeps drinks hot.\n",
        encoding="utf-8",
    )
    base = ["--db", db_url, "gaps", "--asin", "B0FAKE0M01", "--json"]
    plain = runner.invoke(cli_app, [*base, "--listings-report", str(report)])
    assert plain.exit_code == 0, plain.output
    before = json.loads(plain.stdout)
    assert before["checked_topics"] >= 1 and len(before["gaps"]) == before["checked_topics"]
    explained = json.loads(runner.invoke(cli_app, [*base, "--listings-report", str(flat)]).stdout)
    assert len(explained["gaps"]) < len(before["gaps"])  # the bullet point answers assembly

    lang = ["--db", db_url, "--lang", "en", "gaps", "--asin"]
    missing = runner.invoke(cli_app, [*lang, "B0NOTLISTD", "--listings-report", str(report)])
    assert missing.exit_code == 1
    assert f"{report}: no listing for B0NOTLISTD among its 2 listings." in missing.output
    returns_file = tmp_path / "r.txt"
    wrong = runner.invoke(cli_app, [*lang, "B0FAKE0M01", "--listings-report", str(returns_file)])
    assert wrong.exit_code == 1 and "not a listings report" in wrong.output
    both = runner.invoke(
        cli_app, [*lang, "B0FAKE0M01", "--listings-report", str(flat), "--listing", str(flat)]
    )
    assert both.exit_code == 1 and "either as --listing FILE or as --listings-report" in both.output
