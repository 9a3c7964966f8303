"""Reading the first sheet of an .xlsx workbook as text rows (reports and users' own tables)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator

from vocloop.errors import ReportFileError
from vocloop.sources.files import SourceFile


def cell_text(value: object) -> str:
    """A cell as the text a CSV export would hold (dates as ISO dates, 3.0 as 3)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time()
        return value.date().isoformat() if midnight else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def open_xlsx(source: SourceFile) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and (row number, cells) of the first sheet; blank rows are skipped."""
    import openpyxl  # slow to import; only spreadsheets need it

    try:
        workbook = openpyxl.load_workbook(source.open(), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReportFileError(
            f"{source.name}: the spreadsheet cannot be opened ({exc}).", path=source.name
        ) from exc
    cells = workbook.worksheets[0].iter_rows(values_only=True)
    first = next(cells, None)
    if first is None:
        workbook.close()
        raise ReportFileError(f"{source.name}: the spreadsheet is empty.", path=source.name)
    header = [cell_text(value) for value in first]
    while header and not header[-1]:
        header.pop()
    width = len(header)

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, values in enumerate(cells, start=2):
                fields = [cell_text(value) for value in values][:width]
                if any(fields):
                    yield number, fields + [""] * (width - len(fields))
        finally:
            workbook.close()

    return header, rows()
