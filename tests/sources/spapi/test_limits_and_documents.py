"""Token buckets seeded from Amazon's documented plans, and document charsets with fallbacks."""

from __future__ import annotations

import pytest

from vocloop.sources.spapi.documents import decode_document
from vocloop.sources.spapi.rate_limits import PACING, Plan, RateLimits, TokenBucket
from vocloop.sources.spapi.sdk import spapi


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.mark.parametrize(
    ("_case", "operation", "method", "plan"),
    [
        ("createReport", "createReport", spapi.ReportsApi.create_report, Plan(0.0167, 15)),
        ("getReport", "getReport", spapi.ReportsApi.get_report, Plan(2.0, 15)),
        ("getOrders", "getOrders", spapi.OrdersV0Api.get_orders, Plan(0.0167, 20)),
        (
            "solicitation",
            "createProductReviewAndSellerFeedbackSolicitation",
            spapi.SolicitationsApi.create_product_review_and_seller_feedback_solicitation,
            Plan(1.0, 5),
        ),
        (
            "customer feedback: undocumented",
            "getItemReviewTopics",
            spapi.CustomerFeedbackApi.get_item_review_topics,
            Plan(1.0, 1),
        ),
    ],
)
def test_buckets_start_from_the_documented_plan(
    _case: str, operation: str, method: object, plan: Plan
) -> None:
    bucket = RateLimits().bucket("seller", operation, method.__doc__)  # type: ignore[attr-defined]
    assert (bucket.rate, bucket.burst) == (plan.rate, plan.burst)


def test_a_bucket_allows_the_burst_then_paces_at_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(Plan(0.5, 3), clock=clock, sleep=clock.sleep)
    waits = [bucket.take() for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:] == [pytest.approx(2.0 / PACING), pytest.approx(2.0 / PACING)]


def test_the_header_rate_replaces_the_documented_one_and_a_429_empties_the_bucket() -> None:
    clock = FakeClock()
    bucket = TokenBucket(Plan(0.0167, 15), clock=clock, sleep=clock.sleep)
    bucket.set_rate(0.5)
    bucket.drain()
    assert bucket.take() == pytest.approx(2.0 / PACING)


def test_sellers_have_their_own_buckets_and_stores_of_one_seller_share() -> None:
    limits = RateLimits()
    assert limits.bucket("a", "getReport") is limits.bucket("a", "getReport")
    assert limits.bucket("a", "getReport") is not limits.bucket("b", "getReport")


TEXT = "Länge\tüber\tcafé\n"


@pytest.mark.parametrize(
    ("_case", "data", "content_type", "japanese", "decoded_as", "text"),
    [
        ("declared UTF-8", TEXT.encode(), "text/plain; charset=UTF-8", False, "utf-8", TEXT),
        (
            "declared Cp1252",
            TEXT.encode("cp1252"),
            "text/plain;charset=Cp1252",
            False,
            "cp1252",
            TEXT,
        ),
        (
            "ISO-8859-1 read as cp1252",
            "€ 5\n".encode("cp1252"),
            "text/plain; charset=ISO-8859-1",
            False,
            "cp1252",
            "€ 5\n",
        ),
        (
            "UTF-8 mislabelled Latin: left to detection",
            TEXT.encode(),
            "text/plain; charset=Cp1252",
            False,
            None,
            None,
        ),
        (
            "JP labelled Latin: left to detection",
            "返品\n".encode("cp932"),
            "text/plain; charset=ISO-8859-1",
            True,
            None,
            None,
        ),
        (
            "Shift_JIS read as cp932",
            "①返品\n".encode("cp932"),
            "text/plain; charset=Shift_JIS",
            True,
            "cp932",
            "①返品\n",
        ),
        (
            "declared UTF-8 but cp1252 bytes: left to detection",
            TEXT.encode("cp1252"),
            "text/plain; charset=UTF-8",
            False,
            None,
            None,
        ),
        ("no charset", TEXT.encode("cp1252"), "text/plain", False, None, None),
        ("unknown charset", TEXT.encode(), "text/plain; charset=x-klingon", False, None, None),
    ],
)
def test_documents_decode_by_declared_charset_or_leave_it_to_detection(
    _case: str,
    data: bytes,
    content_type: str,
    japanese: bool,
    decoded_as: str | None,
    text: str | None,
) -> None:
    document = decode_document(data, content_type, japanese=japanese)
    assert document.decoded_as == decoded_as
    if text is None:
        assert document.data == data, "the import path's detection gets the bytes as they came"
    else:
        assert document.data.decode("utf-8") == text
