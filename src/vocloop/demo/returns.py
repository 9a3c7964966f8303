"""Simulated FBA customer returns: reason codes, FC grading, comments and planted patterns."""

from __future__ import annotations

import datetime
import functools
import itertools
import random
from dataclasses import dataclass

from vocloop.demo.catalog import (
    RUNS_SMALL_ASINS,
    SAFETY_ASIN,
    SIZE_FIX_ASIN,
    SUPPLIER_CHANGE_ASIN,
    USAGE_DIFFICULTY_ASIN,
    DemoStore,
    Product,
)
from vocloop.demo.draws import Weighted, seeded
from vocloop.demo.orders import UTC, OrderLine
from vocloop.demo.phrases import comment_templates, complaint, render

SUPPLIER_EXTRA = 1.25  # after the change the charger gets 1 + 1.25 times its usual return rate
SIZE_FIX_KEEPS = 0.4  # after the size-chart fix, 40% of the hoodie's fit returns still happen
RETURNED = "Unit returned to inventory"
REIMBURSED = "Reimbursed"
# Causes that are about the product or listing (not delivery, not the buyer's own choice).
PRODUCT_CAUSES = frozenset(
    {
        "quality_defect",
        "damaged_on_arrival",
        "missing_parts",
        "wrong_item",
        "not_as_described",
        "size_fit",
        "compatibility",
        "usage_difficulty",
        "performance_below_expectation",
        "used_or_not_new",
        "safety_concern",
    }
)
REASONS: dict[str, tuple[tuple[str, int], ...]] = {
    "quality_defect": (("DEFECTIVE", 68), ("QUALITY_UNACCEPTABLE", 27), ("WARRANTY", 5)),
    "damaged_on_arrival": (("DAMAGED_BY_CARRIER", 70), ("DAMAGED_BY_FC", 12), ("DEFECTIVE", 18)),
    "missing_parts": (("MISSING_PARTS", 85), ("DEFECTIVE", 10), ("NOT_AS_DESCRIBED", 5)),
    "wrong_item": (("SWITCHEROO", 75), ("NOT_AS_DESCRIBED", 25)),
    "not_as_described": (("NOT_AS_DESCRIBED", 80), ("QUALITY_UNACCEPTABLE", 20)),
    "size_fit": (("NOT_AS_DESCRIBED", 40), ("ORDERED_WRONG_ITEM", 30), ("UNWANTED_ITEM", 30)),
    "compatibility": (("NOT_COMPATIBLE", 75), ("PART_NOT_COMPATIBLE", 25)),
    "usage_difficulty": (
        ("EXCESSIVE_INSTALLATION", 55),
        ("DEFECTIVE", 35),
        ("QUALITY_UNACCEPTABLE", 10),
    ),
    "performance_below_expectation": (
        ("QUALITY_UNACCEPTABLE", 70),
        ("DEFECTIVE", 15),
        ("NOT_AS_DESCRIBED", 15),
    ),
    "used_or_not_new": (("QUALITY_UNACCEPTABLE", 35), ("DEFECTIVE", 30), ("NOT_AS_DESCRIBED", 35)),
    "safety_concern": (("DEFECTIVE", 75), ("QUALITY_UNACCEPTABLE", 25)),
    "shipping_delivery": (
        ("UNDELIVERABLE_REFUSED", 14),
        ("UNDELIVERABLE_UNCLAIMED", 10),
        ("UNDELIVERABLE_INSUFFICIENT_ADDRESS", 7),
        ("UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS", 12),
        ("UNDELIVERABLE_CARRIER_MISS_SORTED", 4),
        ("UNDELIVERABLE_UNKNOWN", 5),
        ("MISSED_ESTIMATED_DELIVERY", 30),
        ("NEVER_ARRIVED", 18),
    ),
    "buyer_remorse": (
        ("UNWANTED_ITEM", 45),
        ("NO_REASON_GIVEN", 14),
        ("ORDERED_WRONG_ITEM", 13),
        ("MISORDERED", 8),
        ("FOUND_BETTER_PRICE", 12),
        ("UNAUTHORIZED_PURCHASE", 2),
    ),
    "other": (("OTHER", 40), ("UNKNOWN_OTHER_REASON", 25), ("NO_REASON_GIVEN", 35)),
}
_DESK_USAGE_REASONS = (("EXCESSIVE_INSTALLATION", 55), ("DEFECTIVE", 45))
_FAULT_GRADES = (("DEFECTIVE", 55), ("CUSTOMER_DAMAGED", 20), ("SELLABLE", 25))
_RESALE_GRADES = (("SELLABLE", 78), ("CUSTOMER_DAMAGED", 20), ("DEFECTIVE", 2))
_GRADES_BY_CAUSE: dict[str, tuple[tuple[str, int], ...]] = {
    "quality_defect": _FAULT_GRADES,
    "safety_concern": (("DEFECTIVE", 90), ("CUSTOMER_DAMAGED", 10)),
    "performance_below_expectation": (
        ("SELLABLE", 45),
        ("CUSTOMER_DAMAGED", 30),
        ("DEFECTIVE", 25),
    ),
    "usage_difficulty": (("CUSTOMER_DAMAGED", 45), ("SELLABLE", 35), ("DEFECTIVE", 20)),
    "missing_parts": (("DEFECTIVE", 60), ("CUSTOMER_DAMAGED", 30), ("SELLABLE", 10)),
    "used_or_not_new": (("CUSTOMER_DAMAGED", 60), ("DEFECTIVE", 30), ("SELLABLE", 10)),
    "damaged_on_arrival": (("DEFECTIVE", 70), ("CUSTOMER_DAMAGED", 30)),
}


