"""Request a Review: off by default, only inside Amazon's window, once per order, never gated."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.sources.spapi.conftest import connect_store, import_by_hand, make_context, tenant_id
from tests.spapi_fake import FakeSpapi
from vocloop.app import App
from vocloop.errors import UserError
from vocloop.sources.spapi import (
    request_reviews,
    set_request_reviews,
    solicitation_log,
    window_reason,
)

MODEL = Path(__file__).parents[2] / "spapi_fake" / "models" / "ordersV0.json"
NOW = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)


def sandbox_order() -> dict[str, Any]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    examples = model["paths"]["/orders/v0/orders"]["get"]["responses"]["200"]["x-amzn-api-sandbox"]
    return examples["static"][0]["response"]["payload"]["Orders"][0]


def order(order_id: str, delivered_days_ago: int | None, *, spread: int = 2) -> dict[str, Any]:
    """A shipped order from Amazon's sandbox example, delivered that many days before NOW."""
    found = copy.deepcopy(sandbox_order())
    purchase = NOW - dt.timedelta(days=(delivered_days_ago or 0) + 5)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    found.update(
        AmazonOrderId=order_id,
        PurchaseDate=purchase.strftime(stamp),
        LastUpdateDate=purchase.strftime(stamp),
        OrderStatus="Shipped",
        FulfillmentChannel="AFN",
    )
    if delivered_days_ago is None:
        found.pop("EarliestDeliveryDate", None)
        found.pop("LatestDeliveryDate", None)
    else:
        earliest = NOW - dt.timedelta(days=delivered_days_ago)
        found["EarliestDeliveryDate"] = earliest.strftime(stamp)
        found["LatestDeliveryDate"] = (earliest + dt.timedelta(days=spread)).strftime(stamp)
    return found


@pytest.fixture
def shop(app: App, fake: FakeSpapi) -> App:
    seller = connect_store(app, fake)
    fake.now = NOW
    fake.orders[seller.seller_id] = [
        order("111-0000101-2000101", 10),  # its buyer left 1-star feedback: asked all the same
        order("111-0000201-0000201", 3),  # window opens in 2 days
        order("111-0000301-0000301", 40, spread=0),  # window closed 10 days ago
        order("111-0000401-0000401", None),  # no delivery dates yet
        order("111-0000501-0000501", 33, spread=5),  # open: latest delivery 28 days ago
    ]
    import_by_hand(app, tenant="default", names=("seller_feedback.tsv",))
    return app


def plans(app: App, fake: FakeSpapi, *, send: bool) -> dict[str, tuple[str, str]]:
    context = make_context(app, fake, clock=lambda: NOW)
    found = request_reviews(app.sessions, context, tenant_id=tenant_id(app), store="us", send=send)
    return {plan.amazon_order_id: (plan.action, plan.reason) for plan in found}


def test_dry_run_lists_what_it_would_send_and_why_without_sending(
    shop: App, fake: FakeSpapi
) -> None:
    assert plans(shop, fake, send=False) == {
        "111-0000101-2000101": ("send", "delivered; window open 2026-03-15 to 2026-04-11"),
        "111-0000201-0000201": ("skip", "the window opens on 2026-03-22"),
        "111-0000301-0000301": ("skip", "the window closed on 2026-03-10"),
        "111-0000401-0000401": ("skip", "Amazon gives no delivery dates for this order yet"),
        "111-0000501-0000501": ("send", "delivered; window open 2026-02-20 to 2026-03-22"),
    }
    assert fake.solicited == {}
    assert fake.counts["getSolicitationActionsForOrder"] == 0


def test_sending_is_off_until_enabled(shop: App, fake: FakeSpapi) -> None:
    with pytest.raises(
        UserError,
        match=r"^Request a Review is off for store 'us'; `vocloop reviews enable --store us` turns it on\.$",
    ):
        plans(shop, fake, send=True)
    assert fake.solicited == {}


def test_each_order_in_the_window_is_asked_once_and_logged(shop: App, fake: FakeSpapi) -> None:
    with shop.sessions.begin() as session:
        set_request_reviews(session, tenant_id=tenant_id(shop), store="us", enabled=True)
    first = plans(shop, fake, send=True)
    asked = {"111-0000101-2000101", "111-0000501-0000501"}
    assert {order_id for order_id, (action, _) in first.items() if action == "sent"} == asked
    assert set(fake.solicited) == asked
    again = plans(shop, fake, send=True)
    assert {action for action, _ in again.values()} == {"skip"}
    assert (
        again["111-0000101-2000101"][1]
        == f"already asked on {dt.datetime.now(dt.UTC).date().isoformat()}"
    )
    assert fake.counts["createProductReviewAndSellerFeedbackSolicitation"] == 2
    with shop.sessions() as session:
        log = solicitation_log(session, tenant_id=tenant_id(shop), store="us")
    assert sorted((row["amazon_order_id"], row["status"]) for row in log) == sorted(
        (order_id, "sent") for order_id in asked
    )


def test_an_order_amazon_does_not_offer_now_is_not_logged_and_asked_later(
    shop: App, fake: FakeSpapi
) -> None:
    with shop.sessions.begin() as session:
        set_request_reviews(session, tenant_id=tenant_id(shop), store="us", enabled=True)
    fake.solicited["111-0000501-0000501"] = NOW  # asked through Seller Central already
    first = plans(shop, fake, send=True)
    assert first["111-0000501-0000501"] == (
        "not_offered",
        "Amazon offers no review request for it now",
    )
    with shop.sessions() as session:
        logged = {
            row["amazon_order_id"]
            for row in solicitation_log(session, tenant_id=tenant_id(shop), store="us")
        }
    assert logged == {"111-0000101-2000101"}


@pytest.mark.parametrize(
    ("_case", "earliest", "latest", "inside"),
    [
        (
            "day 5 after earliest delivery",
            "2026-03-15T12:00:00+00:00",
            "2026-03-16T00:00:00+00:00",
            True,
        ),
        ("just before day 5", "2026-03-15T12:00:01+00:00", "2026-03-16T00:00:00+00:00", False),
        (
            "day 30 after latest delivery",
            "2026-02-01T00:00:00+00:00",
            "2026-02-18T12:00:00+00:00",
            True,
        ),
        ("just after day 30", "2026-02-01T00:00:00+00:00", "2026-02-18T11:59:59+00:00", False),
    ],
)
def test_window_edges(_case: str, earliest: str, latest: str, inside: bool) -> None:
    found, _ = window_reason(
        dt.datetime.fromisoformat(earliest), dt.datetime.fromisoformat(latest), NOW
    )
    assert found is inside
