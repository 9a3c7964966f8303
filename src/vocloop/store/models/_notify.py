"""Notification channels of a tenant (secrets encrypted) and the outbox of notices to deliver."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class NotificationChannel(TenantOwned, Base):
    """Where a tenant's notices go: a WeCom/DingTalk/Feishu/Slack robot, a webhook or a mailbox.

    config_encrypted holds the whole channel configuration (webhook URL with its token, signing
    secret, SMTP password) as a Fernet token: every part of it lets a stranger post to the team.
    target is a harmless description for listings (kind and host, never the token).
    """

    __tablename__ = "notification_channels"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(8))
    min_severity: Mapped[str] = mapped_column(String(20), default="info")
    target: Mapped[str] = mapped_column(String(300))
    config_encrypted: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboxMessage(TenantOwned, Base):
    """One notice for one channel, kept until it is delivered or given up (status failed).

    (channel_id, dedupe_key) is unique, so enqueueing the same notice twice adds nothing. A
    deliverer claims a row by setting lease_token and lease_until; another deliverer skips rows
    whose lease has not run out, and a result is written only under the claimant's own token.
    """

    __tablename__ = "notification_outbox"
    __table_args__ = (
        UniqueConstraint("channel_id", "dedupe_key"),
        Index("ix_notification_outbox_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("notification_channels.id", ondelete="CASCADE"), index=True
    )
    dedupe_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(20))
    notice: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime]
    lease_token: Mapped[str | None] = mapped_column(String(32))
    lease_until: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]
