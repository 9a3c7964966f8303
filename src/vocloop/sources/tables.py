"""Reading a user's own table (CSV, TSV or XLSX; a file or stdin) by column name."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vocloop.errors import ReportFileError, UserError
from vocloop.sources.decoding import detect_encoding
from vocloop.sources.files import SourceFile, expand_paths, open_bytes
from vocloop.sources.reports.tabular import sniff_delimiter
from vocloop.sources.spreadsheets import open_xlsx


@dataclass
class Table:
    """A table's header and an iterator over its rows, each padded to the header's width."""

    name: str
    header: list[str]
    rows: Iterator[list[str]]

    def column(self, name: str) -> int:
        """The index of a column, matched exactly first, then ignoring case and spaces."""
        if name in self.header:
            return self.header.index(name)
        folded = [h.strip().lower() for h in self.header]
        if name.strip().lower() in folded:
            return folded.index(name.strip().lower())
        shown = ", ".join(h for h in self.header if h) or "none"
        raise UserError(f"{self.name} has no column '{name}' (its columns: {shown}).")


def read_table(path: str) -> Table:
    """Open a CSV/TSV/XLSX file, or `-` for CSV on stdin; any supported encoding."""
    if path == "-":
        source = SourceFile("stdin", open_bytes(sys.stdin.buffer.read()), "plain")
    else:
        sources = expand_paths([Path(path)])
        if len(sources) != 1:
            raise UserError(f"{path}: give one table file, not a folder or an archive of several.")
        source = sources[0]
    if source.container == "xlsx":
        return _read_xlsx(source)
    encoding = detect_encoding(source.open, source.name)
    text = io.TextIOWrapper(source.open(), encoding=encoding.codec, newline="")
    first_line = text.readline()
    if not first_line.strip():
        raise ReportFileError(f"{source.name}: the file has no header row.", path=source.name)
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(_chain(first_line, text), delimiter=delimiter, quotechar='"', strict=False)
    header = next(reader)
    width = len(header)

    def rows() -> Iterator[list[str]]:
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    yield (row + [""] * width)[:width] if len(row) != width else row
        except csv.Error as exc:
            raise ReportFileError(
                f"{source.name}: line {reader.line_num}: {exc}.", path=source.name
            ) from exc
        finally:
            text.close()

    return Table(source.name, header, rows())


def _chain(first: str, rest: io.TextIOWrapper) -> Iterator[str]:
    yield first
    yield from rest


def _read_xlsx(source: SourceFile) -> Table:
    header, rows = open_xlsx(source)
    return Table(source.name, header, (fields for _, fields in rows))
