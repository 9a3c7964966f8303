"""Report kinds as data, and reading any supported file into typed rows (pure: no database)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from vocloop.errors import ReportFileError, RowProblem, UnsupportedReportError
from vocloop.marketplaces import Marketplace
from vocloop.sources.decoding import TextEncoding, detect_encoding
from vocloop.sources.files import SourceFile
from vocloop.sources.reports import (
    account_health,
    all_orders,
    fba_returns,
    mfn_returns,
    reviews,
    seller_feedback,
    voc,
)
from vocloop.sources.reports.base import ParseContext, ReportKind
from vocloop.sources.reports.columns import ParsedRow
from vocloop.sources.reports.tabular import iter_csv, iter_tsv, sniff_delimiter
from vocloop.sources.spreadsheets import open_xlsx

ACCOUNT_HEALTH = ReportKind(
    name="account_health",
    label_en="Account health (V2)",
    label_zh="账户状况报告",
    table="account_health_snapshots",
    doc="GET_V2_SELLER_PERFORMANCE_REPORT (JSON): ODR, complaints and status per marketplace.",
    detect=lambda header, first_row: False,
    parse=lambda header, rows, context: iter(()),
    tabular=False,
)

# Detection order matters: the specific Amazon layouts first, our flexible formats last.
REPORT_KINDS: tuple[ReportKind, ...] = (
    fba_returns.KIND,
    mfn_returns.KIND,
    all_orders.KIND,
    seller_feedback.KIND,
    voc.KIND,
    reviews.KIND,
    ACCOUNT_HEALTH,
)
KINDS_BY_NAME = {kind.name: kind for kind in REPORT_KINDS}

__all__ = [
    "KINDS_BY_NAME",
    "REPORT_KINDS",
    "OpenedReport",
    "ParseContext",
    "ParsedRow",
    "ReportKind",
    "open_report",
]


@dataclass
class OpenedReport:
    """A recognised report: its kind, encoding and a one-pass iterator over its rows."""

    source: SourceFile
    kind: ReportKind
    encoding: str
    context: ParseContext
    rows: Iterator[ParsedRow]
    notes: list[str] = field(default_factory=list)


def _known_kinds() -> str:
    return ", ".join(kind.label_en for kind in REPORT_KINDS)


def _unsupported(name: str, header: list[str]) -> UnsupportedReportError:
    shown = ", ".join(h.strip() for h in header[:4] if h.strip())[:120]
    return UnsupportedReportError(
        f"{name}: vocloop does not recognise this file (its first row starts '{shown}'); "
        f"it reads {_known_kinds()}.",
        path=name,
        problems=[RowProblem(1, None, "unknown header")],
    )


def _detect(name: str, header: list[str], first_row: list[str] | None) -> ReportKind:
    for kind in REPORT_KINDS:
        if kind.tabular and kind.detect(header, first_row):
            return kind
    raise _unsupported(name, header)


def open_report(source: SourceFile, *, marketplace: Marketplace | None = None) -> OpenedReport:
    """Recognise a report by its content and return an iterator over its typed rows."""
    context = ParseContext(name=source.name, marketplace=marketplace)
    if source.container == "xlsx":
        return _open_xlsx(source, context)
    encoding = detect_encoding(
        source.open, source.name, prefer_japanese=bool(marketplace and marketplace.code == "JP")
    )
    text = io.TextIOWrapper(source.open(), encoding=encoding.codec, newline="")
    first = text.read(1)
    while first and first.isspace():
        first = text.read(1)
    if first in ("{", "["):
        return _open_json(source, context, encoding, first + text.read())
    header_line = (first + text.readline()).rstrip("\r\n")
    delimiter = sniff_delimiter(header_line)
    if delimiter == "\t":
        header = header_line.split("\t")
        rows = iter_tsv(text, len(header))
    else:
        rows_with_header = iter_csv(io.StringIO(header_line + "\n"), delimiter)
        header = next(rows_with_header, (1, []))[1]
        rows = ((line + 1, fields) for line, fields in iter_csv(text, delimiter))
    if not any(cell.strip() for cell in header):
        raise _unsupported(source.name, header)
    first_row, rows = _peek(rows)
    kind = _detect(source.name, header, first_row)
    parsed = kind.parse(header, rows, context)
    return OpenedReport(source, kind, encoding.label, context, _closing(parsed, text))


def _peek(
    rows: Iterator[tuple[int, list[str]]],
) -> tuple[list[str] | None, Iterator[tuple[int, list[str]]]]:
    first = next(rows, None)
    if first is None:
        return None, iter(())

    def chained() -> Iterator[tuple[int, list[str]]]:
        yield first
        yield from rows

    return first[1], chained()


def _closing(rows: Iterator[ParsedRow], handle: io.TextIOBase) -> Iterator[ParsedRow]:
    try:
        yield from rows
    finally:
        handle.close()


def _open_json(
    source: SourceFile, context: ParseContext, encoding: TextEncoding, text: str
) -> OpenedReport:
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFileError(
            f"{source.name}: line {exc.lineno}: the JSON is broken ({exc.msg}).",
            path=source.name,
            problems=[RowProblem(exc.lineno, None, exc.msg)],
        ) from exc
    if isinstance(document, dict) and "notificationType" in document:
        raise UnsupportedReportError(
            f"{source.name}: this is an SP-API notification ({document['notificationType']}), "
            "not a report; it names a report to download, it holds no data of its own.",
            path=source.name,
        )
    if not account_health.detect_document(document):
        raise UnsupportedReportError(
            f"{source.name}: this JSON is not an account health (V2) report; "
            f"vocloop reads {_known_kinds()}.",
            path=source.name,
        )
    rows = account_health.parse_document(document, context)
    return OpenedReport(source, ACCOUNT_HEALTH, encoding.label, context, rows)


def _open_xlsx(source: SourceFile, context: ParseContext) -> OpenedReport:
    header, rows = open_xlsx(source)
    first_row, row_iter = _peek(rows)
    kind = _detect(source.name, header, first_row)
    return OpenedReport(source, kind, "xlsx", context, kind.parse(header, row_iter, context))
