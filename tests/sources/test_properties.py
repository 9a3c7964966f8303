"""Properties: rows written in any supported encoding and date style read back unchanged, and
arbitrary bytes give rows or a ReportFileError, nothing else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import AMAZON_FIXTURES
from vocloop.errors import ReportFileError
from vocloop.marketplaces import get_marketplace
from vocloop.sources.files import SourceFile, open_bytes
from vocloop.sources.reports import open_report
from vocloop.sources.reports.dates import format_local_date

RETURNS_HEADER = (AMAZON_FIXTURES / "fba_returns.tsv").read_text(encoding="utf-8").splitlines()[0]
FEEDBACK_HEADER = "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email"

# Text each encoding can carry: Latin with accents for cp1252, Japanese for cp932, anything for UTF.
# Western European text: words with an accented letter here and there, signs between them. (A cp1252
# byte run that is also valid UTF-8 is read as UTF-8, as FORMATS.md §0 orders: valid_only_as_cp1252.)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WORD = st.builds(
    lambda head, accent, tail: head + accent + tail,
    st.text(_LETTERS, min_size=1, max_size=6),
    st.sampled_from(["", *"àáâäçèéêëìíîïñòóôöùúûüßœ"]),
    st.text(_LETTERS, max_size=6),
)
_SIGN = st.sampled_from(["€", "£", "5,50", "!", "?", "«", "»", "–", "’", "'", "°C", "(x2)", '"'])
LATIN_TEXT = st.lists(st.one_of(_WORD, _SIGN), max_size=10).map(" ".join)
JAPANESE = st.sampled_from(
    list("あいうえおかきくけこアイウエオ返品不良充電器東京大阪ー、。ａｂ１２")
)
UNICODE = st.characters(exclude_characters="\t\r\n", exclude_categories=("Cc", "Cs", "Zl", "Zp"))
ENCODINGS = {
    "utf-8": st.text(UNICODE, max_size=60),
    "utf-8-sig": st.text(UNICODE, max_size=60),
    "utf-16": st.text(UNICODE, max_size=60),
    "cp1252": LATIN_TEXT,
    "cp932": st.text(JAPANESE, max_size=40),
}


def comment_text(texts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # Amazon does not quote fields, so a comment that opens with a quote is ambiguous by nature.
    return texts.map(str.strip).filter(lambda t: not t.startswith('"'))


order_ids = st.builds(
    lambda a, b, c: f"{a:03d}-{b:07d}-{c:07d}",
    st.integers(0, 999),
    st.integers(0, 9_999_999),
    st.integers(0, 9_999_999),
)
moments = st.datetimes(
    min_value=dt.datetime(2015, 1, 1),
    max_value=dt.datetime(2035, 12, 31),
    timezones=st.just(dt.UTC),
).map(lambda moment: moment.replace(microsecond=0))


def valid_only_as_cp1252(text: str) -> bool:
    """Whether cp1252 bytes of the text cannot also be read as UTF-8 (pure ASCII is fine)."""
    data = text.encode("cp1252")
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def parse_bytes(data: bytes, marketplace: str | None = None) -> list[dict[str, object]]:
    source = SourceFile("generated.tsv", open_bytes(data), "plain")
    opened = open_report(source, marketplace=get_marketplace(marketplace) if marketplace else None)
    return [row.record for row in opened.rows]  # type: ignore[misc]


@st.composite
def returns_files(draw: st.DrawFn) -> tuple[str, list[tuple[dt.datetime, str, int, str]]]:
    encoding = draw(st.sampled_from(sorted(ENCODINGS)))
    rows = draw(
        st.lists(
            st.tuples(moments, order_ids, st.integers(1, 9), comment_text(ENCODINGS[encoding])),
            min_size=1,
            max_size=8,
        )
    )
    return encoding, rows


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(returns_files())
def test_returns_read_back_unchanged_in_any_encoding(
    generated: tuple[str, list[tuple[dt.datetime, str, int, str]]],
) -> None:
    encoding, rows = generated
    assume(encoding != "cp1252" or all(valid_only_as_cp1252(comment) for *_, comment in rows))
    lines = [RETURNS_HEADER]
    for number, (moment, order_id, quantity, comment) in enumerate(rows):
        lines.append(
            "\t".join(
                [
                    moment.isoformat(),
                    order_id,
                    "SKU-1",
                    "B0FAKE0M01",
                    "X00FAKE0M1",
                    "Mug",
                    str(quantity),
                    "PHX7",
                    "SELLABLE",
                    "DEFECTIVE",
                    "Unit returned to inventory",
                    f"LPN{number:08d}",
                    comment,
                ]
            )
        )
    data = ("\n".join(lines) + "\n").encode(encoding)
    parsed = parse_bytes(data)
    assert [
        (r["return_date"], r["order_id"], r["quantity"], r["customer_comments"] or "")
        for r in parsed
    ] == rows


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["US", "UK", "DE", "FR", "SE", "JP", "CA", "IN"]),
    st.lists(
        st.tuples(
            st.dates(dt.date(2001, 1, 1), dt.date(2099, 12, 31)), st.integers(1, 3), order_ids
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_feedback_dates_read_back_in_every_marketplace_style(
    code: str, rows: list[tuple[dt.date, int, str]]
) -> None:
    marketplace = get_marketplace(code)
    lines = [FEEDBACK_HEADER] + [
        f"{format_local_date(day, marketplace)}\t{rating}\tok\t\t{order_id}\tx@marketplace.amazon.com"
        for day, rating, order_id in rows
    ]
    parsed = parse_bytes("\n".join(lines).encode("utf-8"), code)
    assert [(r["feedback_date"], r["rating"], r["order_id"]) for r in parsed] == rows


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_arbitrary_bytes_give_rows_or_a_clean_error(data: bytes, with_header: bool) -> None:
    if with_header:
        data = RETURNS_HEADER.encode() + b"\n" + data
    try:
        source = SourceFile("random.bin", open_bytes(data), "plain")
        for row in open_report(source).rows:
            assert (row.record is None) != (not row.problems)
    except ReportFileError as error:
        assert error.message.startswith("random.bin: ")
        assert "\n" not in error.message


def test_fixture_path_exists() -> None:
    assert Path(AMAZON_FIXTURES / "fba_returns.tsv").exists()
