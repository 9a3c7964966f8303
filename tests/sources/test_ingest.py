"""Importing into the store, on SQLite and PostgreSQL: idempotent, atomic, filed under the right store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths, returns_line, write_returns
from vocloop.app import App
from vocloop.store.access import count_rows, create_store, create_tenant, get_tenant, list_stores
from vocloop.store.models import ImportBatch, OrderLine, Product, Return, Review, Store


def tenant_id(app: App, slug: str = "default") -> int:
    with app.sessions() as session:
        return get_tenant(session, slug).id


def count(app: App, model: type, slug: str = "default", **filters: object) -> int:
    with app.sessions() as session:
        return count_rows(session, model, tenant_id=get_tenant(session, slug).id, **filters)


def test_fixtures_import_with_exact_counts_then_all_duplicates(app: App) -> None:
    reports = [
        AMAZON_FIXTURES / name
        for name in (
            "fba_returns.tsv",
            "all_orders.tsv",
            "seller_feedback.tsv",
            "fbm_returns.tsv",
            "seller_performance_v2.json",
            "fba_returns_edgecases.tsv",
        )
    ]
    first = import_paths(app, *reports)
    summary = {
        Path(r.path).name: (r.kind, r.records, r.added, r.duplicates, r.rejected) for r in first
    }
    assert summary == {
        "all_orders.tsv": ("all_orders", 12, 12, 0, 0),
        "fba_returns.tsv": ("fba_returns", 31, 31, 0, 0),
        "seller_feedback.tsv": ("seller_feedback", 6, 6, 0, 0),
        "fbm_returns.tsv": ("mfn_returns", 2, 2, 0, 0),
        "seller_performance_v2.json": ("account_health", 1, 1, 0, 0),
        "fba_returns_edgecases.tsv": ("fba_returns", 3, 3, 0, 0),
    }
    assert first[0].kind == "all_orders", "orders go first so returns find their order's store"
    again = import_paths(app, *reports)
    assert [(r.added, r.duplicates, r.rejected) for r in again] == [
        (0, r.records, 0) for r in again
    ]
    assert count(app, Return) == 36
    assert count(app, OrderLine) == 12
    with app.sessions() as session:
        stores = {s.marketplace for s in list_stores(session, tenant_id=tenant_id(app))}
        batches = session.scalar(select(ImportBatch.id).order_by(ImportBatch.id.desc()))
    assert stores == {"US", "DE", "FR", "IT", "ES", "JP"}
    assert batches == 12


def test_returns_are_filed_under_their_orders_store(app: App, tmp_path: Path) -> None:
    # The Amazon.fr order 402-0000013-1000013 was returned to LEJ1 in Germany (Pan-EU).
    import_paths(app, AMAZON_FIXTURES / "all_orders.tsv")
    path = write_returns(
        tmp_path / "r.tsv", [returns_line(1, order="402-0000013-1000013", fc="LEJ1")]
    )
    (result,) = import_paths(app, path)
    assert result.marketplace == "FR"
    with app.sessions() as session:
        store = session.scalar(select(Store).join(Return, Return.store_id == Store.id))
    assert store is not None and store.marketplace == "FR"


def test_overlapping_later_file_adds_only_new_rows(app: App, tmp_path: Path) -> None:
    early = write_returns(tmp_path / "early.tsv", [returns_line(n) for n in range(1, 6)])
    late = write_returns(tmp_path / "late.tsv", [returns_line(n) for n in range(3, 9)])
    (first,) = import_paths(app, early)
    (second,) = import_paths(app, late)
    assert (first.records, first.added, first.duplicates) == (5, 5, 0)
    assert (second.records, second.added, second.duplicates) == (6, 3, 3)
    assert count(app, Return) == 8


def test_repeated_row_within_a_file_is_a_duplicate(app: App, tmp_path: Path) -> None:
    path = write_returns(tmp_path / "r.tsv", [returns_line(1), returns_line(1), returns_line(2)])
    (result,) = import_paths(app, path)
    assert (result.records, result.added, result.duplicates, result.rejected) == (3, 2, 1, 0)


def test_later_orders_report_updates_status_not_count(app: App, tmp_path: Path) -> None:
    import_paths(app, AMAZON_FIXTURES / "all_orders.tsv")
    text = (AMAZON_FIXTURES / "all_orders.tsv").read_text(encoding="utf-8")
    later = text.replace(
        "2026-02-20T22:16:03+00:00\tPending\tAmazon\tAmazon.com\t\tStandard\tVocloop LED Desk Lamp, White\tVL-LAMP-DESK-W\tB0FAKE0L08\tUnshipped",
        "2026-02-22T10:00:00+00:00\tShipped\tAmazon\tAmazon.com\t\tStandard\tVocloop LED Desk Lamp, White\tVL-LAMP-DESK-W\tB0FAKE0L08\tShipped",
    )
    assert later != text
    path = tmp_path / "later_orders.tsv"
    path.write_text(later, encoding="utf-8")
    (result,) = import_paths(app, path)
    assert (result.added, result.duplicates, result.updated) == (0, 12, 1)
    with app.sessions() as session:
        status = session.scalar(
            select(OrderLine.order_status).where(OrderLine.amazon_order_id == "111-0000040-1000040")
        )
    assert status == "Shipped"
    # The older file again changes nothing back.
    (older,) = import_paths(app, AMAZON_FIXTURES / "all_orders.tsv")
    assert older.updated == 0


def test_bad_row_refuses_the_whole_file_and_writes_nothing(app: App, tmp_path: Path) -> None:
    import_paths(app, AMAZON_FIXTURES / "all_orders.tsv")
    before = (count(app, Return), count(app, ImportBatch), count(app, Product))
    lines = [returns_line(n) for n in range(1, 25_000)]  # more than one write chunk
    lines[22_500] = returns_line(22_501, quantity="two")
    lines[22_600] = returns_line(22_601, date="31/02/2026")
    path = write_returns(tmp_path / "r.tsv", lines)
    (result,) = import_paths(app, path)
    assert not result.imported
    assert result.message == (
        f"{path}: line 22502, field 'quantity': quantity 'two' is not a whole number "
        "(1 more bad rows; nothing was imported; --skip-bad-rows imports the good rows)."
    )
    assert [(e.line, e.field) for e in result.errors] == [
        (22502, "quantity"),
        (22602, "return-date"),
    ]
    assert (result.records, result.added, result.rejected) == (24999, 0, 24999)
    assert (count(app, Return), count(app, ImportBatch), count(app, Product)) == before


def test_skip_bad_rows_imports_the_rest_and_lists_the_skipped(app: App, tmp_path: Path) -> None:
    lines = [returns_line(n) for n in range(1, 11)]
    lines[3] = returns_line(4, quantity="x")
    lines.append("2026-02-02T08:14:31+00:00\t111-0000099-0000099\tSKU")  # cut short
    path = write_returns(tmp_path / "r.tsv", lines)
    (result,) = import_paths(app, path, skip_bad_rows=True)
    assert result.imported
    assert (result.records, result.added, result.duplicates, result.rejected) == (11, 9, 0, 2)
    assert [(e.line, e.field) for e in result.errors] == [(5, "quantity"), (12, None)]
    assert "the file may be cut short" in result.errors[1].message
    assert count(app, Return) == 9


def test_unknown_marketplace_rows_need_a_flag(app: App, tmp_path: Path) -> None:
    path = write_returns(tmp_path / "r.tsv", [returns_line(1, fc="ZZZ1")])
    (result,) = import_paths(app, path)
    assert not result.imported
    assert "does not say which marketplace" in (result.message or "")
    (flagged,) = import_paths(app, path, marketplace="UK")
    assert (flagged.added, flagged.marketplace) == (1, "UK")


def test_named_store_and_tenant_receive_every_row(app: App) -> None:
    with app.sessions.begin() as session:
        agency = create_tenant(session, slug="brand-a")
        create_store(session, tenant_id=agency.id, slug="eu-main", marketplace="DE")
    (result,) = import_paths(
        app, AMAZON_FIXTURES / "fba_returns.tsv", tenant="brand-a", store="eu-main"
    )
    assert (result.added, result.marketplace) == (31, "DE")
    assert count(app, Return, "brand-a") == 31
    with app.sessions() as session:
        assert (
            session.scalar(
                select(Store.slug).where(Store.tenant_id == get_tenant(session, "brand-a").id)
            )
            == "eu-main"
        )


def test_products_are_collected_from_reports(app: App) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv")
    with app.sessions() as session:
        mug = session.execute(
            select(Product, Store.marketplace)
            .join(Store, Product.store_id == Store.id)
            .where(Product.asin == "B0FAKE0M01")
        ).all()
    assert {(p.sku, p.fnsku, p.title) for p, _ in mug} == {
        ("VL-MUG-350-BLK", "X00FAKE0M1", "Vocloop Ceramic Travel Mug 350 ml, Black")
    }
    # Returned in PHX7, DUS2, ORY1 and KIX4: listed once in each of those stores.
    assert sorted(code for _, code in mug) == ["DE", "FR", "JP", "US"]


def test_dates_come_back_aware_utc(app: App) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv")
    with app.sessions() as session:
        first = session.scalar(
            select(Return).where(Return.license_plate_number == "LPNRRFAKE000001")
        )
    assert first is not None
    assert first.return_date == dt.datetime(2026, 2, 2, 8, 14, 31, tzinfo=dt.UTC)


def test_file_in_a_folder_with_a_broken_one_still_imports_the_good(
    app: App, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(AMAZON_FIXTURES / "seller_feedback.tsv", folder)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(50))
    results = import_paths(app, folder)
    assert [(Path(r.path).name, r.imported) for r in results] == [
        ("photo.jpg", False),
        ("seller_feedback.tsv", True),
    ]
    assert (
        results[0].message
        == f"{folder / 'photo.jpg'}: this is a JPEG image, not a report vocloop can read."
    )


def test_wrong_tenant_or_store_is_a_user_error(app: App) -> None:
    from vocloop.errors import NotFound

    with pytest.raises(NotFound, match="There is no tenant 'nobody'"):
        import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", tenant="nobody")
    with pytest.raises(NotFound, match="There is no store 'nowhere'"):
        import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", store="nowhere")


def test_over_long_values_are_refused_with_their_field(app: App, tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(
        "asin,date,rating,body,author,marketplace\n"
        "https://www.amazon.com/dp/B0FAKE0M01?ref=abc,2026-02-03,2,Leaks,Ann,US\n"
        f"B0FAKE0M01,2026-02-04,1,Broke,{'x' * 250},US\n",
        encoding="utf-8",
    )
    (result,) = import_paths(app, path)
    assert not result.imported
    assert [(e.line, e.field) for e in result.errors] == [(3, "author")]
    assert result.errors[0].message == "author is 250 characters, at most 200 fit"
    (skipped,) = import_paths(app, path, skip_bad_rows=True)
    assert (skipped.added, skipped.rejected) == (1, 1)
    with app.sessions() as session:
        assert session.scalar(select(Review.asin)) == "B0FAKE0M01"  # taken from the product URL


def test_two_stores_on_one_marketplace_refuse_only_that_file(app: App, tmp_path: Path) -> None:
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="brand-a")
        create_store(session, tenant_id=tenant.id, slug="us-a", marketplace="US")
        create_store(session, tenant_id=tenant.id, slug="us-b", marketplace="US")
        create_store(session, tenant_id=tenant.id, slug="de", marketplace="DE")
    us = write_returns(tmp_path / "us.tsv", [returns_line(1)])
    de = write_returns(tmp_path / "de.tsv", [returns_line(2, fc="LEJ1")])
    results = import_paths(app, de, us, tenant="brand-a")
    assert [(Path(r.path).name, r.imported, r.added) for r in results] == [
        ("de.tsv", True, 1),
        ("us.tsv", False, 0),
    ]
    assert results[1].message == (
        f"{us}: This tenant has several stores on Amazon.com (us-a, us-b); name one with --store."
    )


def test_utf16_orders_file_still_goes_first(app: App, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_returns(
        folder / "a_returns.tsv", [returns_line(1, order="028-0000010-1000010", fc="PHX7")]
    )
    text = (AMAZON_FIXTURES / "all_orders.tsv").read_text(encoding="utf-8")
    (folder / "z_orders.tsv").write_bytes(text.encode("utf-16"))
    results = import_paths(app, folder)
    assert [r.kind for r in results] == ["all_orders", "fba_returns"]
    assert results[1].marketplace == "DE"  # the order's store, not the US warehouse's


def test_skip_bad_rows_with_no_good_row_is_still_a_refusal(app: App, tmp_path: Path) -> None:
    path = write_returns(
        tmp_path / "r.tsv", [returns_line(1, quantity="x"), returns_line(2, quantity="y")]
    )
    (result,) = import_paths(app, path, skip_bad_rows=True)
    assert not result.imported
    assert result.message == (
        f"{path}: none of its 2 rows could be imported; "
        "the first: line 2: quantity 'x' is not a whole number."
    )
    assert count(app, ImportBatch) == 0
