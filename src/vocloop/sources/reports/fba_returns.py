"""FBA customer returns (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA, FORMATS.md §1)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from vocloop.errors import RowProblem
from vocloop.sources.reports.base import ParseContext, ReportKind, RowSource
from vocloop.sources.reports.columns import (
    ColumnMap,
    FieldError,
    ParsedRow,
    check_order_id,
    column_count_problem,
    natural_key,
    normalize_header,
    to_int,
)
from vocloop.sources.reports.dates import DateError, parse_timestamp
from vocloop.sources.reports.fulfillment_centers import country_of_fulfillment_center

# Reason codes Amazon documents or that public tools have seen (FORMATS.md §1.2); others are kept
# verbatim and counted in the import notes, since Amazon keeps adding codes.
KNOWN_REASONS = frozenset(
    [
        "UNWANTED_ITEM",
        "NO_REASON_GIVEN",
        "ORDERED_WRONG_ITEM",
        "MISORDERED",
        "FOUND_BETTER_PRICE",
        "QUALITY_UNACCEPTABLE",
        "DEFECTIVE",
        "NOT_AS_DESCRIBED",
        "NOT_COMPATIBLE",
        "PART_NOT_COMPATIBLE",
        "MISSING_PARTS",
        "EXTRA_ITEM",
        "SWITCHEROO",
        "DAMAGED_BY_CARRIER",
        "DAMAGED_BY_FC",
        "MISSED_ESTIMATED_DELIVERY",
        "NEVER_ARRIVED",
        "UNAUTHORIZED_PURCHASE",
        "WARRANTY",
        "EXCESSIVE_INSTALLATION",
        "APPAREL_TOO_SMALL",
        "APPAREL_TOO_LARGE",
        "APPAREL_STYLE",
        "JEWELRY_TOO_SMALL",
        "JEWELRY_TOO_LARGE",
        "JEWELRY_BATTERY",
        "JEWELRY_NO_DOCS",
        "JEWELRY_BAD_CLASP",
        "JEWELRY_LOOSE_STONE",
        "JEWELRY_NO_CERT",
        "UNDELIVERABLE_REFUSED",
        "UNDELIVERABLE_UNCLAIMED",
        "UNDELIVERABLE_INSUFFICIENT_ADDRESS",
        "UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS",
        "UNDELIVERABLE_CARRIER_MISS_SORTED",
        "UNDELIVERABLE_MISSING_LABEL",
        "UNDELIVERABLE_UNKNOWN",
        "UNKNOWN_OTHER_REASON",
        "OTHER",
        "AMZ-PG-APP-TOO-SMALL",
        "AMZ-PG-APP-TOO-LARGE",
        "AMZ-PG-APP-STYLE",
        "AMZ-PG-BAD-DESC",
        "CR-UNWANTED_ITEM",
        "DID_NOT_LIKE_COLOR",
        "DID_NOT_LIKE_FABRIC",
        "RECALL",
    ]
)

ALIASES: dict[str, tuple[str, ...]] = {
    "return_date": ("return-date",),
    "order_id": ("order-id", "amazon-order-id"),
    "sku": ("sku", "seller-sku"),
    "asin": ("asin",),
    "fnsku": ("fnsku",),
    "product_name": ("product-name",),
    "quantity": ("quantity",),
    "fulfillment_center_id": ("fulfillment-center-id",),
    "detailed_disposition": ("detailed-disposition",),
    "reason": ("reason",),
    "status": ("status",),
    "license_plate_number": ("license-plate-number",),
    "customer_comments": ("customer-comments",),
}
REQUIRED = ("return_date", "quantity", "reason", "license_plate_number")


def detect(header: list[str], first_row: list[str] | None) -> bool:
    names = {normalize_header(name) for name in header}
    return {"return-date", "license-plate-number", "detailed-disposition"} <= names


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    columns = ColumnMap.build(header, ALIASES)
    pick = columns.picker(list(ALIASES))
    has_unknown = bool(columns.unknown)
    width = len(header)
    reasons: Counter[str] = Counter()
    for line, fields in rows:
        if len(fields) != width:
            yield ParsedRow(line, None, [column_count_problem(line, fields, width)])
            continue
        (
            raw_date,
            raw_order,
            sku,
            asin,
            fnsku,
            name,
            raw_quantity,
            fc,
            disposition,
            reason,
            status,
            lpn,
            comment,
        ) = pick(fields)
        try:
            try:
                return_date = parse_timestamp(raw_date)
            except DateError:
                raise FieldError("return-date", f"return-date '{raw_date}' is not a date") from None
            order_id = check_order_id(raw_order, "order-id")
            quantity = to_int(raw_quantity, "quantity")
            if quantity is not None and quantity < 0:
                raise FieldError("quantity", f"quantity '{quantity}' is negative")
            if not sku and not asin:
                raise FieldError("asin", "the row names neither an ASIN nor a SKU")
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        if reason and reason not in KNOWN_REASONS:
            reasons[reason] += 1
        record = {
            "channel": "FBA",
            "return_date": return_date,
            "order_id": order_id,
            "sku": sku or None,
            "asin": asin or None,
            "fnsku": fnsku or None,
            "product_name": name or None,
            "quantity": quantity,
            "fulfillment_center_id": fc or None,
            "detailed_disposition": disposition or None,
            "reason": reason or None,
            "status": status or None,
            "license_plate_number": lpn or None,
            "customer_comments": comment or None,
            "extra": columns.extra(fields) if has_unknown else None,
            "natural_key": natural_key(
                "FBA",
                order_id,
                lpn,
                sku,
                asin,
                return_date.isoformat(),
                *(() if lpn else (quantity, reason, comment)),
            ),
        }
        yield ParsedRow(
            line,
            record,
            [],
            marketplace_hint=country_of_fulfillment_center(fc),
            order_id=order_id,
        )
    for code, count in sorted(reasons.items()):
        context.notes.append(f"reason code {code} is new to vocloop ({count} rows); kept as it is")


KIND = ReportKind(
    name="fba_returns",
    label_en="FBA customer returns",
    label_zh="FBA 买家退货报告",
    table="returns",
    doc="GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA: a row per returned unit, reason and comment.",
    detect=detect,
    parse=parse,
)
