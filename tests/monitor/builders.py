"""Synthetic order and return reports with a known story, written in Amazon's own formats."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import AMAZON_FIXTURES
from tests.factories import RETURNS_HEADER

_ORDERS = (AMAZON_FIXTURES / "all_orders.tsv").read_text(encoding="utf-8").splitlines()
ORDERS_HEADER = _ORDERS[0]
_ORDER_TEMPLATE = dict(zip(_ORDERS[0].split("\t"), _ORDERS[1].split("\t"), strict=True))


@dataclass(frozen=True)
class Story:
    """One ASIN's sales and returns: `rate` before `change_day`, `rate_after` from it on."""

    asin: str
    units_per_day: int
    rate: float
    rate_after: float | None = None
    change_day: int | None = None
    comment: str = "It broke after two days."
    comment_after: str | None = None


def write_story(
    folder: Path, stories: list[Story], *, start: dt.date, days: int, seed: int = 3
) -> list[Path]:
    """An all-orders file and an FBA returns file for `days` days from `start` (US store).

    Every returned unit is tied to an order line; returns arrive 3-20 days after the order and
    only those that arrive before the last day are written, as in a real download.
    """
    rng = random.Random(seed)
    orders, returns = [ORDERS_HEADER], [RETURNS_HEADER]
    last = start + dt.timedelta(days=days)
    number = 0
    for story in stories:
        for day in range(days):
            changed = story.change_day is not None and day >= story.change_day
            rate = story.rate_after if changed and story.rate_after is not None else story.rate
            comment = story.comment_after if changed and story.comment_after else story.comment
            for _ in range(story.units_per_day):
                number += 1
                ordered = dt.datetime.combine(
                    start + dt.timedelta(days=day), dt.time(12), tzinfo=dt.UTC
                )
                order_id = f"111-{number:07d}-{number % 9_999_999:07d}"
                line = dict(_ORDER_TEMPLATE)
                line.update(
                    {
                        "amazon-order-id": order_id,
                        "purchase-date": ordered.isoformat(),
                        "last-updated-date": ordered.isoformat(),
                        "asin": story.asin,
                        "sku": f"SKU-{story.asin}",
                    }
                )
                orders.append("\t".join(line.values()))
                if rng.random() < rate:
                    returned = ordered + dt.timedelta(days=rng.randint(3, 20))
                    if returned.date() < last:
                        returns.append(
                            "\t".join(
                                [
                                    returned.isoformat(),
                                    order_id,
                                    f"SKU-{story.asin}",
                                    story.asin,
                                    "",
                                    "Test product",
                                    "1",
                                    "PHX7",
                                    "DEFECTIVE",
                                    "DEFECTIVE",
                                    "Unit returned to inventory",
                                    f"LPN{number:011d}",
                                    comment,
                                ]
                            )
                        )
    orders_path = folder / "orders.txt"
    returns_path = folder / "returns.txt"
    orders_path.write_text("\n".join(orders) + "\n", encoding="utf-8")
    returns_path.write_text("\n".join(returns) + "\n", encoding="utf-8")
    return [orders_path, returns_path]
