"""VoC snapshots and the account health document, computed from the demo's own rows."""

from __future__ import annotations

import bisect
import datetime
from collections import Counter
from dataclasses import dataclass
from typing import Any

from vocloop.demo.catalog import CATEGORIES, DemoStore, Product
from vocloop.demo.draws import seeded
from vocloop.demo.feedback import Review, SellerFeedback
from vocloop.demo.orders import OrderLine
from vocloop.demo.returns import ReturnRow

VOC_WINDOW_DAYS = 90
VOC_MONTHS = 6
ODR_WINDOW_DAYS = 60
ODR_LAG_DAYS = 14
# What Amazon's NCX view would call a product or listing complaint, by return reason code.
NCX_REASON_LABELS = {
    "DEFECTIVE": "Defective or does not work",
    "WARRANTY": "Defective or does not work",
    "QUALITY_UNACCEPTABLE": "Quality not as expected",
    "NOT_AS_DESCRIBED": "Not as described",
    "APPAREL_TOO_SMALL": "Size: too small",
    "APPAREL_TOO_LARGE": "Size: too large",
    "EXCESSIVE_INSTALLATION": "Difficult to install or use",
    "NOT_COMPATIBLE": "Not compatible",
    "PART_NOT_COMPATIBLE": "Not compatible",
    "MISSING_PARTS": "Missing parts",
    "SWITCHEROO": "Wrong item sent",
}
NCX_CAUSE_LABELS = {
    "quality_defect": "Defective or does not work",
    "performance_below_expectation": "Quality not as expected",
    "not_as_described": "Not as described",
    "size_fit": "Size: too small",
    "usage_difficulty": "Difficult to install or use",
    "compatibility": "Not compatible",
    "missing_parts": "Missing parts",
    "wrong_item": "Wrong item sent",
    "damaged_on_arrival": "Arrived damaged",
    "used_or_not_new": "Used or not new",
    "safety_concern": "Safety concern",
}


@dataclass(frozen=True)
class VocSnapshot:
    """One row of voc_snapshots.csv: an offer's CX Health as shown on one month end."""

    marketplace: str
    asin: str
    sku: str
    product_name: str
    cx_health: str
    ncx_orders: int
    total_orders: int
    top_ncx_reason: str
    last_updated: datetime.date
    comments: str

    @property
    def ncx_rate(self) -> str:
        return f"{self.ncx_orders / self.total_orders:.4f}" if self.total_orders else "0.0000"


def month_ends(today: datetime.date, count: int) -> list[datetime.date]:
    """The last `count` month-end dates before `today`, oldest first."""
    ends: list[datetime.date] = []
    cursor = today.replace(day=1)
    while len(ends) < count:
        cursor -= datetime.timedelta(days=1)
        ends.append(cursor)
        cursor = cursor.replace(day=1)
    return ends[::-1]


def _health(product: Product, ncx_orders: int, total_orders: int) -> str:
    # Amazon ranks an offer against similar ones; we compare with the category's usual NCX level.
    if total_orders < 40:
        return "Insufficient feedback"
    usual = CATEGORIES[product.category].return_rate * 0.75
    ratio = ncx_orders / total_orders / usual
    for limit, label in ((0.7, "Excellent"), (1.15, "Good"), (1.6, "Fair"), (2.3, "Poor")):
        if ratio < limit:
            return label
    return "Very poor"


def voc_snapshots(
    stores: tuple[DemoStore, ...],
    products: tuple[Product, ...],
    lines_by_store: dict[str, list[OrderLine]],
    returns_by_store: dict[str, list[ReturnRow]],
    reviews: list[Review],
    *,
    today: datetime.date,
) -> list[VocSnapshot]:
    """One snapshot per offer and month end, from a trailing 90-day window of orders."""
    ends = month_ends(today, VOC_MONTHS)
    snapshots: list[VocSnapshot] = []
    for store in stores:
        days: dict[str, list[datetime.date]] = {}
        for line in lines_by_store[store.code]:
            if line.status == "Shipped":
                days.setdefault(line.asin, []).append(line.day)
        signals: dict[str, list[tuple[datetime.date, datetime.date, str, str, str]]] = {}
        for row in returns_by_store[store.code]:
            label = (
                "Safety concern"
                if row.cause == "safety_concern"
                else NCX_REASON_LABELS.get(row.reason)
            )
            if label:
                signals.setdefault(row.line.asin, []).append(
                    (row.line.day, row.returned.date(), row.line.order_id, label, row.comment)
                )
        for review in reviews:
            if review.store == store.code and review.rating <= 2:
                label = NCX_REASON_LABELS.get(review.reason) or NCX_CAUSE_LABELS.get(
                    review.cause, ""
                )
                if review.cause == "safety_concern":
                    label = "Safety concern"
                signals.setdefault(review.asin, []).append(
                    (review.line.day, review.day, review.line.order_id, label, "")
                )
        for product in products:
            if store.code not in product.listings:
                continue
            ordered = days.get(product.asin, [])
            for end in ends:
                start = end - datetime.timedelta(days=VOC_WINDOW_DAYS - 1)
                total = bisect.bisect_right(ordered, end) - bisect.bisect_left(ordered, start)
                if total == 0:
                    continue
                labels: dict[str, str] = {}
                comments: list[tuple[datetime.date, str, str]] = []
                for ordered_on, seen_on, order_id, label, comment in signals.get(product.asin, []):
                    if start <= ordered_on <= end and seen_on <= end:
                        labels.setdefault(order_id, label)
                        if comment:
                            comments.append((seen_on, label, comment))
                counts = Counter(labels.values())
                top = min(counts, key=lambda name: (-counts[name], name)) if counts else ""
                # The newest comment of the top reason, but a safety report always comes first.
                latest = sorted(
                    (c for c in comments if c[1] in (top, "Safety concern")),
                    key=lambda c: (c[1] == "Safety concern", c[0]),
                    reverse=True,
                )
                snapshots.append(
                    VocSnapshot(
                        marketplace=store.code,
                        asin=product.asin,
                        sku=product.listings[store.code].sku,
                        product_name=product.wording[store.language].title,
                        cx_health=_health(product, len(labels), total),
                        ncx_orders=len(labels),
                        total_orders=total,
                        top_ncx_reason=top,
                        last_updated=end,
                        comments=latest[0][2] if latest else "",
                    )
                )
    return snapshots


