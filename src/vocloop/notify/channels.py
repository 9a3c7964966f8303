"""A tenant's notification channels: adding (secrets sealed), listing, and sending a test now."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass

import httpx
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.notify.kinds import get_kind
from vocloop.notify.notice import NOTICE_LANGUAGES, Notice, make_test_notice, parse_severity
from vocloop.notify.secret_box import SecretBox
from vocloop.notify.transport import SendError
from vocloop.store.models import NotificationChannel, OutboxMessage

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def parse_lang(value: str) -> str:
    """zh or en; zh-CN and en-US spellings are accepted."""
    lang = value.strip().lower().replace("_", "-").split("-")[0]
    if lang not in NOTICE_LANGUAGES:
        raise UserError(f"'{value}' is not a channel language: use zh or en.")
    return lang


def add_channel(
    session: Session,
    *,
    tenant_id: int,
    kind: str,
    name: str,
    url: str,
    box: SecretBox,
    secret: str | None = None,
    lang: str | None = None,
    min_severity: str = "info",
) -> NotificationChannel:
    """A new channel of the tenant; its URL and secret are stored encrypted."""
    channel_kind = get_kind(kind)
    if not _NAME.fullmatch(name):
        raise UserError(
            f"'{name}' cannot be a channel name: use lowercase letters, digits, '-' and '_'."
        )
    if find_channel(session, tenant_id=tenant_id, name=name) is not None:
        raise UserError(f"Channel '{name}' exists already in this tenant.")
    config, target = channel_kind.parse(url, secret or None)
    channel = NotificationChannel(
        tenant_id=tenant_id,
        name=name,
        kind=channel_kind.name,
        lang=parse_lang(lang) if lang else channel_kind.default_lang,
        min_severity=parse_severity(min_severity).value,
        target=target[:300],
        config_encrypted=box.seal(config),
    )
    session.add(channel)
    session.flush()
    return channel


def find_channel(session: Session, *, tenant_id: int, name: str) -> NotificationChannel | None:
    return session.scalar(
        select(NotificationChannel).where(
            NotificationChannel.tenant_id == tenant_id, NotificationChannel.name == name
        )
    )


def get_channel(session: Session, *, tenant_id: int, name: str) -> NotificationChannel:
    channel = find_channel(session, tenant_id=tenant_id, name=name)
    if channel is None:
        raise NotFound(f"There is no channel '{name}'; `vocloop channels list` shows them.")
    return channel


def list_channels(session: Session, *, tenant_id: int) -> list[NotificationChannel]:
    return list(
        session.scalars(
            select(NotificationChannel)
            .where(NotificationChannel.tenant_id == tenant_id)
            .order_by(NotificationChannel.name)
        )
    )


def count_waiting(session: Session, *, tenant_id: int, channel_id: int) -> int:
    """Notices still pending for the channel."""
    return (
        session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(
                OutboxMessage.tenant_id == tenant_id,
                OutboxMessage.channel_id == channel_id,
                OutboxMessage.status == "pending",
            )
        )
        or 0
    )


def remove_channel(session: Session, *, tenant_id: int, name: str) -> int:
    """Delete the channel and its outbox rows; returns how many were still pending."""
    channel = get_channel(session, tenant_id=tenant_id, name=name)
    waiting = count_waiting(session, tenant_id=tenant_id, channel_id=channel.id)
    session.execute(delete(OutboxMessage).where(OutboxMessage.channel_id == channel.id))
    session.delete(channel)
    session.flush()
    return waiting


@dataclass(frozen=True)
class ChannelRef:
    """What sending needs of a channel, detached from any session."""

    name: str
    kind: str
    lang: str
    config_encrypted: str

    @classmethod
    def of(cls, channel: NotificationChannel) -> ChannelRef:
        return cls(channel.name, channel.kind, channel.lang, channel.config_encrypted)


def send_now(
    channel: ChannelRef,
    notice: Notice,
    *,
    box: SecretBox,
    delivery_id: str,
    dedupe_key: str,
    client: httpx.Client | None = None,
) -> None:
    """Send one notice to one channel in the channel's language; raises SendError.

    client: an HTTP client to reuse across many sends (see transport.http_client).
    """
    config = box.open(channel.config_encrypted, channel=channel.name)
    get_kind(channel.kind).send(
        notice.view(channel.lang),
        config,
        delivery_id=delivery_id,
        dedupe_key=dedupe_key,
        timestamp=time.time(),
        client=client,
    )


def send_test_notice(
    session: Session, *, tenant_id: int, name: str, box: SecretBox
) -> NotificationChannel:
    """Send the test notice to the channel now, outside the outbox; UserError says what failed."""
    channel = get_channel(session, tenant_id=tenant_id, name=name)
    test_id = "test-" + secrets.token_hex(6)
    try:
        send_now(
            ChannelRef.of(channel),
            make_test_notice(name),
            box=box,
            delivery_id=test_id,
            dedupe_key=test_id,
        )
    except SendError as error:
        raise UserError(
            f"Channel '{name}' did not take the test message: {error.message}"
        ) from None
    return channel
