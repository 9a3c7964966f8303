"""Choosing a report's text encoding from its bytes: BOMs, UTF-8, UTF-16, cp1252 and cp932."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from vocloop.errors import ReportFileError, RowProblem, UnsupportedReportError
from vocloop.sources.files import CHUNK, describe_binary

# Full-width Japanese; half-width katakana (U+FF61-FF9F) are left out: customers rarely type
# them, and they are what single Latin-1 accents turn into when read as cp932.
_CP932_ONLY_MARKS = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]"
)


@dataclass(frozen=True)
class TextEncoding:
    """The codec to read with, and whether a BOM must be skipped (the codec handles it)."""

    codec: str
    label: str  # what we tell the user: "UTF-8", "UTF-8 with BOM", "UTF-16", "cp1252", "cp932"


def _decodes(open_stream: Callable[[], BinaryIO], codec: str) -> tuple[bool, str, int]:
    """(whether the stream decodes strictly, a sample of its text, offset of the first error)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    sample: list[str] = []
    sample_size = 0
    offset = 0
    with open_stream() as handle:
        while chunk := handle.read(CHUNK):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return False, "".join(sample), offset + exc.start
            offset += len(chunk)
            if sample_size < 4 * CHUNK:
                sample.append(text)
                sample_size += len(text)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            return False, "".join(sample), offset + exc.start
    return True, "".join(sample), -1


def detect_encoding(
    open_stream: Callable[[], BinaryIO], name: str, *, prefer_japanese: bool = False
) -> TextEncoding:
    """The encoding a report file is written in; never a guess that would mangle its text.

    Order (FORMATS.md §0): BOM, strict UTF-8, UTF-16 without BOM, then cp932 when the bytes read as
    Japanese (or the marketplace is JP) and cp1252 otherwise. Bytes none of them reads are refused.
    """
    with open_stream() as handle:
        head = handle.read(4096)
    if not head:
        raise ReportFileError(f"{name}: the file is empty.", path=name)
    binary = describe_binary(head)
    if binary:
        raise UnsupportedReportError(
            f"{name}: this is {binary}, not a report vocloop can read.", path=name
        )
    if head.startswith(codecs.BOM_UTF8):
        codec = TextEncoding("utf-8-sig", "UTF-8 with BOM")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = TextEncoding("utf-16", "UTF-16")
    elif _looks_utf16(head):
        codec = TextEncoding("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", "UTF-16")
    elif b"\x00" in head:
        raise UnsupportedReportError(
            f"{name}: this is a binary file, not a report vocloop can read.", path=name
        )
    else:
        codec = TextEncoding("utf-8", "UTF-8")
    ok, _, error_at = _decodes(open_stream, codec.codec)
    if ok:
        return codec
    if codec.codec != "utf-8":
        line, field = locate_byte(open_stream, error_at)
        raise ReportFileError(
            f"{name}: line {line}, field '{field}' is not valid {codec.label}; "
            "the file is damaged.",
            path=name,
            problems=[RowProblem(line, field, f"not valid {codec.label}")],
        )
    return _legacy_encoding(open_stream, name, error_at, prefer_japanese=prefer_japanese)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: ASCII text with a NUL in every other byte."""
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > len(even) * 0.4 or odd.count(0) > len(odd) * 0.4


def _legacy_encoding(
    open_stream: Callable[[], BinaryIO], name: str, utf8_error_at: int, *, prefer_japanese: bool
) -> TextEncoding:
    cp932_ok, cp932_text, _ = _decodes(open_stream, "cp932")
    cp1252_ok, cp1252_text, _ = _decodes(open_stream, "cp1252")
    if cp932_ok:
        non_ascii = [ch for ch in cp932_text if ord(ch) > 127]
        japanese = sum(1 for ch in non_ascii if _CP932_ONLY_MARKS.match(ch))
        # Latin accents read as cp932 become half-width katakana and stray kanji, and kanji read
        # as cp1252 become symbols and rare letters (•, ƒ, Š). Kana, the JP marketplace, or a
        # cp1252 reading without the accented letters of Western European words tips it to cp932.
        has_kana = any("\u3040" <= ch <= "\u30ff" for ch in non_ascii)
        mostly_japanese = japanese >= 0.9 * len(non_ascii)
        western = _western_letter_share(cp1252_text) if cp1252_ok else 0.0
        if mostly_japanese and (has_kana or prefer_japanese or western < 0.5):
            return TextEncoding("cp932", "cp932")
    if cp1252_ok:
        return TextEncoding("cp1252", "cp1252")
    line, field = locate_byte(open_stream, utf8_error_at)
    raise ReportFileError(
        f"{name}: line {line}, field '{field}' holds bytes that are neither UTF-8, cp1252 nor "
        "cp932 text; save the file as UTF-8 and import it again.",
        path=name,
        problems=[RowProblem(line, field, "bytes that are not text in any supported encoding")],
    )


def locate_byte(open_stream: Callable[[], BinaryIO], offset: int) -> tuple[int, str]:
    """The 1-based line of a byte offset and the header name of the tab-separated field it is in."""
    with open_stream() as handle:
        before = handle.read(offset + 1)
    header = before.split(b"\n", 1)[0].rstrip(b"\r").decode("ascii", "replace").split("\t")
    line = before.count(b"\n", 0, offset) + 1
    start = before.rfind(b"\n", 0, offset) + 1
    column = before.count(b"\t", start, offset)
    field = header[column] if column < len(header) else f"column {column + 1}"
    return line, field


_WESTERN_LETTERS = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝœ")


def _western_letter_share(text: str) -> float:
    """Share of non-ASCII characters that are accented letters standing between ASCII letters.

    Double-byte kanji read as cp1252 give pairs of non-ASCII characters or symbols; words in
    Western European languages mostly put one accented letter between plain ones.
    """
    positions = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not positions:
        return 1.0
    lonely = 0
    for i in positions:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if text[i] in _WESTERN_LETTERS and ord(before) < 128 and ord(after) < 128:
            lonely += 1
    return lonely / len(positions)
