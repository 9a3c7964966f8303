"""Merchant-fulfilled returns (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE, FORMATS.md §4)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vocloop.errors import RowProblem
from vocloop.marketplaces import MARKETPLACES
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
    "order_id": ("order-id",),
    "order_date": ("order-date",),
    "return_date": ("return-request-date",),
    "return_request_status": ("return-request-status",),
    "amazon_rma_id": ("amazon-rma-id",),
    "asin": ("asin",),
    "sku": ("merchant-sku",),
    "product_name": ("item-name",),
    "quantity": ("return-quantity",),
    "reason": ("return-reason",),
    "in_policy": ("in-policy",),
    "a_to_z_claim": ("a-to-z-claim",),
    "resolution": ("resolution",),
    "refunded_amount": ("refunded-amount",),
    "currency": ("currency-code",),
}

# Single-currency marketplaces: the currency is a fact about where the order was placed.
_BY_CURRENCY = {
    m.currency: m.code
    for m in MARKETPLACES
    if sum(o.currency == m.currency for o in MARKETPLACES) == 1
}


def detect(header: list[str], first_row: list[str] | None) -> bool:
    names = {normalize_header(name) for name in header}
    return {"return-request-date", "amazon-rma-id", "order-id"} <= names


def _timestamp(raw: str, name: str) -> object:
    if raw == "":
        return None
    try:
        # Seller Central writes these as DD-Mon-YYYY; a short numeric date is read day-first.
        return parse_timestamp(raw)
    except DateError:
        raise FieldError(name, f"{name} '{raw}' is not a date") from None


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    columns = ColumnMap.build(header, ALIASES)
    width = len(header)
    for line, fields in rows:
        if len(fields) != width:
            yield ParsedRow(line, None, [column_count_problem(line, fields, width)])
            continue
        cell = columns.cell
        try:
            return_date = _timestamp(cell(fields, "return_date"), "Return request date")
            if return_date is None:
                raise FieldError("Return request date", "Return request date is empty")
            order_id = check_order_id(cell(fields, "order_id"), "Order ID")
            quantity = to_int(cell(fields, "quantity"), "Return quantity")
            record: dict[str, Any] = {
                "channel": "MFN",
                "return_date": return_date,
                "order_id": order_id,
                "sku": text_or_none(cell(fields, "sku")),
                "asin": text_or_none(cell(fields, "asin")),
                "fnsku": None,
                "product_name": text_or_none(cell(fields, "product_name")),
                "quantity": quantity,
                "fulfillment_center_id": None,
                "detailed_disposition": None,
                "reason": text_or_none(cell(fields, "reason")),
                "status": None,
                "license_plate_number": None,
                "customer_comments": None,
                "order_date": _timestamp(cell(fields, "order_date"), "Order date"),
                "return_request_status": text_or_none(cell(fields, "return_request_status")),
                "amazon_rma_id": text_or_none(cell(fields, "amazon_rma_id")),
                "resolution": text_or_none(cell(fields, "resolution")),
                "a_to_z_claim": to_bool(cell(fields, "a_to_z_claim"), "A-to-Z Claim"),
                "in_policy": to_bool(cell(fields, "in_policy"), "In policy"),
                "refunded_amount": to_decimal(cell(fields, "refunded_amount"), "Refunded Amount"),
                "currency": text_or_none(cell(fields, "currency")),
            }
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        record["extra"] = columns.extra(fields)
        record["natural_key"] = natural_key(
            "MFN", order_id, record["amazon_rma_id"], record["sku"], record["asin"]
        )
        yield ParsedRow(
            line,
            record,
            [],
            marketplace_hint=_BY_CURRENCY.get(record["currency"] or ""),
            order_id=order_id,
        )


KIND = ReportKind(
    name="mfn_returns",
    label_en="Merchant-fulfilled returns",
    label_zh="自发货退货报告",
    table="returns",
    doc="GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE: returns of orders the seller shipped.",
    detect=detect,
    parse=parse,
)
