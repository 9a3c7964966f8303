"""Account health (GET_V2_SELLER_PERFORMANCE_REPORT, FORMATS.md §5): a snapshot per marketplace."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from vocloop.errors import RowProblem
from vocloop.marketplaces import find_marketplace
from vocloop.sources.reports.base import ParseContext
from vocloop.sources.reports.columns import ParsedRow, natural_key
from vocloop.sources.reports.dates import DateError, parse_timestamp


def detect_document(document: object) -> bool:
    return isinstance(document, dict) and isinstance(document.get("performanceMetrics"), list)


def _path(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _rate(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.000001"))
    except InvalidOperation:
        return None


def parse_document(document: dict[str, Any], context: ParseContext) -> Iterator[ParsedRow]:
    statuses = {
        entry.get("marketplaceId"): entry.get("status")
        for entry in document.get("accountStatuses") or []
        if isinstance(entry, dict)
    }
    for number, metrics in enumerate(document["performanceMetrics"], start=1):
        where = f"performanceMetrics[{number - 1}]"
        if not isinstance(metrics, dict) or not isinstance(metrics.get("marketplaceId"), str):
            yield ParsedRow(
                number,
                None,
                [RowProblem(None, f"{where}.marketplaceId", "marketplaceId is missing")],
            )
            continue
        marketplace = find_marketplace(metrics["marketplaceId"])
        if marketplace is None:
            yield ParsedRow(
                number,
                None,
                [
                    RowProblem(
                        None,
                        f"{where}.marketplaceId",
                        f"'{metrics['marketplaceId']}' is not an Amazon marketplace id",
                    )
                ],
            )
            continue
        afn = _path(metrics, "orderDefectRate", "afn") or {}
        raw_to = _path(
            metrics, "accountHealthRating", "reportingDateRange", "reportingDateTo"
        ) or _path(afn, "reportingDateRange", "reportingDateTo")
        try:
            reporting_to = parse_timestamp(raw_to) if isinstance(raw_to, str) else None
        except DateError:
            yield ParsedRow(
                number,
                None,
                [RowProblem(None, f"{where}.reportingDateTo", f"'{raw_to}' is not a date")],
            )
            continue
        record = {
            "reporting_date_to": reporting_to,
            "account_status": statuses.get(metrics["marketplaceId"]),
            "ahr_status": _path(metrics, "accountHealthRating", "ahrStatus"),
            "ahr_score": _int(_path(metrics, "accountHealthRating", "ahrScore")),
            "odr_afn_rate": _rate(afn.get("rate")),
            "odr_afn_order_count": _int(afn.get("orderCount")),
            "odr_afn_negative_feedback": _int(_path(afn, "negativeFeedback", "count")),
            "odr_afn_claims": _int(_path(afn, "claims", "count")),
            "product_condition_complaints": _int(
                _path(metrics, "productConditionCustomerComplaints", "defectsCount")
            ),
            "product_safety_complaints": _int(
                _path(metrics, "productSafetyCustomerComplaints", "defectsCount")
            ),
            "metrics": metrics,
            "extra": None,
            "natural_key": natural_key(
                "HEALTH",
                marketplace.marketplace_id,
                reporting_to.isoformat() if reporting_to else "",
                _path(afn, "reportingDateRange", "reportingDateTo"),
            ),
        }
        yield ParsedRow(number, record, [], marketplace=marketplace.code)
