"""Simulated order lines for one demo store: a year of demand with seasonality, events and noise."""

from __future__ import annotations

import datetime
import math
import random
from dataclasses import dataclass

from vocloop.demo.catalog import ADDRESSES, Address, DemoStore, Product
from vocloop.demo.draws import Weighted, poisson, seeded

UTC = datetime.UTC
DAYS = 365
VOLUME = 0.55  # scales every listing's baseline so the year stays near 110,000 order lines
_WEEKDAY = (1.0, 0.96, 0.96, 0.98, 1.02, 1.1, 1.12)  # Monday..Sunday
_LOCAL_HOURS = (
    1,
    1,
    0.5,
    0.3,
    0.3,
    0.5,
    1,
    2,
    3,
    4,
    4,
    5,
    6,
    5,
    5,
    5,
    5,
    6,
    7,
    9,
    10,
    10,
    7,
    3,
)  # relative orders per local hour
_SERVICE_LEVELS = {
    "US": Weighted((("Standard", 70), ("Expedited", 15), ("SecondDay", 10), ("NextDay", 5))),
    "DE": Weighted((("Standard", 85), ("Expedited", 15))),
    "JP": Weighted((("Standard", 80), ("Expedited", 20))),
}
_QUANTITIES = Weighted(((1, 88), (2, 9), (3, 3)))
_BUSINESS_SHARE = {"US": 0.04, "DE": 0.07, "JP": 0.03}
_VAT_PERCENT = {"DE": 19, "JP": 10}


@dataclass(slots=True)
class OrderLine:
    """One line of the all-orders report (one ASIN in one order)."""

    order_id: str
    store: str
    asin: str
    sku: str
    title: str
    purchased: datetime.datetime
    updated: datetime.datetime
    status: str  # Shipped, Pending or Cancelled
    quantity: int
    price_minor: int  # line total; meaningless unless Shipped
    tax_minor: int
    service_level: str
    address: Address
    business: bool
    promotion_ids: str = ""

    @property
    def day(self) -> datetime.date:
        return self.purchased.date()


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def event_boosts(start: datetime.date, end: datetime.date) -> dict[datetime.date, float]:
    """Demand multipliers for Prime Day and Black Friday to Cyber Monday inside the window."""
    boosts: dict[datetime.date, float] = {}
    for year in range(start.year, end.year + 1):
        prime = _nth_weekday(year, 7, 1, 2)  # second Tuesday of July
        boosts[prime] = 2.4
        boosts[prime + datetime.timedelta(days=1)] = 2.0
        black_friday = _nth_weekday(year, 11, 3, 4) + datetime.timedelta(days=1)
        for offset, boost in enumerate((2.3, 1.6, 1.5, 1.9)):
            boosts[black_friday + datetime.timedelta(days=offset)] = boost
    return boosts


def _ramp(product: Product, today: datetime.date, day: datetime.date) -> float:
    """0 before launch, rising over the first three weeks after it."""
    if product.launch_days_ago is None:
        return 1.0
    age = (day - (today - datetime.timedelta(days=product.launch_days_ago))).days
    if age < 0:
        return 0.0
    return min(1.0, 0.25 + age / 28)


class _OrderIds:
    """Unique Amazon order ids (3-7-7 digits) with the store's prefixes."""

    def __init__(self, rng: random.Random, prefixes: tuple[str, ...]) -> None:
        self._rng, self._prefixes, self._seen = rng, prefixes, set[str]()

    def next(self) -> str:
        while True:
            rng = self._rng
            prefix = self._prefixes[int(rng.random() * len(self._prefixes))]
            order_id = f"{prefix}-{int(rng.random() * 1e7):07d}-{int(rng.random() * 1e7):07d}"
            if order_id not in self._seen:
                self._seen.add(order_id)
                return order_id


def _tax(store: DemoStore, price_minor: int, address: Address) -> int:
    if store.code in _VAT_PERCENT:
        percent = _VAT_PERCENT[store.code]
        return (price_minor * percent * 2 + (100 + percent)) // (2 * (100 + percent))
    return (price_minor * address.tax_bp + 5000) // 10000


