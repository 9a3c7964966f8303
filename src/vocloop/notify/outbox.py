"""The outbox: notices queued per channel, delivered with retries, never sent twice at once."""

from __future__ import annotations

import datetime as dt
import logging
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from vocloop.errors import UserError
from vocloop.notify.channels import ChannelRef, send_now
from vocloop.notify.notice import Notice, Severity
from vocloop.notify.secret_box import SecretBox
from vocloop.notify.transport import SendError, http_client
from vocloop.store.models import NotificationChannel, OutboxMessage

PENDING, SENT, FAILED = "pending", "sent", "failed"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: attempt n waits about base * 2**(n-1), at most cap."""

    base_seconds: float = 30.0
    cap_seconds: float = 6 * 3600.0
    max_attempts: int = 8  # 30 s, 1, 2, 4, 8, 16, 32 min... about 2 hours in all, then failed
    batch_size: int = 10
    lease_seconds: float = 600.0  # a claimed batch must be settled within this time

    def delay(self, attempts: int, rng: random.Random) -> float:
        """Seconds before the next try after `attempts` failures: half fixed, half random."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2.0 ** (attempts - 1))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class DeliveryProblem:
    outbox_id: int
    channel: str
    message: str
    final: bool  # True: given up (status failed); False: will be retried


@dataclass
class DeliveryReport:
    """What one run of the outbox did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    problems: list[DeliveryProblem] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "attempted": self.attempted,
            "sent": self.sent,
            "retrying": self.retrying,
            "failed": self.failed,
            "problems": [
                {"id": p.outbox_id, "channel": p.channel, "error": p.message, "final": p.final}
                for p in self.problems
            ],
        }


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enqueue_notice(
    session: Session,
    *,
    tenant_id: int,
    notice: Notice,
    dedupe_key: str,
    channels: Sequence[str] | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Queue the notice for each of the tenant's channels that takes its severity.

    channels limits it to those names. The same dedupe_key adds nothing for a channel that has
    it already (whatever its status), so callers may enqueue on every run. A channel added later
    does not get notices queued before it existed. Returns the number of rows added. Does not
    commit.
    """
    if not dedupe_key or len(dedupe_key) > 200:
        raise ValueError("dedupe_key must be 1 to 200 characters")
    query = select(NotificationChannel).where(NotificationChannel.tenant_id == tenant_id)
    if channels is not None:
        query = query.where(NotificationChannel.name.in_(channels))
    stored = notice.to_json()
    added = 0
    for channel in session.scalars(query.order_by(NotificationChannel.id)):
        if Severity(channel.min_severity).rank > notice.severity.rank:
            continue
        values = {
            "tenant_id": tenant_id,
            "channel_id": channel.id,
            "dedupe_key": dedupe_key,
            "kind": notice.kind,
            "severity": notice.severity.value,
            "notice": stored,
            "status": PENDING,
            "attempts": 0,
            "next_attempt_at": now or _utcnow(),
            "created_at": now or _utcnow(),
        }
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(OutboxMessage)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["channel_id", "dedupe_key"])
            .returning(OutboxMessage.id)  # rowcount is -1 here on psycopg; RETURNING is exact
        )
        added += len(session.execute(statement).all())
    return added


@dataclass(frozen=True)
class _Claimed:
    outbox_id: int
    attempts: int
    dedupe_key: str
    notice: dict[str, Any]
    channel: ChannelRef


def _claim(
    session: Session, *, now: dt.datetime, token: str, policy: RetryPolicy
) -> list[_Claimed]:
    """Lease up to batch_size due rows to this deliverer.

    On PostgreSQL the SELECT takes row locks with SKIP LOCKED, so two deliverers claiming at once
    take different rows; on SQLite the UPDATE holds the database's write lock. Either way a row
    whose lease has not run out is never claimed again.
    """
    due = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.status == PENDING,
            OutboxMessage.next_attempt_at <= now,
            or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until < now),
        )
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(policy.batch_size)
        .with_for_update(skip_locked=True)
    )
    lease_until = now + dt.timedelta(seconds=policy.lease_seconds)
    claim = update(OutboxMessage).values(lease_token=token, lease_until=lease_until)
    if session.get_bind().dialect.name == "postgresql":
        # Two statements: inside an UPDATE's IN (...) PostgreSQL may run the locking subquery
        # once per row, ignoring its LIMIT; a plain SELECT ... SKIP LOCKED locks exactly these.
        claimed_ids = list(session.scalars(due))
        if claimed_ids:
            session.execute(
                claim.where(OutboxMessage.id.in_(claimed_ids)).execution_options(
                    synchronize_session=False
                )
            )
    else:
        # SQLite: one statement, so it takes the write lock before it reads (no SKIP LOCKED).
        claimed_ids = list(
            session.scalars(
                claim.where(OutboxMessage.id.in_(due.scalar_subquery()))
                .returning(OutboxMessage.id)
                .execution_options(synchronize_session=False)
            )
        )
    if not claimed_ids:
        return []
    rows = session.execute(
        select(OutboxMessage, NotificationChannel)
        .join(NotificationChannel, NotificationChannel.id == OutboxMessage.channel_id)
        .where(OutboxMessage.id.in_(claimed_ids), OutboxMessage.lease_token == token)
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
    ).all()
    return [
        _Claimed(
            message.id, message.attempts, message.dedupe_key, message.notice, ChannelRef.of(channel)
        )
        for message, channel in rows
    ]


