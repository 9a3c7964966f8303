"""What a store sync pulls, as data: each kind's report type, windows and schedule."""

from __future__ import annotations

from dataclasses import dataclass

from vocloop.errors import UserError


@dataclass(frozen=True)
class SyncKind:
    """One kind of data a sync keeps current.

    trailing_days: every sync re-pulls this many days before the end of the last window, because
    Amazon back-fills rows (late returns, order status changes, feedback). first_days: how far the
    first sync reaches back. max_days: the longest window one report request covers.
    every_hours: how often the worker should run it.
    """

    name: str
    report_type: str | None  # None: not a report (Customer Feedback API)
    import_kind: str | None  # the vocloop report kind the document must be read as
    trailing_days: int
    first_days: int
    max_days: int
    every_hours: int
    windowed: bool = True
    doc: str = ""


SYNC_KINDS: tuple[SyncKind, ...] = (
    # Orders first: returns of the same sync are filed under their order's store.
    SyncKind(
        "all_orders",
        "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
        "all_orders",
        trailing_days=30,
        first_days=90,
        max_days=30,
        every_hours=24,
        doc="All orders by order date: the denominator of return rates.",
    ),
    SyncKind(
        "fba_returns",
        "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA",
        "fba_returns",
        trailing_days=14,
        first_days=90,
        max_days=30,
        every_hours=24,
        doc="FBA customer returns with reason and comment.",
    ),
    SyncKind(
        "seller_feedback",
        "GET_SELLER_FEEDBACK_DATA",
        "seller_feedback",
        trailing_days=30,
        first_days=90,
        max_days=90,
        every_hours=24,
        doc="Seller feedback ratings and comments.",
    ),
    SyncKind(
        "account_health",
        "GET_V2_SELLER_PERFORMANCE_REPORT",
        "account_health",
        trailing_days=0,
        first_days=0,
        max_days=0,
        every_hours=24,
        windowed=False,
        doc="Account health (V2): a snapshot, no date window.",
    ),
    SyncKind(
        "customer_feedback",
        None,
        None,
        trailing_days=0,
        first_days=0,
        max_days=0,
        every_hours=24 * 7,
        windowed=False,
        doc="Amazon's review and return topics per ASIN and category (Customer Feedback API).",
    ),
)
SYNC_KINDS_BY_NAME = {kind.name: kind for kind in SYNC_KINDS}


def get_sync_kind(name: str) -> SyncKind:
    try:
        return SYNC_KINDS_BY_NAME[name]
    except KeyError:
        known = ", ".join(SYNC_KINDS_BY_NAME)
        raise UserError(f"'{name}' is not a sync kind; use one of {known}.") from None
