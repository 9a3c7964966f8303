"""Which store each imported row belongs to, and the products the rows name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from vocloop.errors import RowProblem
from vocloop.marketplaces import Marketplace, get_marketplace
from vocloop.sources.reports import ParsedRow
from vocloop.store.access import (
    ProductNames,
    has_orders,
    store_for_marketplace,
    stores_of_orders,
)
from vocloop.store.models import Store


class StoreResolver:
    """Named store > named marketplace > the row's marketplace > its order's store > a hint."""

    def __init__(
        self,
        session: Session,
        tenant_id: int,
        store: Store | None = None,
        marketplace: Marketplace | None = None,
    ) -> None:
        self.session = session
        self.tenant_id = tenant_id
        self.store = store
        self.marketplace = marketplace
        self.by_marketplace: dict[str, Store] = {}
        self.marketplace_of_store: dict[int, str] = {}
        self._has_orders: bool | None = None  # asked once: no orders, no order lookups
        if store is not None:
            self.marketplace_of_store[store.id] = store.marketplace

    def store_for(self, code: str) -> Store:
        store = self.by_marketplace.get(code)
        if store is None:
            store = store_for_marketplace(
                self.session, tenant_id=self.tenant_id, marketplace=get_marketplace(code)
            )
            self.by_marketplace[code] = store
            self.marketplace_of_store[store.id] = store.marketplace
        return store

    def resolve(self, rows: list[ParsedRow]) -> list[int | None]:
        """A store id per row, or None where the row gives no clue."""
        if self.store is not None:
            return [self.store.id] * len(rows)
        if self.marketplace is not None:
            return [self.store_for(self.marketplace.code).id] * len(rows)
        pending = [row.order_id for row in rows if row.marketplace is None and row.order_id]
        if pending and self._has_orders is None:
            self._has_orders = has_orders(self.session, tenant_id=self.tenant_id)
        by_order = (
            stores_of_orders(self.session, tenant_id=self.tenant_id, order_ids=pending)
            if pending and self._has_orders
            else {}
        )
        for store_id in set(by_order.values()) - set(self.marketplace_of_store):
            store = self.session.get(Store, store_id)
            assert store is not None
            assert store.tenant_id == self.tenant_id
            self.marketplace_of_store[store_id] = store.marketplace
        result: list[int | None] = []
        for row in rows:
            if row.marketplace:
                result.append(self.store_for(row.marketplace).id)
            elif row.order_id and row.order_id in by_order:
                result.append(by_order[row.order_id])
            elif row.marketplace_hint:
                result.append(self.store_for(row.marketplace_hint).id)
            else:
                result.append(None)
        return result


def place_unresolved(
    resolver: StoreResolver,
    unresolved: list[ParsedRow],
    write: Callable[[list[ParsedRow]], None],
) -> str | None:
    """Rows with no clue go where all the file's other rows went, if that is one marketplace.

    Writes them and returns a note for the user; leaves them in `unresolved` when it cannot.
    """
    places = set(resolver.marketplace_of_store.values())
    if not unresolved or len(places) != 1:
        return None
    code = places.pop()
    rows = list(unresolved)
    unresolved.clear()
    for row in rows:
        row.marketplace = code
    write(rows)
    return f"{len(rows)} rows name no marketplace; filed under {code} like the rest of the file"


def unplaced_problem(line: int) -> RowProblem:
    return RowProblem(
        line,
        None,
        "the row does not say which marketplace it belongs to; pass --marketplace or --store",
    )


def remember_product(products: ProductNames, store_id: int, record: dict[str, Any]) -> None:
    """Note the ASIN/SKU a record names, with the first FNSKU and title seen for it."""
    asin = record.get("asin")
    if not asin:
        return
    key = (store_id, asin, record.get("sku") or "")
    if key not in products or products[key] == (None, None):
        products[key] = (record.get("fnsku"), record.get("product_name"))
