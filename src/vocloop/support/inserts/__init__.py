"""Printable insert cards per ASIN and language, with a QR code to a counted short scan URL."""

from vocloop.support.inserts.cards import (
    InsertPolicyError,
    InsertRequest,
    check_insert_words,
    find_insert_by_code,
    get_insert,
    list_inserts,
    make_insert,
    record_scan,
)
from vocloop.support.inserts.pdf import card_html, render_insert_pdf, scan_path, scan_url
from vocloop.support.inserts.sizes import DEFAULT_SIZE, INSERT_SIZES, InsertSize, get_insert_size
from vocloop.support.inserts.wording import default_body, default_title

__all__ = [
    "DEFAULT_SIZE",
    "INSERT_SIZES",
    "InsertPolicyError",
    "InsertRequest",
    "InsertSize",
    "card_html",
    "check_insert_words",
    "default_body",
    "default_title",
    "find_insert_by_code",
    "get_insert",
    "get_insert_size",
    "list_inserts",
    "make_insert",
    "record_scan",
    "render_insert_pdf",
    "scan_path",
    "scan_url",
]
