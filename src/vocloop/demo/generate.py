"""Writes the demo data set as real-format Amazon report files and returns what it planted."""

from __future__ import annotations

import datetime
from pathlib import Path

from vocloop.demo.catalog import (
    MISMATCH_ASINS,
    RUNS_SMALL_ASINS,
    SAFETY_ASIN,
    SIZE_FIX_ASIN,
    STORES,
    SUPPLIER_CHANGE_ASIN,
    USAGE_DIFFICULTY_ASIN,
    VINE_ASIN,
)
from vocloop.demo.draws import seeded
from vocloop.demo.feedback import Review, SellerFeedback, simulate_feedback, simulate_reviews
from vocloop.demo.health import account_health, voc_snapshots
from vocloop.demo.orders import OrderLine, plant_vine_orders, simulate_orders
from vocloop.demo.plan import DemoFile, DemoPlan, PlantedPattern
from vocloop.demo.products import PRODUCT_BY_ASIN, PRODUCTS
from vocloop.demo.returns import (
    LicensePlates,
    ReturnRow,
    plant_reason_mismatch,
    plant_safety_returns,
    simulate_returns,
)
from vocloop.demo.writers import (
    FEEDBACK_HEADERS,
    ORDERS_HEADER,
    RETURNS_HEADER,
    REVIEWS_HEADER,
    VOC_HEADER,
    feedback_fields,
    order_fields,
    return_fields,
    review_fields,
    voc_fields,
    write_csv,
    write_json,
    write_tsv,
)

SUPPLIER_CHANGE_DAYS_AGO = 120
SIZE_FIX_DAYS_AGO = 70
SAFETY_RETURNS = {"US": 4, "JP": 3}
MISMATCH_PER_ASIN = 10
VINE_ORDERS = {"US": 2, "DE": 1}


def write_demo_reports(folder: Path, *, today: datetime.date, seed: int = 7) -> DemoPlan:
    """Write a year of demo reports for three stores into `folder` and say what they hide.

    Pure and deterministic: the same `today` and `seed` give byte-identical files. Orders end
    the day before `today`; nothing reads the clock or the global random state.
    """
    folder.mkdir(parents=True, exist_ok=True)
    change_date = today - datetime.timedelta(days=SUPPLIER_CHANGE_DAYS_AGO)
    fix_date = today - datetime.timedelta(days=SIZE_FIX_DAYS_AGO)
    plates = LicensePlates(seeded(seed, "lpn"))
    vine_rng = seeded(seed, "vine")
    launched = today - datetime.timedelta(days=PRODUCT_BY_ASIN[VINE_ASIN].launch_days_ago or 0)

    lines: dict[str, list[OrderLine]] = {}
    returns: dict[str, list[ReturnRow]] = {}
    vine_lines: list[OrderLine] = []
    safety_rows: list[ReturnRow] = []
    for store in STORES:
        lines[store.code] = simulate_orders(store, PRODUCTS, today=today, seed=seed)
        if store.code in VINE_ORDERS:
            vine_lines += plant_vine_orders(
                vine_rng,
                lines[store.code],
                VINE_ASIN,
                launched=launched,
                count=VINE_ORDERS[store.code],
            )
        returns[store.code] = simulate_returns(
            store,
            lines[store.code],
            PRODUCT_BY_ASIN,
            plates,
            today=today,
            change_date=change_date,
            seed=seed,
            fix_date=fix_date,
        )
        if store.code in SAFETY_RETURNS:
            safety_rows += plant_safety_returns(
                store,
                lines[store.code],
                returns[store.code],
                PRODUCT_BY_ASIN[SAFETY_ASIN],
                plates,
                today=today,
                count=SAFETY_RETURNS[store.code],
                seed=seed,
            )
    mismatches = plant_reason_mismatch(
        returns,
        PRODUCT_BY_ASIN,
        {store.code: store.language for store in STORES},
        MISMATCH_ASINS,
        per_asin=MISMATCH_PER_ASIN,
        seed=seed,
    )
    reviews = simulate_reviews(
        STORES,
        lines,
        returns,
        PRODUCT_BY_ASIN,
        vine_lines,
        today=today,
        change_date=change_date,
        seed=seed,
    )
    feedback = {
        store.code: simulate_feedback(
            store, lines[store.code], returns[store.code], PRODUCT_BY_ASIN, today=today, seed=seed
        )
        for store in STORES
    }
    snapshots = voc_snapshots(STORES, PRODUCTS, lines, returns, reviews, today=today)
    health = account_health(STORES, lines, returns, reviews, feedback, today=today, seed=seed)

    files: list[DemoFile] = []
    for store in STORES:
        code, products = store.code, PRODUCT_BY_ASIN
        path = folder / f"all_orders_{code}.txt"
        count = write_tsv(
            path, ORDERS_HEADER, (order_fields(line, store) for line in lines[code]), "utf-8"
        )
        files.append(DemoFile(path, "all_orders", code, count, "utf-8"))
        path = folder / f"fba_returns_{code}.txt"
        count = write_tsv(
            path,
            RETURNS_HEADER,
            (return_fields(row, products[row.line.asin]) for row in returns[code]),
            store.returns_encoding,
        )
        files.append(DemoFile(path, "fba_returns", code, count, store.returns_encoding))
        path = folder / f"seller_feedback_{code}.txt"
        count = write_tsv(
            path, FEEDBACK_HEADERS[code], map(feedback_fields, feedback[code]), "utf-8"
        )
        files.append(DemoFile(path, "seller_feedback", code, count, "utf-8"))
    path = folder / "reviews.csv"
    count = write_csv(path, REVIEWS_HEADER, map(review_fields, reviews), "utf-8-sig")
    files.append(DemoFile(path, "reviews", None, count, "utf-8-sig"))
    path = folder / "voc_snapshots.csv"
    count = write_csv(path, VOC_HEADER, map(voc_fields, snapshots), "utf-8")
    files.append(DemoFile(path, "voc", None, count, "utf-8"))
    path = folder / "account_health.json"
    write_json(path, health)
    files.append(DemoFile(path, "account_health", None, len(health["performanceMetrics"]), "utf-8"))

    patterns = _patterns(
        returns, reviews, feedback, safety_rows, mismatches, change_date, fix_date, today
    )
    return DemoPlan(folder, today, seed, STORES, tuple(files), patterns)


