"""Simulated product reviews and seller feedback, tied to the orders and returns they come from."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from vocloop.demo.catalog import (
    RUNS_SMALL_ASINS,
    SUPPLIER_CHANGE_ASIN,
    USAGE_DIFFICULTY_ASIN,
    DemoStore,
    Product,
)
from vocloop.demo.draws import seeded
from vocloop.demo.orders import OrderLine
from vocloop.demo.phrases import author, complaint, feedback_text, review_text
from vocloop.demo.returns import PRODUCT_CAUSES, ReturnRow, pick_reason

_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ALIAS_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
_USUAL_STARS = ((5, 68), (4, 21), (3, 6), (2, 2), (1, 3))
_TROUBLED_STARS = ((5, 48), (4, 18), (3, 10), (2, 8), (1, 16))
_LOW_STARS = ((1, 60), (2, 30), (3, 10))
_FEEDBACK_STARS = ((1, 45), (2, 30), (3, 25))
_TITLE_KEYS = frozenset(f"title/{cause}" for cause in PRODUCT_CAUSES)


@dataclass(slots=True)
class Review:
    """One product review, with the order line and cause it was generated from."""

    review_id: str
    store: str
    asin: str
    sku: str
    day: datetime.date
    rating: int
    title: str
    body: str
    author: str
    verified: bool
    helpful_votes: int
    variation: str
    line: OrderLine
    cause: str = ""
    reason: str = ""
    tag: str = ""


@dataclass(slots=True)
class SellerFeedback:
    """One row of the seller feedback report (1 to 3 stars)."""

    store: str
    day: datetime.date
    rating: int
    comment: str
    response: str
    line: OrderLine
    rater_email: str
    cause: str = ""
    tag: str = ""


def _stars(rng: random.Random, table: tuple[tuple[int, int], ...]) -> int:
    return rng.choices([stars for stars, _ in table], weights=[weight for _, weight in table])[0]


def _later(
    rng: random.Random, day: datetime.date, least: int, mean: float, most: int
) -> datetime.date:
    return day + datetime.timedelta(days=least + min(most - least, int(rng.expovariate(1 / mean))))


def _product_cause(rng: random.Random, product: Product) -> str:
    weights = [
        (cause, weight) for cause, weight in product.cause_weights() if cause in PRODUCT_CAUSES
    ]
    return rng.choices([cause for cause, _ in weights], weights=[weight for _, weight in weights])[
        0
    ]


class _ReviewIds:
    def __init__(self, rng: random.Random) -> None:
        self._rng, self._seen = rng, set[str]()

    def next(self) -> str:
        while True:
            review_id = "R" + "".join(self._rng.choice(_ID_CHARACTERS) for _ in range(13))
            if review_id not in self._seen:
                self._seen.add(review_id)
                return review_id


def _body_low(
    rng: random.Random, language: str, product: Product, cause: str, reason: str, tag: str
) -> str:
    sentences = [complaint(rng, language, product, cause, reason=reason, tag=tag)]
    if rng.random() < 0.35:
        second = complaint(rng, language, product, cause, reason=reason, tag=tag)
        if second != sentences[0]:
            sentences.append(second)
    if rng.random() < 0.6:
        sentences.append(review_text(rng, language, "closer/low", product))
    # Some buyers break their review into lines; the CSV quotes those fields.
    separator = (
        "\n" if len(sentences) > 1 and rng.random() < 0.2 else ("" if language == "ja" else " ")
    )
    return separator.join(sentences)


def _review(
    rng: random.Random,
    ids: _ReviewIds,
    store: DemoStore,
    product: Product,
    line: OrderLine,
    *,
    rating: int,
    day: datetime.date,
    cause: str = "",
    reason: str = "",
    tag: str = "",
    verified: bool = True,
) -> Review:
    """A review of `rating` stars; ratings of 3 or less complain about `cause`."""
    language = store.language
    if rating >= 4:
        title = review_text(rng, language, f"title/{rating}", product)
        body = review_text(rng, language, f"body/{rating}", product)
        helpful = 0 if rng.random() < 0.7 else int(rng.expovariate(1 / 1.5))
    elif rating == 3:
        title = review_text(rng, language, "title/3", product)
        text = complaint(rng, language, product, cause, reason=reason, tag=tag)
        body = review_text(rng, language, "body/3", product, complaint=text)
        helpful = int(rng.expovariate(1 / 1.5))
    else:
        key = f"title/{cause}" if rng.random() < 0.5 else "title/low"
        title = review_text(rng, language, key if key in _TITLE_KEYS else "title/low", product)
        body = _body_low(rng, language, product, cause, reason, tag)
        helpful = int(rng.expovariate(1 / 3))
    return Review(
        review_id=ids.next(),
        store=store.code,
        asin=product.asin,
        sku=line.sku,
        day=day,
        rating=rating,
        title=title,
        body=body,
        author=author(rng, language),
        verified=verified,
        helpful_votes=helpful,
        variation=product.wording[language].variation,
        line=line,
        cause=cause if rating <= 3 else "",
        reason=reason if rating <= 3 else "",
        tag=tag,
    )


def _stars_for(
    product: Product, line: OrderLine, change_date: datetime.date
) -> tuple[tuple[int, int], ...]:
    if product.asin == SUPPLIER_CHANGE_ASIN and line.day >= change_date:
        return _TROUBLED_STARS
    if product.asin == USAGE_DIFFICULTY_ASIN or product.asin in RUNS_SMALL_ASINS:
        return _TROUBLED_STARS
    return _USUAL_STARS


def simulate_reviews(
    stores: tuple[DemoStore, ...],
    lines_by_store: dict[str, list[OrderLine]],
    returns_by_store: dict[str, list[ReturnRow]],
    products: dict[str, Product],
    vine_lines: list[OrderLine],
    *,
    today: datetime.date,
    change_date: datetime.date,
    seed: int,
) -> list[Review]:
    """Reviews from buyers who kept, returned or got (Vine) the product, all before `today`."""
    rng = seeded(seed, "reviews")
    ids = _ReviewIds(rng)
    vine = {(line.order_id, line.asin) for line in vine_lines}
    reviews: list[Review] = []
    for store in stores:
        returned = {(row.line.order_id, row.line.asin): row for row in returns_by_store[store.code]}
        for line in lines_by_store[store.code]:
            if line.status != "Shipped":
                continue
            product = products[line.asin]
            key = (line.order_id, line.asin)
            row = returned.get(key)
            if key in vine:
                day = _later(rng, line.day, 7, 5, 30)
                rating = 5 if rng.random() < 0.7 else 4
                if day < today:
                    reviews.append(
                        _review(
                            rng, ids, store, product, line, rating=rating, day=day, verified=False
                        )
                    )
                continue
            if row is not None and row.tag == "safety_mentions":
                continue  # planted separately below
            if row is not None and row.cause in PRODUCT_CAUSES:
                if rng.random() >= 0.05:
                    continue
                rating, cause, reason, tag = _stars(rng, _LOW_STARS), row.cause, row.reason, row.tag
            else:
                if rng.random() >= 0.011:
                    continue
                rating = _stars(rng, _stars_for(product, line, change_date))
                cause = _product_cause(rng, product) if rating <= 3 else ""
                reason = pick_reason(rng, cause, product) if cause else ""
                tag = ""
                if product.asin == SUPPLIER_CHANGE_ASIN and line.day >= change_date and rating <= 2:
                    cause, reason, tag = "quality_defect", "DEFECTIVE", "supplier_change"
            day = _later(rng, line.day, 4, 8, 60)
            if day >= today:
                continue
            reviews.append(
                _review(
                    rng,
                    ids,
                    store,
                    product,
                    line,
                    rating=rating,
                    day=day,
                    cause=cause,
                    reason=reason,
                    tag=tag,
                    verified=rng.random() > 0.03,
                )
            )
        safety_rows = [row for row in returns_by_store[store.code] if row.tag == "safety_mentions"]
        for row in safety_rows[:1]:
            day = min(
                row.returned.date() + datetime.timedelta(days=1), today - datetime.timedelta(days=1)
            )
            reviews.append(
                _review(
                    rng,
                    ids,
                    store,
                    products[row.line.asin],
                    row.line,
                    rating=1,
                    day=day,
                    cause="safety_concern",
                    reason=row.reason,
                    tag="safety_mentions",
                )
            )
    order = {store.code: index for index, store in enumerate(stores)}
    reviews.sort(key=lambda review: (order[review.store], review.day, review.review_id))
    return reviews


def _alias(rng: random.Random, store: DemoStore) -> str:
    return "".join(rng.choice(_ALIAS_CHARACTERS) for _ in range(15)) + "@" + store.email_domain


def simulate_feedback(
    store: DemoStore,
    lines: list[OrderLine],
    returns: list[ReturnRow],
    products: dict[str, Product],
    *,
    today: datetime.date,
    seed: int,
) -> list[SellerFeedback]:
    """Negative and neutral seller feedback (1-3 stars) for the store, oldest first."""
    rng = seeded(seed, f"feedback:{store.code}")
    language = store.language
    returned = {(row.line.order_id, row.line.asin): row for row in returns}
    rows: list[SellerFeedback] = []
    for line in lines:
        if line.status != "Shipped":
            continue
        product = products[line.asin]
        row = returned.get((line.order_id, line.asin))
        if row is not None and row.tag == "safety_mentions":
            continue
        if row is not None and row.cause in PRODUCT_CAUSES:
            share, kind, cause, tag = 0.02, "product", row.cause, row.tag
        elif row is not None and row.cause == "shipping_delivery":
            share, kind, cause, tag = 0.06, "delivery", "shipping_delivery", ""
        else:
            share, cause, tag = 0.0016, "", ""
            kind = rng.choices(
                ("delivery", "service", "product", "empty"), weights=(45, 25, 10, 20)
            )[0]
        if rng.random() >= share:
            continue
        if kind == "product":
            cause = cause or _product_cause(rng, product)
            comment = complaint(
                rng, language, product, cause, reason=pick_reason(rng, cause, product), tag=tag
            )
        elif kind in ("delivery", "service"):
            comment, cause = (
                feedback_text(rng, language, kind),
                ("shipping_delivery" if kind == "delivery" else "other"),
            )
        else:
            comment, cause = "", ""
        day = _later(rng, line.day, 3, 6, 45)
        if day >= today:
            continue
        response = feedback_text(rng, language, "response") if rng.random() < 0.15 else ""
        rows.append(
            SellerFeedback(
                store.code,
                day,
                _stars(rng, _FEEDBACK_STARS),
                comment,
                response,
                line,
                _alias(rng, store),
                cause,
                tag,
            )
        )
    for row in [row for row in returns if row.tag == "safety_mentions"][:1]:
        day = min(
            row.returned.date() + datetime.timedelta(days=2), today - datetime.timedelta(days=1)
        )
        comment = complaint(rng, language, products[row.line.asin], "safety_concern")
        rows.append(
            SellerFeedback(
                store.code,
                day,
                1,
                comment,
                "",
                row.line,
                _alias(rng, store),
                "safety_concern",
                "safety_mentions",
            )
        )
    rows.sort(key=lambda feedback: (feedback.day, feedback.line.order_id))
    return rows
