"""Opening what the user points at: folders, plain files, .gz and .zip, sniffed by their bytes."""

from __future__ import annotations

import gzip
import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from vocloop.errors import ReportFileError, UserError

CHUNK = 1 << 20

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old-style Office document (.xls/.doc); save it as .xlsx or .csv",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"BM": "a bitmap image",
}


@dataclass(frozen=True)
class SourceFile:
    """One report to read: a display name and a way to open its (decompressed) bytes again."""

    name: str
    open: Callable[[], BinaryIO]
    container: str  # "plain", "gzip", "zip" or "xlsx"


def describe_binary(head: bytes) -> str | None:
    """What a non-text file looks like, from its first bytes, or None when it may be text."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    return None


def _is_xlsx(archive: zipfile.ZipFile) -> bool:
    return "xl/workbook.xml" in archive.namelist()


def expand_paths(paths: list[Path]) -> list[SourceFile]:
    """Every report file under the paths: folders walked, archives opened, in name order."""
    found: list[SourceFile] = []
    for path in paths:
        if not path.exists():
            raise UserError(f"{path}: no such file or folder.")
        if path.is_dir():
            children = sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
            found.extend(source for child in children for source in _expand_file(child))
        else:
            found.extend(_expand_file(path))
    return found


def _expand_file(path: Path) -> Iterator[SourceFile]:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\x1f\x8b"):
        yield SourceFile(str(path), _gzip_opener(path), "gzip")
        return
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        yield from _expand_zip(path)
        return
    yield SourceFile(str(path), lambda: path.open("rb"), "plain")


def _gzip_opener(path: Path) -> Callable[[], BinaryIO]:
    def open_gzip() -> BinaryIO:
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # GzipFile is a BinaryIO

    return open_gzip


def _expand_zip(path: Path) -> Iterator[SourceFile]:
    try:
        with zipfile.ZipFile(path) as archive:
            if _is_xlsx(archive):
                yield SourceFile(str(path), lambda: path.open("rb"), "xlsx")
                return
            members = sorted(
                info.filename
                for info in archive.infolist()
                if not info.is_dir()
                and not Path(info.filename).name.startswith(".")
                and not info.filename.startswith("__MACOSX/")
            )
    except zipfile.BadZipFile as exc:
        raise ReportFileError(
            f"{path}: the zip archive is damaged ({exc}).", path=str(path)
        ) from exc
    for member in members:
        yield SourceFile(f"{path}:{member}", _zip_member_opener(path, member), "zip")


def _zip_member_opener(path: Path, member: str) -> Callable[[], BinaryIO]:
    def open_member() -> BinaryIO:
        archive = zipfile.ZipFile(path)
        data = archive.open(member)
        if data.read(2) == b"\x1f\x8b":  # a .gz inside the zip
            data.close()
            return gzip.GzipFile(fileobj=archive.open(member))  # type: ignore[return-value]
        data.close()
        return archive.open(member)  # type: ignore[return-value]  # ZipExtFile reads like BinaryIO

    return open_member


def read_all(source: SourceFile) -> tuple[str, int]:
    """sha256 and size of the decompressed bytes; a corrupt archive is the user's error here."""
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open() as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        raise ReportFileError(
            f"{source.name}: the compressed file is damaged or cut short ({exc}).", path=source.name
        ) from exc
    return digest.hexdigest(), size


def open_bytes(data: bytes) -> Callable[[], BinaryIO]:
    """An opener over bytes in memory (uploads, SP-API documents, tests)."""
    return lambda: io.BytesIO(data)
