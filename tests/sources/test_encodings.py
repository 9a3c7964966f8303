"""Reports read the same whatever their encoding or container; broken bytes get one clear error."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import AMAZON_FIXTURES
from vocloop.errors import ReportFileError, UnsupportedReportError
from vocloop.sources.files import expand_paths, read_all
from vocloop.sources.reports import open_report


def records(path: Path, **kwargs: object) -> list[dict[str, object]]:
    (source,) = expand_paths([path])
    read_all(source)
    return [row.record for row in open_report(source, **kwargs).rows]  # type: ignore[arg-type,misc]


def split_by_script(text: str) -> tuple[str, str]:
    """The fixture's header with its non-Japanese rows, and with its Japanese rows."""
    header, *lines = text.splitlines(keepends=True)
    japanese = [line for line in lines if any("\u3040" <= ch <= "\u9fff" for ch in line)]
    others = [line for line in lines if line not in japanese]
    return header + "".join(others), header + "".join(japanese)


@pytest.mark.parametrize("_case", ["fba_returns.tsv", "all_orders.tsv"])
def test_cp1252_and_cp932_files_read_like_utf8(_case: str, tmp_path: Path) -> None:
    text = (AMAZON_FIXTURES / _case).read_text(encoding="utf-8")
    western, japanese = split_by_script(text)
    western = "".join(ch for ch in western if ch.encode("cp1252", "ignore"))  # drop the emoji row
    for content, codec in ((western, "cp1252"), (japanese, "cp932")):
        utf8_path = tmp_path / f"{codec}-utf8.tsv"
        utf8_path.write_text(content, encoding="utf-8")
        legacy_path = tmp_path / f"{codec}.tsv"
        legacy_path.write_bytes(content.encode(codec))
        expected = records(utf8_path)
        assert expected, "the split must keep rows"
        assert records(legacy_path) == expected


@pytest.mark.parametrize("_case", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_unicode_variants_read_like_utf8(_case: str, tmp_path: Path) -> None:
    text = (AMAZON_FIXTURES / "fba_returns.tsv").read_text(encoding="utf-8")
    path = tmp_path / "returns.tsv"
    path.write_bytes(text.encode(_case))
    assert records(path) == records(AMAZON_FIXTURES / "fba_returns.tsv")


def test_gzip_and_zip_containers(tmp_path: Path) -> None:
    data = (AMAZON_FIXTURES / "all_orders.tsv").read_bytes()
    (tmp_path / "orders.txt.gz").write_bytes(gzip.compress(data))
    with zipfile.ZipFile(tmp_path / "reports.zip", "w") as archive:
        archive.writestr("orders.txt", data)
        archive.writestr("feedback.txt", (AMAZON_FIXTURES / "seller_feedback.tsv").read_bytes())
    sources = expand_paths([tmp_path])
    assert [s.name.split("/")[-1] for s in sources] == [
        "orders.txt.gz",
        "reports.zip:feedback.txt",
        "reports.zip:orders.txt",
    ]
    expected = records(AMAZON_FIXTURES / "all_orders.tsv")
    assert [r.record for r in open_report(sources[0]).rows] == expected
    assert [r.record for r in open_report(sources[2]).rows] == expected


def test_corrupt_gzip_is_refused(tmp_path: Path) -> None:
    packed = gzip.compress((AMAZON_FIXTURES / "all_orders.tsv").read_bytes())
    path = tmp_path / "orders.txt.gz"
    path.write_bytes(packed[: len(packed) // 2])
    (source,) = expand_paths([path])
    with pytest.raises(ReportFileError, match="damaged or cut short"):
        read_all(source)


def test_invalid_bytes_name_line_and_field(tmp_path: Path) -> None:
    text = (AMAZON_FIXTURES / "fba_returns.tsv").read_bytes()
    lines = text.split(b"\n")
    # 0x81 is undefined in cp1252 and an incomplete lead byte in cp932 and UTF-8.
    lines[5] = lines[5] + b"\x81"
    path = tmp_path / "returns.tsv"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(ReportFileError) as caught:
        records(path)
    assert caught.value.message == (
        f"{path}: line 6, field 'customer-comments' holds bytes that are neither UTF-8, cp1252 nor "
        "cp932 text; save the file as UTF-8 and import it again."
    )


@pytest.mark.parametrize(
    ("_case", "content", "message"),
    [
        ("empty", b"", "the file is empty."),
        (
            "png",
            b"\x89PNG\r\n\x1a\n" + bytes(100),
            "this is a PNG image, not a report vocloop can read.",
        ),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\n", "this is a PDF document, not a report vocloop can read."),
    ],
)
def test_non_reports_are_refused(_case: str, content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / f"{_case}.txt"
    path.write_bytes(content)
    with pytest.raises(ReportFileError) as caught:
        records(path)
    assert caught.value.message == f"{path}: {message}"


def test_someone_elses_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text("month,rent,food\nJan,900,300\n", encoding="utf-8")
    with pytest.raises(UnsupportedReportError, match="does not recognise this file"):
        records(path)


def test_xlsx_reviews_are_read(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ASIN", "Date", "Stars", "Title", "Review", "Country"])
    sheet.append(["B0FAKE0M01", "2026-02-03", 2, "Leaks", "The lid leaks.", "US"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "reviews.xlsx"
    path.write_bytes(buffer.getvalue())
    (record,) = records(path)
    assert record["asin"] == "B0FAKE0M01"
    assert record["rating"] == 2 and record["body"] == "The lid leaks."