def simulate_orders(
    store: DemoStore, products: tuple[Product, ...], *, today: datetime.date, seed: int
) -> list[OrderLine]:
    """Every order line of the year before `today` in this store, sorted by purchase time."""
    rng = seeded(seed, f"orders:{store.code}")
    ids = _OrderIds(rng, store.order_prefixes)
    addresses = ADDRESSES[store.code]
    pick_address = Weighted([(address, address.weight) for address in addresses])
    levels = _SERVICE_LEVELS[store.code]
    pick_hour = Weighted(
        [((local - store.utc_offset_hours) % 24, share) for local, share in enumerate(_LOCAL_HOURS)]
    )
    listed = [product for product in products if store.code in product.listings]
    start = today - datetime.timedelta(days=DAYS)
    boosts = event_boosts(start, today)
    today_midnight = datetime.datetime(today.year, today.month, today.day, tzinfo=UTC)
    lines: list[OrderLine] = []
    for offset in range(DAYS):
        day = start + datetime.timedelta(days=offset)
        days_ago = (today - day).days
        midnight = datetime.datetime(day.year, day.month, day.day, tzinfo=UTC)
        base = _WEEKDAY[day.weekday()] * boosts.get(day, 1.0) * VOLUME
        todays: list[OrderLine] = []
        in_orders: set[tuple[str, str]] = set()  # (order id, ASIN): one line per ASIN per order
        for product in listed:
            listing = product.listings[store.code]
            mean = (
                listing.daily
                * base
                * product.monthly_season()[day.month - 1]
                * _ramp(product, today, day)
                * math.exp(rng.gauss(0.0, 0.22))
            )
            for _ in range(poisson(rng, mean)):
                # A few orders hold two different ASINs: this line joins an earlier order.
                other = rng.choice(todays) if todays and rng.random() < 0.03 else None
                if other is not None and (
                    other.status != "Shipped" or (other.order_id, product.asin) in in_orders
                ):
                    other = None
                joined = other is not None
                if other is not None:
                    order_id, purchased = other.order_id, other.purchased
                    address, business = other.address, other.business
                else:
                    order_id = ids.next()
                    purchased = midnight + datetime.timedelta(
                        hours=pick_hour.pick(rng), seconds=int(rng.random() * 3600)
                    )
                    address = pick_address.pick(rng)
                    business = rng.random() < _BUSINESS_SHARE[store.code]
                quantity = _QUANTITIES.pick(rng)
                roll = rng.random()
                pending_share = 0.35 if days_ago == 1 else 0.08 if days_ago == 2 else 0.0
                if roll < pending_share and not joined:
                    status = "Pending"
                    updated = purchased + datetime.timedelta(seconds=rng.randrange(300, 3600))
                elif roll > 0.988 and not joined:
                    status, quantity = "Cancelled", 0
                    updated = purchased + datetime.timedelta(seconds=rng.randrange(1800, 21600))
                else:
                    status = "Shipped"
                    room = (today_midnight - purchased).total_seconds()
                    delay = rng.uniform(min(14400.0, room / 2), min(345600.0, room))
                    updated = purchased + datetime.timedelta(seconds=int(delay))
                price = listing.price_minor * quantity
                line = OrderLine(
                    order_id=order_id,
                    store=store.code,
                    asin=product.asin,
                    sku=listing.sku,
                    title=product.wording[store.language].title,
                    purchased=purchased,
                    updated=min(updated, today_midnight),
                    status=status,
                    quantity=quantity,
                    price_minor=price,
                    tax_minor=_tax(store, price, address),
                    service_level=levels.pick(rng),
                    address=address,
                    business=business,
                )
                todays.append(line)
                in_orders.add((order_id, product.asin))
        lines.extend(todays)
    lines.sort(key=lambda line: (line.purchased, line.order_id, line.asin))
    return lines


def plant_vine_orders(
    rng: random.Random, lines: list[OrderLine], asin: str, *, launched: datetime.date, count: int
) -> list[OrderLine]:
    """Mark a few early shipped orders of a new ASIN as Vine orders (promotion-ids)."""
    early = [
        line
        for line in lines
        if line.asin == asin
        and line.status == "Shipped"
        and line.quantity == 1
        and launched <= line.day < launched + datetime.timedelta(days=21)
    ]
    chosen = rng.sample(early, min(count, len(early)))
    enrollment = "Vine.Enrollment." + "-".join(
        "".join(rng.choice("0123456789abcdef") for _ in range(size)) for size in (8, 4, 4, 4, 12)
    )
    for line in chosen:
        line.promotion_ids = enrollment
    return sorted(chosen, key=lambda line: line.purchased)
