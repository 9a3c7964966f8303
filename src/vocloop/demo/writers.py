"""Real-format report files for the demo: exact headers, separators, encodings and date styles."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vocloop.demo.catalog import DemoStore, Product
from vocloop.demo.feedback import Review, SellerFeedback
from vocloop.demo.health import VocSnapshot
from vocloop.demo.orders import OrderLine
from vocloop.demo.returns import ReturnRow

ORDERS_HEADER = (
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "order-channel",
    "ship-service-level",
    "product-name",
    "sku",
    "asin",
    "item-status",
    "quantity",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "gift-wrap-price",
    "gift-wrap-tax",
    "item-promotion-discount",
    "ship-promotion-discount",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "promotion-ids",
    "cpf",
    "is-business-order",
    "purchase-order-number",
    "price-designation",
)
RETURNS_HEADER = (
    "return-date",
    "order-id",
    "sku",
    "asin",
    "fnsku",
    "product-name",
    "quantity",
    "fulfillment-center-id",
    "detailed-disposition",
    "reason",
    "status",
    "license-plate-number",
    "customer-comments",
)
FEEDBACK_HEADERS: dict[str, tuple[str, ...]] = {
    "US": ("Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email"),
    "DE": (
        "Datum",
        "Bewertung",
        "Kommentare",
        "Ihre Antwort",
        "Bestellnummer",
        "E-Mail-Adresse des Bewerters",
    ),
    "JP": ("日付", "評価", "コメント", "回答", "注文番号", "評価者のEメール"),
}
REVIEWS_HEADER = (
    "review_id",
    "marketplace",
    "asin",
    "sku",
    "review_date",
    "rating",
    "title",
    "body",
    "author",
    "verified_purchase",
    "helpful_votes",
    "variation",
)
VOC_HEADER = (
    "marketplace",
    "asin",
    "sku",
    "product_name",
    "cx_health",
    "ncx_rate",
    "ncx_orders",
    "total_orders",
    "top_ncx_reason",
    "last_updated",
    "comments",
)
_ITEM_STATUS = {"Shipped": "Shipped", "Pending": "Unshipped", "Cancelled": "Cancelled"}


def clean(text: str) -> str:
    """A flat-file field: no tabs, line breaks or double quotes (Amazon's files have no quoting)."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ").replace('"', "'")


def money(minor: int, currency: str) -> str:
    """Minor units as Amazon writes them: two decimals, none for JPY."""
    if currency == "JPY":
        return str(minor)
    return f"{minor // 100}.{minor % 100:02d}"


def feedback_date(day: datetime.date, store_code: str) -> str:
    """The seller feedback report's local short date: US M/D/YY, DE D.M.YY, JP YY/M/D."""
    year = f"{day.year % 100:02d}"
    if store_code == "DE":
        return f"{day.day}.{day.month}.{year}"
    if store_code == "JP":
        return f"{year}/{day.month}/{day.day}"
    return f"{day.month}/{day.day}/{year}"


def order_fields(line: OrderLine, store: DemoStore) -> list[str]:
    currency = store.currency
    if line.status == "Shipped":
        price, tax = money(line.price_minor, currency), money(line.tax_minor, currency)
        zero = money(0, currency)
    else:
        price = tax = zero = ""  # Amazon leaves prices empty while pending or once cancelled
    return [
        line.order_id,
        "",
        line.purchased.isoformat(),
        line.updated.isoformat(),
        line.status,
        "Amazon",
        store.sales_channel,
        "",
        line.service_level,
        line.title,
        line.sku,
        line.asin,
        _ITEM_STATUS[line.status],
        str(line.quantity),
        currency,
        price,
        tax,
        zero,
        zero,
        "",
        "",
        zero,
        zero,
        line.address.city,
        line.address.state,
        line.address.postal,
        store.code,
        line.promotion_ids,
        "",
        "true" if line.business else "false",
        "",
        "",
    ]


def return_fields(row: ReturnRow, product: Product) -> list[str]:
    line = row.line
    return [
        row.returned.isoformat(),
        line.order_id,
        line.sku,
        line.asin,
        product.fnsku,
        clean(line.title),
        "1",
        row.fc,
        row.disposition,
        row.reason,
        row.status,
        row.lpn,
        clean(row.comment),
    ]


def feedback_fields(row: SellerFeedback) -> list[str]:
    return [
        feedback_date(row.day, row.store),
        str(row.rating),
        clean(row.comment),
        clean(row.response),
        row.line.order_id,
        row.rater_email,
    ]


def review_fields(review: Review) -> list[str]:
    return [
        review.review_id,
        review.store,
        review.asin,
        review.sku,
        review.day.isoformat(),
        str(review.rating),
        review.title,
        review.body,
        review.author,
        "true" if review.verified else "false",
        str(review.helpful_votes),
        review.variation,
    ]


def voc_fields(snapshot: VocSnapshot) -> list[str]:
    return [
        snapshot.marketplace,
        snapshot.asin,
        snapshot.sku,
        snapshot.product_name,
        snapshot.cx_health,
        snapshot.ncx_rate,
        str(snapshot.ncx_orders),
        str(snapshot.total_orders),
        snapshot.top_ncx_reason,
        snapshot.last_updated.isoformat(),
        snapshot.comments,
    ]


def write_tsv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], encoding: str
) -> int:
    """Write a tab-separated flat file (LF, no quoting); returns the number of data rows."""
    width = len(header) - 1
    lines = ["\t".join(header)]
    for row in rows:
        line = "\t".join(row)
        # Free text is clean()ed where it is put in; this guards the file's shape cheaply.
        if line.count("\t") != width or "\n" in line or "\r" in line or '"' in line:
            raise ValueError(f"{path.name}: row {len(lines)} would break the flat-file format")
        lines.append(line)
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return len(lines) - 1


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], encoding: str
) -> int:
    """Write an RFC 4180 CSV (CRLF, quotes where needed); returns the number of data rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    path.write_bytes(buffer.getvalue().encode(encoding))
    return count


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.write_bytes((json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
