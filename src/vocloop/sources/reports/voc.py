"""Voice of the Customer / CX Health snapshots in vocloop's own columns (FORMATS.md §6).

Amazon offers no VoC export, so this is our format: a template (docs/voc_template.csv) the team
fills from the dashboard. English or Chinese headers; see docs/import.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from vocloop.errors import RowProblem
from vocloop.marketplaces import find_marketplace
from vocloop.sources.reports.base import ParseContext, ReportKind, RowSource
from vocloop.sources.reports.columns import (
    ColumnMap,
    FieldError,
    ParsedRow,
    check_asin,
    natural_key,
    text_or_none,
    to_decimal,
    to_int,
)
from vocloop.sources.reports.dates import DateError, parse_date

ALIASES: dict[str, tuple[str, ...]] = {
    "marketplace": ("marketplace", "站点"),
    "asin": ("asin",),
    "sku": ("sku",),
    "product_name": ("product-name", "商品名称"),
    "cx_health": ("cx-health", "客户体验健康度"),
    "ncx_rate": ("ncx-rate", "ncx率"),
    "ncx_orders": ("ncx-orders", "ncx订单数"),
    "total_orders": ("total-orders", "总订单数"),
    "top_ncx_reason": ("top-ncx-reason", "主要ncx原因"),
    "last_updated": ("last-updated", "snapshot-date", "更新日期"),
    "comments": ("comments", "评论"),
}
TEMPLATE_HEADER = list(ALIASES)
TEMPLATE_HEADER_ZH = [
    "站点",
    "ASIN",
    "SKU",
    "商品名称",
    "客户体验健康度",
    "NCX率",
    "NCX订单数",
    "总订单数",
    "主要NCX原因",
    "更新日期",
    "评论",
]
REQUIRED = ("asin", "last_updated")

CX_HEALTH = {
    "excellent": "Excellent",
    "优秀": "Excellent",
    "good": "Good",
    "良好": "Good",
    "fair": "Fair",
    "一般": "Fair",
    "poor": "Poor",
    "差": "Poor",
    "very poor": "Very poor",
    "极差": "Very poor",
    "insufficient feedback": "Insufficient feedback",
    "反馈不足": "Insufficient feedback",
}


HEALTH_LEVELS = ", ".join(sorted(set(CX_HEALTH.values())))


def detect(header: list[str], first_row: list[str] | None) -> bool:
    columns = ColumnMap.build(header, ALIASES)
    return not columns.missing(REQUIRED) and (
        "cx_health" in columns.index or "ncx_rate" in columns.index
    )


def _rate(raw: str, name: str) -> Decimal | None:
    percent = raw.endswith("%")
    value = to_decimal(raw.rstrip("%").strip(), name)
    if value is None:
        return None
    if percent:
        value = value / 100
    if not 0 <= value <= 1:
        raise FieldError(name, f"{name} '{raw}' is not a rate between 0 and 1 (or 0% and 100%)")
    return value


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    columns = ColumnMap.build(header, ALIASES)
    names = {key: header[index].strip() for key, index in columns.index.items()}
    width = len(header)
    for line, fields in rows:
        if len(fields) > width:
            yield ParsedRow(
                line,
                None,
                [
                    RowProblem(
                        line, None, f"the row has {len(fields)} columns, the header has {width}"
                    )
                ],
            )
            continue
        cell = columns.cell
        try:
            asin_text = cell(fields, "asin")
            if not asin_text:
                raise FieldError(names["asin"], f"{names['asin']} is empty")
            asin = check_asin(asin_text, names["asin"])
            raw_date = cell(fields, "last_updated")
            try:
                day = parse_date(
                    raw_date, context.marketplace.date_order if context.marketplace else None
                )
            except DateError as error:
                raise FieldError(
                    names["last_updated"], f"{names['last_updated']} {error}"
                ) from None
            raw_health = cell(fields, "cx_health")
            health = CX_HEALTH.get(raw_health.lower()) if raw_health else None
            if raw_health and health is None:
                raise FieldError(
                    names["cx_health"],
                    f"{names['cx_health']} '{raw_health}' is not one of {HEALTH_LEVELS}",
                )
            ncx_orders = to_int(cell(fields, "ncx_orders"), "ncx_orders", required=False)
            total_orders = to_int(cell(fields, "total_orders"), "total_orders", required=False)
            rate = _rate(cell(fields, "ncx_rate"), names.get("ncx_rate", "ncx_rate"))
            if rate is None and ncx_orders is not None and total_orders:
                rate = Decimal(ncx_orders) / Decimal(total_orders)
            marketplace_text = cell(fields, "marketplace")
            marketplace = find_marketplace(marketplace_text) if marketplace_text else None
            if marketplace_text and marketplace is None:
                raise FieldError(
                    names["marketplace"],
                    f"{names['marketplace']} '{marketplace_text}' is not an Amazon marketplace",
                )
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        record = {
            "snapshot_date": day,
            "asin": asin,
            "sku": text_or_none(cell(fields, "sku")),
            "product_name": text_or_none(cell(fields, "product_name")),
            "cx_health": health,
            "ncx_rate": rate.quantize(Decimal("0.000001")) if rate is not None else None,
            "ncx_orders": ncx_orders,
            "total_orders": total_orders,
            "top_ncx_reason": text_or_none(cell(fields, "top_ncx_reason")),
            "comments": text_or_none(cell(fields, "comments")),
            "extra": columns.extra(fields),
            "natural_key": natural_key(
                "VOC",
                marketplace.code if marketplace else "",
                asin,
                cell(fields, "sku"),
                day.isoformat(),
            ),
        }
        yield ParsedRow(line, record, [], marketplace=marketplace.code if marketplace else None)


KIND = ReportKind(
    name="voc",
    label_en="Voice of the Customer snapshot",
    label_zh="买家之声快照",
    table="voc_snapshots",
    doc="vocloop's VoC/CX Health columns (template in docs/voc_template.csv).",
    detect=detect,
    parse=parse,
    updatable=("cx_health", "ncx_rate", "ncx_orders", "total_orders", "top_ncx_reason", "comments"),
)
