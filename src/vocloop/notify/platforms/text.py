"""Small text helpers the platform formats share: byte budgets and one-line quotes."""

from __future__ import annotations

from vocloop.notify.notice import Quote

ELLIPSIS = "…"


def fit_bytes(text: str, limit: int) -> str:
    """text cut to at most limit UTF-8 bytes, on a character boundary, marked with an ellipsis."""
    encoded = text.encode()
    if len(encoded) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode())
    return encoded[:room].decode(errors="ignore") + ELLIPSIS


def fit_chars(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def one_line(text: str) -> str:
    return " ".join(text.split())


def quote_line(quote: Quote) -> str:
    """A customer's words on one line, in quotation marks, with their source."""
    said = f"“{one_line(quote.text)}”"
    return f"{said} — {quote.source}" if quote.source else said


def defuse_tags(text: str) -> str:
    """< and > as their full-width look-alikes, for robots whose markdown reads tags.

    WeCom and DingTalk markdown act on <font ...> and <@userid> (a mention) and document no
    escape; a customer's "<@all>" must stay words, not ping the whole group.
    """
    return text.replace("<", "\uff1c").replace(">", "\uff1e")
