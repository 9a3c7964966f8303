"""Report documents: download from the pre-signed URL, gunzip, and decode by the declared charset.

The bytes stay in memory and go straight to the import path (Amazon asks that report content is
not stored unencrypted on disk). The charset comes from the download's Content-Type; when it is
missing, unknown or does not fit the bytes, the import path's own detection decides (FORMATS.md §0:
strict UTF-8, then cp1252, cp932 for Japan).
"""

from __future__ import annotations

import codecs
import gzip
import io
import zlib
from dataclasses import dataclass
from email.message import Message

import urllib3

from vocloop.sources.spapi.errors import SpapiError

# Names Amazon writes that Python spells differently; Shift_JIS is read as its superset cp932.
_CODEC_NAMES = {"cp1252": "cp1252", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932"}
_LATIN = {"cp1252", "latin_1", "iso8859-1"}
MAX_DOCUMENT_BYTES = 2 << 30  # a 1M-row returns report is ~260 MB unpacked


@dataclass(frozen=True)
class Document:
    """A downloaded report: bytes for the import path, and how its charset was decided."""

    data: bytes
    charset: str | None  # what the Content-Type declared
    decoded_as: str | None  # the codec we decoded with; None: left to the import's detection


def download(
    pool: urllib3.PoolManager, url: str, *, compression: str | None, timeout: float
) -> tuple[bytes, str | None]:
    """The document's (uncompressed) bytes and its Content-Type; no SP-API headers are sent."""
    try:
        response = pool.request(
            "GET", url, preload_content=False, timeout=timeout, retries=False, decode_content=False
        )
    except urllib3.exceptions.HTTPError as exc:
        raise SpapiError(
            f"The report document download failed ({type(exc).__name__}).", retryable=True
        ) from exc
    try:
        if response.status != 200:
            raise SpapiError(
                f"The report document download was answered with HTTP {response.status}.",
                retryable=response.status >= 500 or response.status in (403, 429),
                status=response.status,
            )
        body = io.BytesIO()
        for chunk in response.stream(1 << 20):
            body.write(chunk)
            if body.tell() > MAX_DOCUMENT_BYTES:
                raise SpapiError("The report document is larger than vocloop reads (2 GiB).")
        content_type = response.headers.get("Content-Type")
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise SpapiError(
            f"The report document download broke off ({type(exc).__name__}).", retryable=True
        ) from exc
    finally:
        response.release_conn()
    data = body.getvalue()
    if (compression or "").upper() == "GZIP":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise SpapiError(
                "The report document is not valid gzip (cut short?).", retryable=True
            ) from exc
    return data, content_type


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    found = message.get_param("charset")
    return str(found).strip().lower() if isinstance(found, str) else None


def decode_document(data: bytes, content_type: str | None, *, japanese: bool) -> Document:
    """Bytes for the import path: re-encoded as UTF-8 when the declared charset fits them.

    A declared Latin charset (cp1252, ISO-8859-1) decodes any bytes, so it is trusted only when
    the bytes are not valid UTF-8 with non-ASCII text (a known mislabel) and the marketplace is
    not Japan (a JP report declared ISO-8859-1 is cp932); otherwise detection decides.
    """
    charset = charset_of(content_type)
    if charset is None:
        return Document(data, None, None)
    try:
        codec = codecs.lookup(_CODEC_NAMES.get(charset, charset)).name
    except LookupError:
        return Document(data, charset, None)
    if codec in _LATIN:
        if japanese or _is_utf8_text(data):
            return Document(data, charset, None)
        codec = "cp1252"  # ISO-8859-1 labels on Amazon reports mean Windows-1252 in practice
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return Document(data, charset, None)
    return Document(text.encode("utf-8"), charset, codec)


def _is_utf8_text(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
