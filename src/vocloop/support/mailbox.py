"""A brand's support mailbox: SMTP for replies and confirmations, IMAP for what buyers send back.

The settings, passwords included, are sealed with the same key as notification channels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.notify import SecretBox
from vocloop.notify.platforms.mail import send_message
from vocloop.store.models import Brand

_ADDRESS = re.compile(r"[^@\s,<>\"]+@[^@\s,<>\"]+")
_SMTP = {"smtp": ("starttls", 587), "smtps": ("tls", 465), "smtp+plain": ("none", 25)}
_IMAP = {"imap": ("starttls", 143), "imaps": ("tls", 993), "imap+plain": ("none", 143)}


@dataclass(frozen=True)
class Mailbox:
    """Where a brand's support mail goes out (smtp) and comes in (imap, optional)."""

    sender: str
    smtp: dict[str, Any]
    imap: dict[str, Any] | None

    def describe(self) -> str:
        """Server addresses without secrets, for settings pages and CLI output."""
        smtp = f"{self.smtp['host']}:{self.smtp['port']}"
        imap = f"{self.imap['host']}:{self.imap['port']}" if self.imap else "-"
        return f"{self.sender} (SMTP {smtp}, IMAP {imap})"


def _server(
    url: str, password: str | None, schemes: dict[str, tuple[str, int]], usage: str
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    parts = urlsplit(url.strip())
    if parts.scheme not in schemes or not parts.hostname:
        names = ", ".join(f"{scheme}://" for scheme in schemes)
        raise UserError(f"'{url}' is not a {usage} URL: use {names} with [user@]host[:port].")
    security, default_port = schemes[parts.scheme]
    try:
        port = parts.port or default_port
    except ValueError:
        raise UserError(f"'{url}' has a port that is not a number.") from None
    config = {
        "host": parts.hostname,
        "port": port,
        "security": security,
        "username": unquote(parts.username) if parts.username else None,
        "password": password,
    }
    return config, parse_qs(parts.query)


def parse_mailbox(
    smtp_url: str,
    *,
    smtp_password: str | None = None,
    imap_url: str | None = None,
    imap_password: str | None = None,
) -> Mailbox:
    """Settings from smtp://user@host:587?from=support@brand.com and imaps://user@host?folder=INBOX."""
    smtp, query = _server(smtp_url, smtp_password, _SMTP, "mail server (SMTP)")
    sender = (query.get("from") or [""])[0]
    if not _ADDRESS.fullmatch(sender):
        raise UserError("The SMTP URL needs from=<the support address> in its query.")
    smtp["sender"] = sender
    imap = None
    if imap_url:
        imap, imap_query = _server(imap_url, imap_password, _IMAP, "mailbox (IMAP)")
        imap["folder"] = (imap_query.get("folder") or ["INBOX"])[0]
    return Mailbox(sender=sender, smtp=smtp, imap=imap)


def set_brand_mailbox(
    session: Session, box: SecretBox, *, tenant_id: int, brand: Brand, mailbox: Mailbox | None
) -> None:
    """Save (or with None, forget) the brand's support mailbox, sealed."""
    if brand.tenant_id != tenant_id:
        raise NotFound(f"There is no brand '{brand.slug}'.")
    brand.mailbox_sealed = (
        None
        if mailbox is None
        else box.seal({"sender": mailbox.sender, "smtp": mailbox.smtp, "imap": mailbox.imap})
    )
    session.flush()


def brand_mailbox(box: SecretBox, brand: Brand) -> Mailbox | None:
    """The brand's mailbox settings, or None when none are saved."""
    if not brand.mailbox_sealed:
        return None
    opened = box.open(brand.mailbox_sealed, channel=f"brand {brand.slug} mailbox")
    return Mailbox(sender=opened["sender"], smtp=opened["smtp"], imap=opened.get("imap"))


def send_brand_mail(mailbox: Mailbox, message: EmailMessage) -> None:
    """Send one message from the brand's mailbox; raises notify's SendError (retryable or not)."""
    if "From" not in message:
        message["From"] = mailbox.sender
    send_message(message, mailbox.smtp)
