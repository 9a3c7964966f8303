"""The public contact form's submission: check every field, then open the ticket with its files."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from vocloop.errors import UserError
from vocloop.store.models import Brand, Ticket
from vocloop.support.brands import find_brand_product
from vocloop.support.languages import parse_buyer_lang
from vocloop.support.tickets.attachments import IncomingFile, check_files, store_files
from vocloop.support.tickets.records import open_ticket, ticket_messages

EMAIL = re.compile(r"[^@\s,<>\"]{1,64}@[^@\s,<>\".]+(\.[^@\s,<>\".]+)+")
ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
MAX_MESSAGE_CHARS = 5000
MAX_NAME_CHARS = 200


class ContactRefused(UserError):
    """A submission we do not take; `reason` keys the sentence shown in the buyer's language."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ContactForm:
    name: str
    email: str
    message: str
    lang: str = ""
    asin: str = ""
    order_id: str = ""
    website: str = ""  # the honeypot: people never see it, so it stays empty
    files: list[IncomingFile] = field(default_factory=list)


def _subject(message: str) -> str:
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    return first if len(first) <= 80 else first[:79].rstrip() + "…"


def check_contact(session: Session, brand: Brand, form: ContactForm) -> ContactForm:
    """The form with cleaned values, or ContactRefused naming the first problem."""
    if form.website.strip():
        raise ContactRefused("The form was filled in by a program.", reason="honeypot")
    name, email, message = form.name.strip(), form.email.strip(), form.message.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise ContactRefused("Please give your name.", reason="name")
    if not EMAIL.fullmatch(email) or len(email) > 254:
        raise ContactRefused(f"'{email}' is not an e-mail address.", reason="email")
    if not message:
        raise ContactRefused("The message is empty.", reason="message_empty")
    if len(message) > MAX_MESSAGE_CHARS:
        raise ContactRefused(
            f"The message is longer than {MAX_MESSAGE_CHARS} characters.", reason="message_long"
        )
    order_id = form.order_id.strip()
    if order_id and not ORDER_ID.fullmatch(order_id):
        raise ContactRefused(
            f"'{order_id}' is not an Amazon order number (like 123-1234567-1234567).",
            reason="order_id",
        )
    asin = form.asin.strip().upper()
    if asin and find_brand_product(session, brand=brand, asin=asin) is None:
        raise ContactRefused(f"{brand.name} has no product {asin}.", reason="asin")
    try:
        lang = parse_buyer_lang(form.lang) if form.lang.strip() else brand.default_lang
    except ValueError:
        lang = brand.default_lang
    return ContactForm(name, email, message, lang, asin, order_id, "", form.files)


def submit_contact(
    session: Session, brand: Brand, form: ContactForm, *, data_dir: Path, now: dt.datetime
) -> Ticket:
    """Open a ticket from the contact form; nothing is stored when any field or file is refused."""
    clean = check_contact(session, brand, form)
    checked = check_files(clean.files)
    ticket = open_ticket(
        session,
        brand=brand,
        channel="form",
        name=clean.name,
        email=clean.email,
        lang=clean.lang,
        subject=_subject(clean.message),
        body=clean.message,
        now=now,
        asin=clean.asin or None,
        order_id=clean.order_id or None,
    )
    if checked:
        first = ticket_messages(session, ticket)[0]
        store_files(session, data_dir, ticket, checked, message_id=first.id)
    return ticket
