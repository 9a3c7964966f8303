"""Dates as Amazon writes them: ISO 8601 and each marketplace's short style (FORMATS.md §2)."""

from __future__ import annotations

import datetime as dt
import re

from vocloop.marketplaces import Marketplace

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "jän", "janv", "ene", "gen"),
            ("feb", "fév", "fev", "févr"),
            ("mar", "mär", "mrz", "mars"),
            ("apr", "avr", "abr"),
            ("may", "mai", "mag"),
            ("jun", "juin", "giu"),
            ("jul", "juil", "lug"),
            ("aug", "aoû", "aou", "ago"),
            ("sep", "sept", "set"),
            ("oct", "okt", "ott"),
            ("nov",),
            ("dec", "dez", "déc", "dic"),
        ],
        start=1,
    )
    for name in names
}

_SHORT = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})")
_NAMED = re.compile(r"(\d{1,2})[- .]([^\W\d_]{3,5})\.?[- .](\d{2,4})")
_JAPANESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


class DateError(ValueError):
    """A value that is not a date in any accepted style, or is ambiguous."""


def parse_timestamp(value: str) -> dt.datetime:
    """An aware UTC datetime from ISO 8601 (offset or Z; no offset = UTC) or a date-only value."""
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.combine(parse_date(text), dt.time(), dt.UTC)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _century(year: int) -> int:
    return year + 2000 if year < 100 else year


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(_century(year), month, day)
    except ValueError as exc:
        raise DateError(f"'{text}' is not a date") from exc


def parse_date(value: str, order: str | None = None) -> dt.date:
    """A date from ISO, `DD-Mon-YYYY`, `YYYY年M月D日`, or a short numeric style.

    A short numeric date (`2/3/26`) is read in `order` ("MDY", "DMY", "YMD"); without an order it is
    accepted only when it has a 4-digit year first, or when only one reading is a real date.
    """
    text = value.strip()
    if len(text) >= 10 and text[4] == "-" and text[:4].isdigit():
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError as exc:
            raise DateError(f"'{text}' is not a date") from exc
    if match := _JAPANESE.fullmatch(text):
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _NAMED.fullmatch(text):
        month = _MONTHS.get(match[2].lower().rstrip("."))
        if month is None:
            raise DateError(f"'{text}' has a month name vocloop does not know")
        return _make(int(match[3]), month, int(match[1]), text)
    match = _SHORT.fullmatch(text)
    if not match:
        raise DateError(f"'{text}' is not a date")
    first, second, third = int(match[1]), int(match[3]), int(match[4])
    if len(match[1]) == 4:
        return _make(first, second, third, text)
    if order == "MDY":
        return _make(third, first, second, text)
    if order == "DMY":
        return _make(third, second, first, text)
    if order == "YMD":
        return _make(first, second, third, text)
    readings = {
        reading
        for reading in (
            _try(third, first, second),
            _try(third, second, first),
            _try(first, second, third),
        )
        if reading
    }
    if len(readings) == 1:
        return readings.pop()
    raise DateError(f"'{text}' could be day-first or month-first")


def _try(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(_century(year), month, day)
    except ValueError:
        return None


def possible_orders(values: list[str]) -> set[str]:
    """Which of MDY / DMY / YMD read every one of these short dates as a real date."""
    orders = {"MDY", "DMY", "YMD"}
    for value in values:
        for order in list(orders):
            try:
                parse_date(value, order)
            except DateError:
                orders.discard(order)
    return orders


def format_local_date(day: dt.date, marketplace: Marketplace) -> str:
    """A date the way the marketplace's Seller Central reports write it (for writers and tests)."""
    year = day.year % 100
    separator = marketplace.date_separator
    if marketplace.date_order == "MDY":
        return f"{day.month}{separator}{day.day}{separator}{year:02d}"
    if marketplace.date_order == "DMY":
        return f"{day.day}{separator}{day.month}{separator}{year:02d}"
    if separator == "-":
        return day.isoformat()
    return f"{year:02d}{separator}{day.month}{separator}{day.day}"
