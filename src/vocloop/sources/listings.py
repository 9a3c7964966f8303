"""One ASIN's listing text (title, bullet points, description) from a listings report.

Pure: decoded text in, the listing out, no database. Two shapes are read:

* Seller Central's All Listings Report (`GET_MERCHANT_LISTINGS_ALL_DATA`): TAB-separated with
  `item-name`, `item-description` and `asin1` (it has no bullet points);
* a listings flat file as Seller Central exports it for editing (category listings report or
  inventory template): attribute names such as `item_name`, `bullet_point1`..`bullet_point5`,
  `product_description`, `external_product_id` / `asin`, under one or two rows of labels.

The gap check (`vocloop gaps --listings-report FILE`) reads the result like pasted text.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from vocloop.errors import UserError
from vocloop.sources.reports.tabular import sniff_delimiter

# Listings reports name the title item-name / item_name; other reports' product-name is not a
# listing (an FBA returns report must not pass for one).
_TITLE = ("item-name", "item_name", "商品名称")
_DESCRIPTION = (
    "item-description",
    "product_description",
    "product-description",
    "description",
    "商品描述",
)
_ASIN = ("asin1", "asin", "external_product_id", "product-id", "product_id")
_BULLET = re.compile(r"^(?:bullet[_-]?point|key[_-]product[_-]features)[_-]?\d*$|^五点描述\d*$")
_ASIN_FORM = re.compile(r"^(?:B0[0-9A-Z]{8}|\d{9}[\dX])$")
_HEADER_ROWS = 5  # flat files put template and label rows above the attribute names


@dataclass(frozen=True)
class ListingText:
    title: str
    bullets: list[str]
    description: str

    @property
    def text(self) -> str:
        """Title, bullets and description, one per line: what the gap check reads."""
        return "\n".join(part for part in (self.title, *self.bullets, self.description) if part)


def _header(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows[:_HEADER_ROWS]):
        names = {cell.strip().lower() for cell in row}
        if names & set(_TITLE) and names & set(_ASIN):
            return index
    return None


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [cell.strip().lower() for cell in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def listing_from_report(text: str, *, asin: str, name: str) -> ListingText:
    """The listing of `asin` in a listings report; one sentence naming the file when it is not
    a listings report or holds no row for the ASIN."""
    wanted = asin.strip().upper()
    first_line = text.split("\n", 1)[0]
    rows = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(first_line)))
    start = _header(rows)
    if start is None:
        raise UserError(
            f"{name}: not a listings report (no item-name/item_name and asin1/asin columns in "
            "its first rows); export the All Listings Report or a listings flat file."
        )
    header = rows[start]
    title_at = _column(header, _TITLE)
    asin_at = _column(header, _ASIN)
    description_at = _column(header, _DESCRIPTION)
    bullets_at = [i for i, cell in enumerate(header) if _BULLET.match(cell.strip().lower())]
    assert title_at is not None
    assert asin_at is not None

    def cell(row: list[str], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    listings = 0
    for row in rows[start + 1 :]:
        value = cell(row, asin_at).upper()
        if not _ASIN_FORM.match(value):
            continue  # label rows, blank lines, UPC/EAN ids of other listings
        listings += 1
        if value == wanted:
            return ListingText(
                title=cell(row, title_at),
                bullets=[b for b in (cell(row, i) for i in bullets_at) if b],
                description=re.sub(r"<[^>]+>", " ", cell(row, description_at)).strip(),
            )
    raise UserError(f"{name}: no listing for {wanted} among its {listings} listings.")