def _stamp(day: datetime.date, end_of_day: bool = False) -> str:
    return f"{day.isoformat()}T{'23:59:59' if end_of_day else '00:00:00'}Z"


def _count_status(count: int) -> dict[str, Any]:
    return {"count": count, "status": "NONE"}


def account_health(
    stores: tuple[DemoStore, ...],
    lines_by_store: dict[str, list[OrderLine]],
    returns_by_store: dict[str, list[ReturnRow]],
    reviews: list[Review],
    feedback_by_store: dict[str, list[SellerFeedback]],
    *,
    today: datetime.date,
    seed: int,
) -> dict[str, Any]:
    """The GET_V2_SELLER_PERFORMANCE_REPORT document for the three stores."""
    rng = seeded(seed, "health")
    odr_to = today - datetime.timedelta(days=ODR_LAG_DAYS + 1)
    odr_from = odr_to - datetime.timedelta(days=ODR_WINDOW_DAYS - 1)
    ahr_from = today - datetime.timedelta(days=180)
    complaints_from = today - datetime.timedelta(days=60)
    statuses: list[dict[str, Any]] = []
    metrics: list[dict[str, Any]] = []
    for store in stores:
        orders = {
            line.order_id
            for line in lines_by_store[store.code]
            if line.status == "Shipped" and odr_from <= line.day <= odr_to
        }
        negative = sum(
            1
            for row in feedback_by_store[store.code]
            if row.rating <= 2 and row.line.order_id in orders
        )
        claims = rng.randint(0, max(1, len(orders) // 2500))
        defects = negative + claims
        rate = round(defects / len(orders), 4) if orders else 0.0
        condition = sum(
            1
            for row in returns_by_store[store.code]
            if row.cause == "used_or_not_new"
            and row.comment
            and row.returned.date() >= complaints_from
        )
        safety = (
            sum(1 for row in returns_by_store[store.code] if row.tag == "safety_mentions")
            + sum(
                1
                for review in reviews
                if review.store == store.code and review.tag == "safety_mentions"
            )
            + sum(1 for row in feedback_by_store[store.code] if row.tag == "safety_mentions")
        )
        score = max(210, 1000 - 45 * safety - 6 * condition - int(rate * 4000))
        window = {"reportingDateFrom": _stamp(odr_from), "reportingDateTo": _stamp(odr_to, True)}
        statuses.append({"marketplaceId": store.marketplace_id, "status": "NORMAL"})
        metrics.append(
            {
                "marketplaceId": store.marketplace_id,
                "accountHealthRating": {
                    "ahrStatus": "GREEN" if score >= 200 else "RED",
                    "ahrScore": score,
                    "reportingDateRange": {
                        "reportingDateFrom": _stamp(ahr_from),
                        "reportingDateTo": _stamp(today - datetime.timedelta(days=1), True),
                    },
                },
                "orderDefectRate": {
                    "afn": {
                        "reportingDateRange": window,
                        "orderCount": len(orders),
                        "orderWithDefects": {
                            "count": defects,
                            "status": "GOOD" if rate < 0.01 else "BAD",
                        },
                        "claims": _count_status(claims),
                        "chargebacks": _count_status(0),
                        "negativeFeedback": _count_status(negative),
                        "status": "GOOD" if rate < 0.01 else "BAD",
                        "rate": rate,
                        "targetValue": 0.01,
                        "targetCondition": "LESS_THAN",
                    },
                    "mfn": {
                        "reportingDateRange": window,
                        "orderCount": 0,
                        "orderWithDefects": {"count": 0, "status": "NONE"},
                        "claims": _count_status(0),
                        "chargebacks": _count_status(0),
                        "negativeFeedback": _count_status(0),
                        "status": "NONE",
                        "rate": 0.0,
                        "targetValue": 0.01,
                        "targetCondition": "LESS_THAN",
                    },
                },
                "productConditionCustomerComplaints": {
                    "defectsCount": condition,
                    "status": "BAD" if condition else "GOOD",
                    "targetValue": 0,
                    "targetCondition": "EQUALS",
                },
                "productSafetyCustomerComplaints": {
                    "defectsCount": safety,
                    "status": "BAD" if safety else "GOOD",
                    "targetValue": 0,
                    "targetCondition": "EQUALS",
                },
            }
        )
    return {"accountStatuses": statuses, "performanceMetrics": metrics}
