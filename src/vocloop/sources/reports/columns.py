"""Mapping report columns by header name; cell text into typed values or errors naming the field."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import Any

from vocloop.errors import RowProblem

ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
ASIN = re.compile(r"[A-Z0-9]{10}")


class FieldError(ValueError):
    """A cell that cannot be read; the parser turns it into a RowProblem with the line number."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def normalize_header(name: str) -> str:
    """Case, spaces, underscores and a stray BOM do not matter when matching header names."""
    text = name.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s_]+", "-", text)


@dataclass
class ColumnMap:
    """Where each of our fields sits in a file, and which columns we do not know (kept as extra)."""

    header: list[str]
    index: dict[str, int]
    unknown: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def build(cls, header: Sequence[str], aliases: Mapping[str, Iterable[str]]) -> ColumnMap:
        positions = {normalize_header(name): i for i, name in enumerate(header)}
        index: dict[str, int] = {}
        for our_name, names in aliases.items():
            for name in (our_name, *names):
                position = positions.get(normalize_header(name))
                if position is not None:
                    index[our_name] = position
                    break
        known = set(index.values())
        unknown = [(i, name.strip()) for i, name in enumerate(header) if i not in known]
        return cls(list(header), index, unknown)

    def missing(self, required: Iterable[str]) -> list[str]:
        return [name for name in required if name not in self.index]

    def cell(self, fields: Sequence[str], name: str) -> str:
        position = self.index.get(name)
        if position is None or position >= len(fields):
            return ""
        return fields[position].strip()

    def picker(self, names: Sequence[str]) -> Callable[[list[str]], list[str]]:
        """A fast reader of several fields at once (stripped; "" for a column the file lacks).

        It appends one empty cell to the row it is given, which absent columns point at.
        """
        width = len(self.header)
        take = itemgetter(*(self.index.get(name, width) for name in names))

        def pick(fields: list[str]) -> list[str]:
            fields.append("")
            picked = take(fields)
            fields.pop()
            return [value.strip() for value in picked]

        return pick

    def extra(self, fields: Sequence[str]) -> dict[str, Any] | None:
        kept = {name: fields[i] for i, name in self.unknown if i < len(fields) and fields[i] != ""}
        return kept or None


def text_or_none(value: str) -> str | None:
    return value if value != "" else None


def to_int(value: str, name: str, *, required: bool = True) -> int | None:
    if value == "":
        if required:
            raise FieldError(name, f"{name} is empty")
        return None
    try:
        return int(value)
    except ValueError:
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            raise FieldError(name, f"{name} '{value}' is not a whole number") from None
        if number != number.to_integral_value():
            raise FieldError(name, f"{name} '{value}' is not a whole number") from None
        return int(number)


def to_decimal(value: str, name: str) -> Decimal | None:
    if value == "":
        return None
    text = value.replace(" ", "")
    # "12,50" in EU exports is a decimal comma; "1,234" and "1,234.50" carry thousands separators.
    decimal_comma = "." not in text and re.fullmatch(r"-?\d+,\d{1,2}", text) is not None
    text = text.replace(",", ".") if decimal_comma else text.replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise FieldError(name, f"{name} '{value}' is not a number") from None
    if not number.is_finite():
        raise FieldError(name, f"{name} '{value}' is not a number")
    return number


_TRUE = {"y", "yes", "true", "1", "ja", "oui", "sì", "si", "はい", "是"}
_FALSE = {"n", "no", "false", "0", "nein", "non", "いいえ", "否"}


def to_bool(value: str, name: str) -> bool | None:
    text = value.strip().lower()
    if text == "":
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise FieldError(name, f"{name} '{value}' is not yes or no")


def check_order_id(value: str, name: str) -> str | None:
    if value == "":
        return None
    if not ORDER_ID.fullmatch(value):
        raise FieldError(name, f"{name} '{value}' is not an Amazon order id (3-7-7 digits)")
    return value


_ASIN_IN_URL = re.compile(r"/(?:DP|GP/PRODUCT|PRODUCT-REVIEWS)/([A-Z0-9]{10})(?![A-Z0-9])")


def check_asin(value: str, name: str) -> str:
    """An ASIN from a cell: 10 letters and digits, or taken from an Amazon product URL."""
    text = value.strip().upper()
    if not ASIN.fullmatch(text):
        found = _ASIN_IN_URL.search(text)
        if not found:
            raise FieldError(name, f"{name} '{value}' is not an ASIN (10 letters and digits)")
        text = found.group(1)
    return text


def natural_key(*parts: object) -> str:
    """A short stable digest of the fields that identify one record (see docs/import.md)."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@dataclass(slots=True)
class ParsedRow:
    """One data row: the record to store, or the problems that keep it out."""

    line: int
    record: dict[str, Any] | None
    problems: list[RowProblem]
    marketplace: str | None = None  # a fact of the row (sales channel, marketplace column)
    marketplace_hint: str | None = None  # a likely guess (fulfillment center's country)
    order_id: str | None = None  # lets the importer file a row under the store of its order


def column_count_problem(line: int, fields: Sequence[str], columns: int) -> RowProblem:
    if len(fields) < columns:
        message = f"the row has {len(fields)} of {columns} columns; the file may be cut short"
    else:
        message = f"the row has {len(fields)} columns, the header has {columns}"
    return RowProblem(line, None, message)
