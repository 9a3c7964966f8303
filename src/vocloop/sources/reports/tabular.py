"""Reading rows of tab- and comma-separated reports, with the line number each row started on.

Amazon's flat files are TAB-separated with no quoting convention (FORMATS.md §0), so they are read
with quoting off: a `"` is an ordinary character. Only when a row comes out short and a field opens
a quote that the line does not close do we read it the quote-aware way, joining the lines the quoted
field spans. A field that is wholly quoted and holds doubled quotes ("a ""b"" c") is unquoted: that
is evidence of RFC-4180 quoting, not buyer text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import TextIO

_QUOTED_FIELD = re.compile(r'"((?:[^"]|"")*)"')

csv.field_size_limit(1 << 24)


def _unquote_fields(fields: list[str]) -> list[str]:
    for index, value in enumerate(fields):
        if value.startswith('"') and '""' in value:
            match = _QUOTED_FIELD.fullmatch(value)
            if match:
                fields[index] = match.group(1).replace('""', '"')
    return fields


def _opens_quote(fields: list[str]) -> bool:
    """Whether the last field starts a quoted value that the line does not close."""
    last = fields[-1]
    return last.startswith('"') and (last.count('"') % 2 == 1)


MAX_JOINED_LINES = 50


def iter_tsv(text: TextIO, columns: int, first_line: int = 2) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for each data row after the header; blank lines are skipped."""
    lines = enumerate((raw.rstrip("\r\n") for raw in text), start=first_line)
    pushed_back: list[tuple[int, str]] = []
    while True:
        if pushed_back:
            line_number, line = pushed_back.pop()
        else:
            item = next(lines, None)
            if item is None:
                return
            line_number, line = item
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) <= columns and _opens_quote(fields):
            joined, taken = _join_quoted(line, lines, columns)
            if joined is not None:
                yield line_number, joined
                continue
            pushed_back.extend(reversed(taken))
        elif '"' in line:
            fields = _unquote_fields(fields)
        yield line_number, fields


def _join_quoted(
    first: str, lines: Iterator[tuple[int, str]], columns: int
) -> tuple[list[str] | None, list[tuple[int, str]]]:
    """Read on until the open quote closes; the fields if they make exactly one full row."""
    parts, taken = [first], []
    for item in lines:
        taken.append(item)
        if item[1].count("\t") + 1 >= columns:
            break  # a whole row of its own: the quote was buyer text, not quoting
        parts.append(item[1])
        joined = "\n".join(parts)
        if joined.count('"') % 2 == 0:
            row = next(csv.reader(io.StringIO(joined), delimiter="\t", quotechar='"'), [])
            return (row, []) if len(row) == columns else (None, taken)
        if len(taken) >= MAX_JOINED_LINES:
            break
    return None, taken


def iter_csv(text: TextIO, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for RFC-4180 CSV, header row included."""
    reader = csv.reader(text, delimiter=delimiter, quotechar='"', strict=False)
    start = 1
    for row in reader:
        if any(cell.strip() for cell in row):
            yield start, row
        start = reader.line_num + 1


def sniff_delimiter(header_line: str) -> str:
    """TAB for Amazon's reports; comma or semicolon for spreadsheets saved as CSV."""
    counts = {delimiter: header_line.count(delimiter) for delimiter in ("\t", ",", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else "\t"