def _without_attachment_bytes(stored: dict[str, Any]) -> dict[str, Any]:
    """The stored notice minus its files' bytes: once settled, a report PDF need not stay."""
    if not stored.get("attachments"):
        return stored
    kept = [{**a, "data": "", "dropped": True} for a in stored["attachments"]]
    return {**stored, "attachments": kept}


def _settle(
    session: Session,
    item: _Claimed,
    *,
    token: str,
    now: dt.datetime,
    error: SendError | None,
    policy: RetryPolicy,
    rng: random.Random,
) -> DeliveryProblem | None:
    attempts = item.attempts + 1
    values: dict[str, Any] = {"attempts": attempts, "lease_token": None, "lease_until": None}
    problem = None
    if error is None:
        values.update(status=SENT, sent_at=now, last_error=None)
        values["notice"] = _without_attachment_bytes(item.notice)
    else:
        final = not error.retryable or attempts >= policy.max_attempts
        values["last_error"] = error.message
        if final:
            values.update(status=FAILED, notice=_without_attachment_bytes(item.notice))
        else:
            wait = max(policy.delay(attempts, rng), error.retry_after or 0.0)
            values["next_attempt_at"] = now + dt.timedelta(seconds=wait)
        problem = DeliveryProblem(item.outbox_id, item.channel.name, error.message, final)
    # Only under our own lease: a deliverer whose lease ran out must not overwrite a newer result.
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == item.outbox_id, OutboxMessage.lease_token == token)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return problem


def _send(item: _Claimed, *, box: SecretBox, client: httpx.Client) -> SendError | None:
    """Send one claimed row; the failure, if any, as a SendError."""
    try:
        send_now(
            item.channel,
            Notice.from_json(item.notice),
            box=box,
            delivery_id=str(item.outbox_id),
            dedupe_key=item.dedupe_key,
            client=client,
        )
    except SendError as failure:
        return failure
    except UserError as failure:
        # The channel cannot be opened with this key: keep it queued until the key is right.
        return SendError(failure.message, retryable=True)
    except Exception as failure:  # a bug must not stop the other rows' deliveries
        log.exception("outbox row %s: unexpected error", item.outbox_id)
        return SendError(
            f"vocloop could not send it ({type(failure).__name__}: {failure}).", retryable=True
        )
    return None


def deliver_pending(
    sessions: sessionmaker[Session],
    *,
    box: SecretBox,
    now: dt.datetime | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
    max_messages: int = 1000,
    rng: random.Random | None = None,
) -> DeliveryReport:
    """Send every due outbox row once (all tenants); safe to run in several processes at once.

    Each batch is claimed in its own short transaction, sent with no transaction open, and each
    result written in another. A row that fails stays pending with its error and a later
    next_attempt_at, until it is delivered or has failed policy.max_attempts times (or the
    receiver refused it for good, e.g. a wrong token): then its status is failed.
    """
    moment = now or _utcnow()
    token = secrets.token_hex(16)
    random_source = rng or random.Random()  # noqa: S311 (jitter spreads retries; not a secret)
    report = DeliveryReport()
    with http_client() as client:
        while report.attempted < max_messages:
            with sessions.begin() as session:
                batch = _claim(session, now=moment, token=token, policy=policy)
            if not batch:
                break
            for item in batch:
                error = _send(item, box=box, client=client)
                with sessions.begin() as session:
                    problem = _settle(
                        session,
                        item,
                        token=token,
                        now=moment,
                        error=error,
                        policy=policy,
                        rng=random_source,
                    )
                if problem is None:
                    report.sent += 1
                else:
                    report.problems.append(problem)
                    if problem.final:
                        report.failed += 1
                    else:
                        report.retrying += 1
    return report


def purge_outbox(session: Session, *, before: dt.datetime, dry_run: bool = False) -> int:
    """Delete sent and failed rows created before `before` (all tenants); returns how many.

    Pending rows are never purged. A purged row's dedupe key can be queued again. With dry_run
    nothing is deleted and the count says what would be.
    """
    old = (OutboxMessage.status.in_((SENT, FAILED)), OutboxMessage.created_at < before)
    if dry_run:
        return session.scalar(select(func.count()).select_from(OutboxMessage).where(*old)) or 0
    result = session.execute(
        delete(OutboxMessage)
        .where(*old)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    )
    return len(result.all())


def list_outbox(
    session: Session, *, tenant_id: int, status: str | None = None, limit: int = 50
) -> list[tuple[OutboxMessage, str]]:
    """The tenant's newest outbox rows with their channel names, optionally of one status."""
    if status is not None and status not in (PENDING, SENT, FAILED):
        raise UserError(f"'{status}' is not an outbox status: use pending, sent or failed.")
    query = (
        select(OutboxMessage, NotificationChannel.name)
        .join(NotificationChannel, NotificationChannel.id == OutboxMessage.channel_id)
        .where(OutboxMessage.tenant_id == tenant_id)
    )
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    rows = session.execute(query.order_by(OutboxMessage.id.desc()).limit(limit)).all()
    return [(message, name) for message, name in rows]