def _stores_of(rows: list[ReturnRow]) -> tuple[str, ...]:
    present = {row.store for row in rows}
    return tuple(store.code for store in STORES if store.code in present)


def _patterns(
    returns: dict[str, list[ReturnRow]],
    reviews: list[Review],
    feedback: dict[str, list[SellerFeedback]],
    safety_rows: list[ReturnRow],
    mismatches: dict[str, list[ReturnRow]],
    change_date: datetime.date,
    fix_date: datetime.date,
    today: datetime.date,
) -> tuple[PlantedPattern, ...]:
    every_return = [row for store in STORES for row in returns[store.code]]

    def tagged(asin: str, tag: str) -> list[ReturnRow]:
        return [row for row in every_return if row.line.asin == asin and row.tag == tag]

    supplier = tagged(SUPPLIER_CHANGE_ASIN, "supplier_change")
    usage = tagged(USAGE_DIFFICULTY_ASIN, "usage_difficulty")
    safety_mentions = (
        len(safety_rows)
        + sum(1 for review in reviews if review.tag == "safety_mentions")
        + sum(1 for rows in feedback.values() for row in rows if row.tag == "safety_mentions")
    )
    patterns = [
        PlantedPattern(
            SUPPLIER_CHANGE_ASIN,
            "supplier_change",
            _stores_of(supplier),
            "quality_defect",
            len(supplier),
            change_date,
        ),
        PlantedPattern(
            USAGE_DIFFICULTY_ASIN,
            "usage_difficulty",
            _stores_of(usage),
            "usage_difficulty",
            len(usage),
        ),
        PlantedPattern(
            SAFETY_ASIN,
            "safety_mentions",
            _stores_of(safety_rows),
            "safety_concern",
            safety_mentions,
            today - datetime.timedelta(days=42),
        ),
    ]
    patterns += [
        PlantedPattern(asin, "reason_mismatch", _stores_of(rows), "buyer_remorse", len(rows))
        for asin, rows in mismatches.items()
    ]
    for asin in RUNS_SMALL_ASINS:
        small = tagged(asin, "runs_small")
        patterns.append(
            PlantedPattern(asin, "runs_small", _stores_of(small), "size_fit", len(small))
        )
    after_fix = [
        row
        for row in every_return
        if row.line.asin == SIZE_FIX_ASIN and row.cause == "size_fit" and row.line.day >= fix_date
    ]
    patterns.append(
        PlantedPattern(
            SIZE_FIX_ASIN,
            "size_chart_fix",
            _stores_of(after_fix),
            "size_fit",
            len(after_fix),
            fix_date,
        )
    )
    return tuple(patterns)
