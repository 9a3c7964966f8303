"""Fetching new mail from brands' support mailboxes over IMAP and filing it onto tickets.

Unread mail is fetched without marking it read; each mail is stored in its own transaction and
only then flagged \\Seen, so a crash never loses a mail (a re-fetched one is recognised by its
Message-ID and not stored twice).
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.analysis.backfill import ClassifiesTexts
from vocloop.errors import UserError
from vocloop.notify import SecretBox
from vocloop.store.models import Brand, Ticket
from vocloop.support.mailbox import brand_mailbox
from vocloop.support.tickets.inbound import Received, receive_mail
from vocloop.support.tickets.voice import hear_tickets_apart

log = logging.getLogger("vocloop.tickets")
TIMEOUT_SECONDS = 30
MAX_PER_POLL = 200


class MailboxError(UserError):
    """The IMAP server could not be reached or refused us."""


@dataclass
class PollResult:
    brand: str
    fetched: int = 0
    created: list[str] = field(default_factory=list)
    threaded: list[str] = field(default_factory=list)
    duplicates: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "brand": self.brand,
            "fetched": self.fetched,
            "created": self.created,
            "threaded": self.threaded,
            "duplicates": self.duplicates,
            "failed": self.failed,
        }


@contextmanager
def _imap(config: dict[str, Any]) -> Iterator[imaplib.IMAP4]:
    where = f"{config['host']}:{config['port']}"
    try:
        client: imaplib.IMAP4
        if config["security"] == "tls":
            client = imaplib.IMAP4_SSL(
                config["host"],
                int(config["port"]),
                ssl_context=ssl.create_default_context(),
                timeout=TIMEOUT_SECONDS,
            )
        else:
            client = imaplib.IMAP4(config["host"], int(config["port"]), timeout=TIMEOUT_SECONDS)
            if config["security"] == "starttls":
                client.starttls(ssl_context=ssl.create_default_context())
        if config.get("username"):
            client.login(config["username"], config.get("password") or "")
        status, _ = client.select(_quoted(config.get("folder") or "INBOX"))
        if status != "OK":
            raise MailboxError(f"The mailbox at {where} has no folder {config.get('folder')}.")
    except (OSError, imaplib.IMAP4.error) as error:
        raise MailboxError(f"The mailbox at {where} could not be read: {error}.") from None
    try:
        yield client
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            log.info("IMAP logout from %s failed", where)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fetch_unread(client: imaplib.IMAP4) -> list[tuple[bytes, bytes]]:
    """(uid, raw message) of unread mail, oldest first, without marking it read."""
    status, found = client.uid("SEARCH", None, "UNSEEN")  # type: ignore[arg-type]  # charset
    if status != "OK" or not found or not found[0]:
        return []
    messages = []
    for uid in found[0].split()[:MAX_PER_POLL]:
        status, parts = client.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
        raw = next((part[1] for part in parts if isinstance(part, tuple) and len(part) > 1), None)
        if status == "OK" and isinstance(raw, bytes):
            messages.append((uid, raw))
    return messages


def poll_brand(
    sessions: sessionmaker[Session],
    box: SecretBox,
    *,
    brand_id: int,
    data_dir: Path,
    clock: Callable[[], dt.datetime],
    classifier: ClassifiesTexts | None = None,
) -> PollResult:
    """File the brand's unread support mail onto tickets; one transaction per mail. With a
    classifier, new tickets are classified (and safety alerts raised) right after."""
    with sessions() as session:
        brand = session.get(Brand, brand_id)
        if brand is None:
            raise UserError(f"There is no brand {brand_id}.")
        slug, tenant_id = brand.slug, brand.tenant_id
        mailbox = brand_mailbox(box, brand)
    if mailbox is None or mailbox.imap is None:
        raise UserError(
            f"Brand {slug} has no IMAP mailbox; set one with `vocloop brands mailbox --imap`."
        )
    result = PollResult(slug)
    with _imap(mailbox.imap) as client:
        for uid, raw in fetch_unread(client):
            result.fetched += 1
            try:
                with sessions.begin() as session:
                    brand = session.get(Brand, brand_id)
                    assert brand is not None
                    received: Received = receive_mail(
                        session, brand=brand, raw=raw, data_dir=data_dir, now=clock()
                    )
            except UserError as error:
                log.warning("mail %s of brand %s not filed: %s", uid.decode(), slug, error)
                result.failed += 1
                continue
            if received.duplicate:
                result.duplicates += 1
            elif received.created:
                result.created.append(received.reference)
            else:
                result.threaded.append(received.reference)
            client.uid("STORE", uid.decode(), "+FLAGS", "(\\Seen)")
    if classifier is not None and result.created:
        with sessions() as session:
            ids = [
                ticket_id
                for (ticket_id,) in session.execute(
                    select(Ticket.id).where(
                        Ticket.tenant_id == tenant_id, Ticket.reference.in_(result.created)
                    )
                )
            ]
        hear_tickets_apart(
            sessions, tenant_id=tenant_id, ticket_ids=ids, classifier=classifier, clock=clock
        )
    return result


def brands_with_inbound_mail(
    session: Session, box: SecretBox, *, tenant_id: int | None
) -> list[int]:
    """Ids of brands (of one tenant, or all) whose mailbox has IMAP settings."""
    statement = select(Brand).where(Brand.mailbox_sealed.is_not(None)).order_by(Brand.id)
    if tenant_id is not None:
        statement = statement.where(Brand.tenant_id == tenant_id)
    ids = []
    for brand in session.scalars(statement):
        mailbox = brand_mailbox(box, brand)
        if mailbox is not None and mailbox.imap is not None:
            ids.append(brand.id)
    return ids
