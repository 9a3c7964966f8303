"""Report documents the fake serves: our fixture files, encoded and compressed as Amazon sends them."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures" / "amazon"

# Which fixture answers which report type by default.
FIXTURE_OF_REPORT = {
    "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL": "all_orders.tsv",
    "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA": "fba_returns.tsv",
    "GET_SELLER_FEEDBACK_DATA": "seller_feedback.tsv",
    "GET_V2_SELLER_PERFORMANCE_REPORT": "seller_performance_v2.json",
}


@dataclass(frozen=True)
class DocumentSpec:
    """A document: its text, the bytes' real encoding, the charset label sent, and gzip or not.

    label differs from encoding to imitate Amazon's mislabelled downloads; None sends no charset.
    """

    text: str
    encoding: str = "utf-8"
    label: str | None = "UTF-8"
    gzip: bool = True

    def body(self) -> bytes:
        data = self.text.encode(self.encoding)
        return gzip.compress(data, mtime=0) if self.gzip else data

    @property
    def content_type(self) -> str:
        return f"text/plain; charset={self.label}" if self.label else "text/plain"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def default_documents() -> dict[str, DocumentSpec]:
    """Orders and returns gzip-compressed, feedback plain cp1252, account health plain UTF-8."""
    return {
        "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL": DocumentSpec(
            fixture_text("all_orders.tsv")
        ),
        "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA": DocumentSpec(fixture_text("fba_returns.tsv")),
        "GET_SELLER_FEEDBACK_DATA": DocumentSpec(
            fixture_text("seller_feedback.tsv"), encoding="cp1252", label="Cp1252", gzip=False
        ),
        "GET_V2_SELLER_PERFORMANCE_REPORT": DocumentSpec(
            fixture_text("seller_performance_v2.json"), gzip=False
        ),
    }
