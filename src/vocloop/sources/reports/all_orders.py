"""All orders (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL, FORMATS.md §3)."""

from __future__ import annotations

from collections.abc import Iterator

from vocloop.errors import RowProblem
from vocloop.marketplaces import find_marketplace
from vocloop.sources.reports.base import ParseContext, ReportKind, RowSource
from vocloop.sources.reports.columns import (
    ColumnMap,
    FieldError,
    ParsedRow,
    check_order_id,
    column_count_problem,
    natural_key,
    normalize_header,
    text_or_none,
    to_bool,
    to_decimal,
    to_int,
)
from vocloop.sources.reports.dates import DateError, parse_timestamp

ALIASES: dict[str, tuple[str, ...]] = {
    name.replace("-", "_"): (name,)
    for name in [
        "amazon-order-id",
        "merchant-order-id",
        "purchase-date",
        "last-updated-date",
        "order-status",
        "fulfillment-channel",
        "sales-channel",
        "product-name",
        "sku",
        "asin",
        "item-status",
        "quantity",
        "currency",
        "item-price",
        "promotion-ids",
        "is-business-order",
        "ship-country",
    ]
}
# Personal data we do not keep (POLICY.md §5): the city and postal code of the buyer.
DROPPED = frozenset({"ship-city", "ship-postal-code"})
REQUIRED = ("amazon_order_id", "purchase_date", "quantity")
UPDATABLE = (
    "last_updated_date",
    "order_status",
    "item_status",
    "quantity",
    "item_price",
    "promotion_ids",
    "is_vine",
    "currency",
)


def detect(header: list[str], first_row: list[str] | None) -> bool:
    names = {normalize_header(name) for name in header}
    return {"amazon-order-id", "purchase-date", "sales-channel"} <= names


def _timestamp(raw: str, name: str, *, required: bool) -> object:
    if raw == "":
        if required:
            raise FieldError(name, f"{name} is empty")
        return None
    try:
        return parse_timestamp(raw)
    except DateError:
        raise FieldError(name, f"{name} '{raw}' is not a date") from None


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    columns = ColumnMap.build(header, ALIASES)
    columns.unknown = [(i, n) for i, n in columns.unknown if normalize_header(n) not in DROPPED]
    width = len(header)
    channels: dict[str, str | None] = {}
    for line, fields in rows:
        if len(fields) != width:
            yield ParsedRow(line, None, [column_count_problem(line, fields, width)])
            continue
        cell = columns.cell
        try:
            order_id = check_order_id(cell(fields, "amazon_order_id"), "amazon-order-id")
            if order_id is None:
                raise FieldError("amazon-order-id", "amazon-order-id is empty")
            promotions = cell(fields, "promotion_ids")
            sales_channel = cell(fields, "sales_channel")
            record = {
                "amazon_order_id": order_id,
                "merchant_order_id": text_or_none(cell(fields, "merchant_order_id")),
                "purchase_date": _timestamp(
                    cell(fields, "purchase_date"), "purchase-date", required=True
                ),
                "last_updated_date": _timestamp(
                    cell(fields, "last_updated_date"), "last-updated-date", required=False
                ),
                "order_status": text_or_none(cell(fields, "order_status")),
                "fulfillment_channel": text_or_none(cell(fields, "fulfillment_channel")),
                "sales_channel": text_or_none(sales_channel),
                "product_name": text_or_none(cell(fields, "product_name")),
                "sku": text_or_none(cell(fields, "sku")),
                "asin": text_or_none(cell(fields, "asin")),
                "item_status": text_or_none(cell(fields, "item_status")),
                "quantity": to_int(cell(fields, "quantity"), "quantity"),
                "currency": text_or_none(cell(fields, "currency")),
                "item_price": to_decimal(cell(fields, "item_price"), "item-price"),
                "promotion_ids": text_or_none(promotions),
                # Vine units are given away for reviews; organic return rates leave them out.
                "is_vine": "vine." in promotions.lower(),
                "is_business_order": to_bool(
                    cell(fields, "is_business_order"), "is-business-order"
                ),
                "ship_country": text_or_none(cell(fields, "ship_country")[:2].upper()),
            }
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        record["extra"] = columns.extra(fields)
        record["natural_key"] = natural_key("ORDER", order_id, record["sku"], record["asin"])
        if sales_channel not in channels:
            found = find_marketplace(sales_channel) if sales_channel else None
            channels[sales_channel] = found.code if found else None
        yield ParsedRow(line, record, [], marketplace=channels[sales_channel], order_id=order_id)


KIND = ReportKind(
    name="all_orders",
    label_en="All orders",
    label_zh="全部订单报告",
    table="order_lines",
    doc="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL: order lines, the return-rate base.",
    detect=detect,
    parse=parse,
    updatable=UPDATABLE,
)