@dataclass(slots=True)
class ReturnRow:
    """One returned unit (one license plate number) of an order line."""

    store: str
    line: OrderLine
    returned: datetime.datetime
    fc: str
    disposition: str
    reason: str
    status: str
    lpn: str
    comment: str
    cause: str  # the true root cause (taxonomy code), known only to the generator
    tag: str = ""  # the planted pattern this row belongs to, if any


class LicensePlates:
    """Unique LPNs across all stores."""

    def __init__(self, rng: random.Random) -> None:
        self._rng, self._seen = rng, set[str]()

    def next(self) -> str:
        while True:
            lpn = f"LPN{self._rng.randrange(10**11):011d}"
            if lpn not in self._seen:
                self._seen.add(lpn)
                return lpn


@functools.cache
def _drawer(table: tuple[tuple[str, int], ...]) -> Weighted[str]:
    return Weighted(table)


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return _drawer(table).pick(rng)


def pick_reason(rng: random.Random, cause: str, product: Product) -> str:
    """The reason code a buyer with this root cause picks for this product."""
    if cause == "size_fit" and product.category == "apparel":
        return "APPAREL_TOO_SMALL" if rng.random() < product.small_share else "APPAREL_TOO_LARGE"
    if cause == "usage_difficulty" and product.asin == USAGE_DIFFICULTY_ASIN:
        return _weighted(rng, _DESK_USAGE_REASONS)
    table = REASONS[cause]
    if product.category == "apparel" and cause in ("buyer_remorse", "not_as_described"):
        table = (*table, ("APPAREL_STYLE", 15))
    return _weighted(rng, table)


def _grade(rng: random.Random, cause: str, reason: str, product: Product) -> tuple[str, str]:
    """The FC's detailed-disposition and the row status."""
    if reason == "DAMAGED_BY_CARRIER":
        return ("CARRIER_DAMAGED", REIMBURSED) if rng.random() < 0.8 else ("DEFECTIVE", RETURNED)
    if reason == "DAMAGED_BY_FC":
        return "DAMAGED", REIMBURSED
    if reason.startswith("UNDELIVERABLE_"):
        return ("SELLABLE", RETURNED) if rng.random() < 0.92 else ("CARRIER_DAMAGED", REIMBURSED)
    skincare_fault = product.family == "skincare" and cause in ("quality_defect", "used_or_not_new")
    if skincare_fault and rng.random() < 0.3:
        return "EXPIRED", RETURNED
    return _weighted(rng, _GRADES_BY_CAUSE.get(cause, _RESALE_GRADES)), RETURNED


def _comment_share(reason: str, tag: str) -> float:
    if reason.startswith("UNDELIVERABLE_") or reason in ("UNAUTHORIZED_PURCHASE", "NEVER_ARRIVED"):
        return 0.0
    if reason == "NO_REASON_GIVEN":
        return 0.12
    return 0.7 if tag else 0.58


def _tag(product: Product, cause: str, reason: str) -> str:
    if product.asin == USAGE_DIFFICULTY_ASIN and cause == "usage_difficulty":
        return "usage_difficulty"
    if product.asin in RUNS_SMALL_ASINS and reason == "APPAREL_TOO_SMALL":
        return "runs_small"
    return ""


def _at(day: datetime.date, rng: random.Random) -> datetime.datetime:
    """A processing time on `day` during FC working hours (UTC)."""
    midnight = datetime.datetime(day.year, day.month, day.day, tzinfo=UTC)
    return midnight + datetime.timedelta(seconds=rng.randrange(5 * 3600, 23 * 3600))


