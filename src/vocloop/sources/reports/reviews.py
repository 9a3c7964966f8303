"""Product reviews from review-tool exports and the brand review page, in vocloop's columns.

Accepted columns, matched case-insensitively with the synonyms below; see docs/import.md. Required:
an ASIN, a date, a rating and a title or body. The marketplace comes from a marketplace/country
column, or --marketplace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from vocloop.errors import RowProblem
from vocloop.marketplaces import find_marketplace
from vocloop.sources.reports.base import ParseContext, ReportKind, RowSource
from vocloop.sources.reports.columns import (
    ColumnMap,
    FieldError,
    ParsedRow,
    check_asin,
    natural_key,
    text_or_none,
    to_bool,
    to_int,
)
from vocloop.sources.reports.dates import DateError, parse_date

ALIASES: dict[str, tuple[str, ...]] = {
    "review_id": ("review-id", "id", "review id", "评论id", "评论ID"),
    "marketplace": ("marketplace", "country", "site", "marketplace-id", "domain", "站点", "国家"),
    "asin": ("asin", "child-asin", "product-asin", "子asin"),
    "sku": ("sku", "seller-sku"),
    "review_date": ("review-date", "date", "review date", "reviewed-at", "评论日期", "日期"),
    "rating": ("rating", "stars", "star-rating", "star rating", "score", "评分", "星级"),
    "title": ("title", "review-title", "headline", "标题"),
    "body": (
        "body",
        "review",
        "review-body",
        "content",
        "text",
        "comment",
        "review-text",
        "内容",
        "评论内容",
    ),
    "author": ("author", "reviewer", "name", "profile-name", "reviewer-name", "评论人"),
    "verified_purchase": ("verified-purchase", "verified", "vp", "已验证购买"),
    "helpful_votes": ("helpful-votes", "helpful", "helpful-count", "有用"),
    "variation": ("variation", "variant", "style", "attributes", "变体"),
}
REQUIRED = ("asin", "review_date", "rating")
TEMPLATE_HEADER = list(ALIASES)
_STARS = re.compile(r"(\d(?:[.,]\d)?)")


def detect(header: list[str], first_row: list[str] | None) -> bool:
    columns = ColumnMap.build(header, ALIASES)
    return not columns.missing(REQUIRED) and ("body" in columns.index or "title" in columns.index)


def _rating(raw: str, name: str) -> int:
    # "4.0 out of 5 stars", "5", "★★★★☆" all occur in exports.
    if raw and set(raw) <= {"★", "☆"}:
        return raw.count("★")
    match = _STARS.match(raw)
    if not match:
        raise FieldError(name, f"{name} '{raw}' is not 1 to 5 stars")
    value = float(match.group(1).replace(",", "."))
    if not 1 <= value <= 5 or value != int(value):
        raise FieldError(name, f"{name} '{raw}' is not 1 to 5 stars")
    return int(value)


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    columns = ColumnMap.build(header, ALIASES)
    names = {key: header[index].strip() for key, index in columns.index.items()}
    width = len(header)
    for line, fields in rows:
        if len(fields) > width:
            yield ParsedRow(
                line,
                None,
                [
                    RowProblem(
                        line, None, f"the row has {len(fields)} columns, the header has {width}"
                    )
                ],
            )
            continue
        cell = columns.cell
        try:
            asin_text = cell(fields, "asin")
            if not asin_text:
                raise FieldError(names["asin"], f"{names['asin']} is empty")
            asin = check_asin(asin_text, names["asin"])
            raw_date = cell(fields, "review_date")
            try:
                day = parse_date(
                    raw_date, context.marketplace.date_order if context.marketplace else None
                )
            except DateError as error:
                raise FieldError(names["review_date"], f"{names['review_date']} {error}") from None
            rating = _rating(cell(fields, "rating"), names["rating"])
            title, body = cell(fields, "title"), cell(fields, "body")
            if not title and not body:
                raise FieldError(names.get("body", "body"), "the review has neither title nor text")
            marketplace_text = cell(fields, "marketplace")
            marketplace = find_marketplace(marketplace_text) if marketplace_text else None
            if marketplace_text and marketplace is None:
                raise FieldError(
                    names["marketplace"],
                    f"{names['marketplace']} '{marketplace_text}' is not an Amazon marketplace",
                )
            record: dict[str, Any] = {
                "review_id": text_or_none(cell(fields, "review_id")),
                "asin": asin,
                "sku": text_or_none(cell(fields, "sku")),
                "review_date": day,
                "rating": rating,
                "title": text_or_none(title),
                "body": text_or_none(body),
                "author": text_or_none(cell(fields, "author")),
                "verified_purchase": to_bool(
                    cell(fields, "verified_purchase"), "verified_purchase"
                ),
                "helpful_votes": to_int(
                    cell(fields, "helpful_votes"), "helpful_votes", required=False
                ),
                "variation": text_or_none(cell(fields, "variation")),
            }
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        record["extra"] = columns.extra(fields)
        record["natural_key"] = natural_key(
            "REVIEW",
            *(
                (record["review_id"],)
                if record["review_id"]
                else (asin, day.isoformat(), record["author"], title, body)
            ),
        )
        yield ParsedRow(line, record, [], marketplace=marketplace.code if marketplace else None)


KIND = ReportKind(
    name="reviews",
    label_en="Product reviews",
    label_zh="商品评论",
    table="reviews",
    doc="Reviews exported from a review tool or the brand review page (CSV, TSV or XLSX).",
    detect=detect,
    parse=parse,
)
