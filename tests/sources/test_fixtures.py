"""Every shared Amazon fixture parses to exactly the records it holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import AMAZON_FIXTURES
from vocloop.errors import UnsupportedReportError
from vocloop.sources.files import expand_paths
from vocloop.sources.reports import ParsedRow, open_report


def parse(name: str, **kwargs: object) -> tuple[str, list[ParsedRow]]:
    (source,) = expand_paths([AMAZON_FIXTURES / name])
    opened = open_report(source, **kwargs)  # type: ignore[arg-type]
    return opened.kind.name, list(opened.rows)


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def test_fba_returns_fixture_rows_are_exact() -> None:
    kind, rows = parse("fba_returns.tsv")
    assert kind == "fba_returns"
    assert len(rows) == 31
    assert all(not row.problems for row in rows)
    first = rows[0].record
    assert first is not None
    assert {k: v for k, v in first.items() if k != "natural_key"} == {
        "channel": "FBA",
        "return_date": utc("2026-02-02T08:14:31+00:00"),
        "order_id": "111-0000001-1000001",
        "sku": "VL-MUG-350-BLK",
        "asin": "B0FAKE0M01",
        "fnsku": "X00FAKE0M1",
        "product_name": "Vocloop Ceramic Travel Mug 350 ml, Black",
        "quantity": 1,
        "fulfillment_center_id": "PHX7",
        "detailed_disposition": "SELLABLE",
        "reason": "UNWANTED_ITEM",
        "status": "Unit returned to inventory",
        "license_plate_number": "LPNRRFAKE000001",
        "customer_comments": None,
        "extra": None,
    }
    assert rows[0].line == 2 and rows[0].marketplace_hint == "US"
    by_lpn = {row.record["license_plate_number"]: row for row in rows if row.record}
    assert by_lpn["LPNRRFAKE000009"].record["quantity"] == 2  # the one 2-unit row
    german = by_lpn["LPNRRFAKE000010"]
    assert german.record["customer_comments"] == (
        "Ladegerät wird extrem heiß und schaltet nach 10 Minuten ab. Laptop lädt nicht."
    )
    assert german.marketplace_hint == "DE"
    japanese = by_lpn["LPNRRFAKE000023"].record
    assert japanese["customer_comments"] == "肌に合いませんでした。"
    assert by_lpn["LPNRRFAKE000021"].record["product_name"] == "Vocloop 65W USB-C 急速充電器 (JP)"
    # The last two rows are one order with two units (two LPNs): two records, two keys.
    assert by_lpn["LPNRRFAKE000030"].record["customer_comments"] == (
        "Gift, recipient already had one. 😊"
    )
    keys = {row.record["natural_key"] for row in rows if row.record}
    assert len(keys) == 31
    reasons = {row.record["reason"] for row in rows if row.record}
    assert len(reasons) == 18
    assert sum(row.record["quantity"] for row in rows if row.record) == 32


def test_fba_returns_edge_cases_keep_quoted_text_whole() -> None:
    _, rows = parse("fba_returns_edgecases.tsv")
    assert [row.line for row in rows] == [2, 4, 5]
    comments = [row.record["customer_comments"] for row in rows if row.record]
    assert comments == [
        "Two lines:\nsleeves short\tand tight",
        'Kabel "USB-C" defekt, sagt der "Tester"',
        None,
    ]
    empty = rows[2].record
    assert empty["order_id"] is None and empty["reason"] is None


def test_all_orders_fixture() -> None:
    kind, rows = parse("all_orders.tsv")
    assert kind == "all_orders"
    assert len(rows) == 12
    assert [row.marketplace for row in rows] == [
        "US",
        "US",
        "US",
        "US",
        "US",
        "DE",
        "DE",
        "FR",
        "ES",
        "IT",
        "JP",
        "JP",
    ]
    vine = rows[1].record
    assert vine["is_vine"] is True and vine["promotion_ids"] == "Vine.Enrollment.FAKE-0001"
    pending = rows[3].record
    assert pending["order_status"] == "Pending" and pending["item_price"] is None
    cancelled = rows[4].record
    assert cancelled["order_status"] == "Cancelled" and cancelled["quantity"] == 0
    jp = rows[10].record
    assert jp["item_price"] == Decimal("4980") and jp["currency"] == "JPY"
    assert jp["purchase_date"] == utc("2026-02-05T03:11:42+00:00")
    assert rows[6].record["is_business_order"] is True
    # Buyer city and postal code are personal data and are not kept.
    assert all("ship-city" not in (row.record["extra"] or {}) for row in rows)
    assert rows[0].record["ship_country"] == "US"


def test_seller_feedback_fixture_reads_us_dates_month_first() -> None:
    (source,) = expand_paths([AMAZON_FIXTURES / "seller_feedback.tsv"])
    opened = open_report(source)
    rows = list(opened.rows)
    assert [row.record["feedback_date"] for row in rows] == [
        dt.date(2026, 2, day) for day in (3, 4, 6, 9, 11, 12)
    ]
    assert [row.record["rating"] for row in rows] == [1, 2, 3, 1, 2, 1]
    assert rows[2].record["response"].startswith("Sorry about the packaging")
    assert rows[3].record["comments"] is None
    assert {row.marketplace for row in rows} == {"US"}
    assert any("month-first" in note for note in opened.context.notes)


def test_mfn_returns_fixture() -> None:
    kind, rows = parse("fbm_returns.tsv")
    assert kind == "mfn_returns"
    first = rows[0].record
    assert first["channel"] == "MFN"
    assert first["return_date"] == dt.datetime(2026, 2, 10, tzinfo=dt.UTC)
    assert first["order_date"] == dt.datetime(2026, 2, 3, tzinfo=dt.UTC)
    assert first["reason"] == "AMZ-PG-BAD-DESC"
    assert first["a_to_z_claim"] is False and first["in_policy"] is True
    assert first["refunded_amount"] == Decimal("34.99")
    assert rows[1].record["reason"] == "CR-UNWANTED_ITEM"
    assert rows[0].marketplace_hint == "US"


def test_account_health_fixture() -> None:
    kind, rows = parse("seller_performance_v2.json")
    assert kind == "account_health"
    (row,) = rows
    record = row.record
    assert row.marketplace == "US"
    assert record["account_status"] == "NORMAL"
    assert record["ahr_score"] == 982
    assert record["odr_afn_rate"] == Decimal("0.0022")
    assert record["odr_afn_order_count"] == 4120
    assert record["odr_afn_negative_feedback"] == 8
    assert record["product_condition_complaints"] == 2
    assert record["product_safety_complaints"] == 0


def test_notification_json_is_refused_with_a_reason() -> None:
    with pytest.raises(UnsupportedReportError, match="SP-API notification"):
        parse("report_processing_finished.json")


@pytest.mark.parametrize("name", sorted(p.name for p in AMAZON_FIXTURES.iterdir()))
def test_every_fixture_is_read_or_refused_cleanly(name: str) -> None:
    path: Path = AMAZON_FIXTURES / name
    try:
        _, rows = parse(path.name)
    except UnsupportedReportError:
        assert name == "report_processing_finished.json"
        return
    assert rows and all(row.record is not None for row in rows)