def simulate_returns(
    store: DemoStore,
    lines: list[OrderLine],
    products: dict[str, Product],
    plates: LicensePlates,
    *,
    today: datetime.date,
    change_date: datetime.date,
    seed: int,
    fix_date: datetime.date | None = None,
) -> list[ReturnRow]:
    """Returns processed before `today` for the store's shipped lines, sorted by return time.

    From `fix_date` on, the size-chart fix prevents most fit returns of SIZE_FIX_ASIN. Those
    rows are drawn as usual and then dropped by a separate random stream, so every other row is
    the same with or without the fix.
    """
    rng = seeded(seed, f"returns:{store.code}")
    fix_rng = seeded(seed, f"size-fix:{store.code}")
    mixes = {asin: product.cause_weights() for asin, product in products.items()}
    rows: list[ReturnRow] = []
    for line in lines:
        if line.status != "Shipped":
            continue
        product = products[line.asin]
        rate = product.return_rate()
        extra = (
            rate * SUPPLIER_EXTRA
            if line.asin == SUPPLIER_CHANGE_ASIN and line.day >= change_date
            else 0.0
        )
        roll = rng.random()
        if roll >= rate + extra:
            continue
        if roll >= rate:
            cause, tag = "quality_defect", "supplier_change"
        else:
            cause, tag = _weighted(rng, mixes[line.asin]), ""
        delay = 2 + min(38, int(rng.expovariate(1 / 5.5)))
        returned = _at(line.day + datetime.timedelta(days=delay), rng)
        if returned.date() >= today:
            continue  # the FC has not processed it yet
        reason = pick_reason(rng, cause, product)
        tag = tag or _tag(product, cause, reason)
        comment = ""
        if rng.random() < _comment_share(reason, tag):
            comment = complaint(rng, store.language, product, cause, reason=reason, tag=tag)
        disposition, status = _grade(rng, cause, reason, product)
        fc = rng.choice(store.fulfillment_centers)
        units = line.quantity if line.quantity > 1 and rng.random() < 0.6 else 1
        if (
            fix_date is not None
            and line.asin == SIZE_FIX_ASIN
            and cause == "size_fit"
            and line.day >= fix_date
            and fix_rng.random() >= SIZE_FIX_KEEPS
        ):
            continue  # the corrected size chart kept this buyer from ordering the wrong size
        rows.extend(
            ReturnRow(
                store.code,
                line,
                returned,
                fc,
                disposition,
                reason,
                status,
                plates.next(),
                comment,
                cause,
                tag,
            )
            for _ in range(units)
        )
    rows.sort(key=lambda row: (row.returned, row.lpn))
    return rows


def plant_safety_returns(
    store: DemoStore,
    lines: list[OrderLine],
    rows: list[ReturnRow],
    product: Product,
    plates: LicensePlates,
    *,
    today: datetime.date,
    count: int,
    seed: int,
) -> list[ReturnRow]:
    """Add `count` returns processed in the last six weeks whose comments report a hazard."""
    rng = seeded(seed, f"safety:{store.code}")
    taken = {(row.line.order_id, row.line.asin) for row in rows}
    window_start = today - datetime.timedelta(days=42)
    candidates = [
        line
        for line in lines
        if line.asin == SAFETY_ASIN
        and line.status == "Shipped"
        and today - datetime.timedelta(days=50) <= line.day <= today - datetime.timedelta(days=4)
        and (line.order_id, line.asin) not in taken
    ]
    chosen = sorted(
        rng.sample(candidates, min(count, len(candidates))), key=lambda line: line.purchased
    )
    templates = comment_templates(store.language, ("safety_concern",))
    texts = rng.sample(templates, min(len(chosen), len(templates)))
    planted = []
    for line, template in zip(chosen, itertools.cycle(texts), strict=False):
        low = max(2, (window_start - line.day).days)
        high = min(14, (today - line.day).days - 1)
        returned = _at(line.day + datetime.timedelta(days=rng.randint(low, high)), rng)
        reason = _weighted(rng, REASONS["safety_concern"])
        comment = render(template, product.wording[store.language], store.language)
        planted.append(
            ReturnRow(
                store.code,
                line,
                returned,
                rng.choice(store.fulfillment_centers),
                "DEFECTIVE",
                reason,
                RETURNED,
                plates.next(),
                comment,
                "safety_concern",
                "safety_mentions",
            )
        )
    rows.extend(planted)
    rows.sort(key=lambda row: (row.returned, row.lpn))
    return planted


def plant_reason_mismatch(
    rows_by_store: dict[str, list[ReturnRow]],
    products: dict[str, Product],
    languages: dict[str, str],
    asins: tuple[str, ...],
    *,
    per_asin: int,
    seed: int,
) -> dict[str, list[ReturnRow]]:
    """Recode some single-unit buyer-remorse returns as DEFECTIVE, keeping a remorse comment."""
    rng = seeded(seed, "mismatch")
    planted: dict[str, list[ReturnRow]] = {}
    for asin in asins:
        pool = [
            row
            for store_rows in rows_by_store.values()
            for row in store_rows
            if row.line.asin == asin
            and row.cause == "buyer_remorse"
            and row.reason in ("UNWANTED_ITEM", "NO_REASON_GIVEN")
            and row.line.quantity == 1
            and not row.tag
        ]
        chosen = rng.sample(pool, min(per_asin, len(pool)))
        for row in chosen:
            language = languages[row.store]
            row.reason = "DEFECTIVE"
            row.comment = complaint(
                rng, language, products[asin], "buyer_remorse", reason="DEFECTIVE"
            )
            row.disposition = "SELLABLE" if rng.random() < 0.8 else "CUSTOMER_DAMAGED"
            row.status = RETURNED
            row.tag = "reason_mismatch"
        planted[asin] = sorted(chosen, key=lambda row: (row.returned, row.lpn))
    return planted
