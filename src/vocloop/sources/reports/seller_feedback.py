"""Seller feedback (GET_SELLER_FEEDBACK_DATA, FORMATS.md §2): six columns, localized headers.

The header row is in the marketplace's language and the dates in its local short style, so the
columns are read by position and the marketplace decides the date order. An English header could be
US (month first) or UK, CA, AU... (day first): the dates decide when they can, the US header wins
when they cannot, and the import says so in its notes.
"""

from __future__ import annotations

from collections.abc import Iterator

from vocloop.errors import RowProblem
from vocloop.marketplaces import Marketplace, get_marketplace
from vocloop.sources.reports.base import ParseContext, ReportKind, RowSource
from vocloop.sources.reports.columns import (
    ORDER_ID,
    FieldError,
    ParsedRow,
    check_order_id,
    column_count_problem,
    natural_key,
    normalize_header,
    text_or_none,
    to_int,
)
from vocloop.sources.reports.dates import DateError, parse_date, possible_orders

FIELDS = ("Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email")

# First two header cells by language: enough to tell the language, and so the marketplace.
HEADER_LANGUAGES = {
    ("date", "rating"): "en",
    ("datum", "bewertung"): "de",
    ("date", "évaluation"): "fr",
    ("date", "note"): "fr",
    ("data", "valutazione"): "it",
    ("fecha", "valoración"): "es",
    ("fecha", "calificación"): "es",
    ("日付", "評価"): "ja",
}
MARKETPLACE_BY_LANGUAGE = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "ja": "JP"}


def _language(header: list[str]) -> str | None:
    key = (normalize_header(header[0]), normalize_header(header[1])) if len(header) >= 2 else ()
    return HEADER_LANGUAGES.get(key)  # type: ignore[arg-type]


def detect(header: list[str], first_row: list[str] | None) -> bool:
    if len(header) != 6:
        return False
    if _language(header):
        return True
    # An unknown language: recognise the shape of the data (rating 1-5, an order id).
    return bool(
        first_row
        and len(first_row) == 6
        and first_row[1].strip() in {"1", "2", "3", "4", "5"}
        and ORDER_ID.fullmatch(first_row[4].strip())
    )


def _choose_marketplace(
    header: list[str], dates: list[str], context: ParseContext
) -> tuple[Marketplace | None, str | None]:
    """(marketplace, date order) for the file; a note explains any choice the data did not force."""
    if context.marketplace:
        return context.marketplace, context.marketplace.date_order
    language = _language(header)
    if language in MARKETPLACE_BY_LANGUAGE:
        marketplace = get_marketplace(MARKETPLACE_BY_LANGUAGE[language])
        return marketplace, marketplace.date_order
    orders = possible_orders(dates)
    if orders == {"DMY"} or (orders and "MDY" not in orders and "DMY" in orders):
        context.notes.append(
            "dates are day-first, so this is not Amazon.com; rows are filed by their order ids "
            "(pass --marketplace to name the store)"
        )
        return None, "DMY"
    if "MDY" in orders:
        if "DMY" in orders:
            context.notes.append(
                "dates read month-first (Amazon.com style M/D/YY) because the header is the US "
                "one; pass --marketplace UK (or another) if they are day-first"
            )
        return get_marketplace("US"), "MDY"
    return None, None


def parse(header: list[str], rows: RowSource, context: ParseContext) -> Iterator[ParsedRow]:
    buffered = list(rows)  # feedback files hold only 1-3 star feedback: small
    dates = [f[0].strip() for _, f in buffered if len(f) == 6 and f[0].strip()]
    marketplace, order = _choose_marketplace(header, dates, context)
    context.file_marketplace = marketplace
    for line, fields in buffered:
        if len(fields) != 6:
            yield ParsedRow(line, None, [column_count_problem(line, fields, 6)])
            continue
        raw_date, raw_rating, comments, response, raw_order, _rater = (f.strip() for f in fields)
        try:
            try:
                day = parse_date(raw_date, order)
            except DateError as error:
                raise FieldError(header[0], f"{header[0]} '{raw_date}': {error}") from None
            rating = to_int(raw_rating, header[1])
            if rating is None or not 1 <= rating <= 5:
                raise FieldError(header[1], f"{header[1]} '{raw_rating}' is not 1 to 5 stars")
            order_id = check_order_id(raw_order, header[4])
        except FieldError as error:
            yield ParsedRow(line, None, [RowProblem(line, error.field, error.message)])
            continue
        record = {
            "feedback_date": day,
            "rating": rating,
            "comments": text_or_none(comments),
            "response": text_or_none(response),
            "order_id": order_id,
            "extra": None,  # the rater's e-mail alias is personal data and is not kept
            "natural_key": natural_key(
                "FEEDBACK", order_id, *(() if order_id else (day.isoformat(), rating, comments))
            ),
        }
        yield ParsedRow(
            line,
            record,
            [],
            marketplace=marketplace.code if marketplace else None,
            order_id=order_id,
        )


KIND = ReportKind(
    name="seller_feedback",
    label_en="Seller feedback",
    label_zh="卖家反馈报告",
    table="seller_feedback",
    doc="GET_SELLER_FEEDBACK_DATA: 1-3 star seller feedback, headers in the marketplace language.",
    detect=detect,
    parse=parse,
    updatable=("feedback_date", "rating", "comments", "response"),
)
