"""Notifications: channels of a tenant, channel-neutral notices, and an outbox that delivers them.

Channels (table notification_channels, one row per destination of a tenant):
wecom, dingtalk, feishu, slack, webhook and email, each with a language (zh or en) and a
minimum severity. The URL, token and signing secret are sealed with Fernet (SecretBox; key from
VOCLOOP_SECRET_KEY or a key file in the data folder).

Sending a notice, for alerts and reports::

    from vocloop.notify import Notice, NoticeText, Quote, Severity, enqueue_notice

    notice = Notice(
        kind="return_rate",                     # short machine word; the webhook's "kind"
        severity=Severity.HIGH,                 # info | low | medium | high | critical
        texts={
            "en": NoticeText("B0EXAMPLE1: return rate doubled", ["..."], [("Return rate", "9.8%")]),
            "zh": NoticeText("B0EXAMPLE1:退货率翻倍", ["..."], [("退货率", "9.8%")]),
        },
        quotes=[Quote("Arrived broken.", "Return 2026-11-20, US")],
        link="https://vocloop.example/alerts/17",  # optional
        data={"alert_id": 17, "asin": "B0EXAMPLE1"},  # optional extra JSON for the webhook
    )
    with app.sessions.begin() as session:
        added = enqueue_notice(
            session, tenant_id=tenant.id, notice=notice, dedupe_key="alert-17-opened"
        )

enqueue_notice adds one outbox row per channel of the tenant whose min_severity the notice
meets (or only the named `channels=`). The same dedupe_key for the same channel adds nothing,
so calling it on every analysis run is safe; choose keys per event ("alert-17-opened",
"weekly-2026-W47"). It never commits: it joins the caller's transaction.

Delivering (the worker and `vocloop notify deliver` call the same function)::

    report = deliver_pending(app.sessions, box=SecretBox.from_settings(app.settings))
    report.sent, report.retrying, report.failed, report.problems

Each due row is leased (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one UPDATE under the write
lock), sent with no transaction open, then settled under the lease. Failures stay pending with
last_error and a next_attempt_at by exponential backoff with jitter (RetryPolicy), until sent or
given up (status failed) after max_attempts or a refusal that retrying cannot fix. A receiver that
got a message whose result we could not record may get it again: webhook receivers can drop
repeats by the X-Vocloop-Delivery header; mail keeps one Message-ID per outbox row.
"""

from vocloop.notify.channels import (
    ChannelRef,
    add_channel,
    count_waiting,
    find_channel,
    get_channel,
    list_channels,
    parse_lang,
    remove_channel,
    send_now,
    send_test_notice,
)
from vocloop.notify.kinds import CHANNEL_KINDS, ChannelKind, get_kind
from vocloop.notify.notice import (
    Attachment,
    Notice,
    NoticeText,
    NoticeView,
    Quote,
    Severity,
    make_test_notice,
    parse_severity,
)
from vocloop.notify.outbox import (
    DEFAULT_POLICY,
    FAILED,
    PENDING,
    SENT,
    DeliveryProblem,
    DeliveryReport,
    RetryPolicy,
    deliver_pending,
    enqueue_notice,
    list_outbox,
    purge_outbox,
)
from vocloop.notify.secret_box import SecretBox
from vocloop.notify.transport import SendError

__all__ = [
    "CHANNEL_KINDS",
    "DEFAULT_POLICY",
    "FAILED",
    "PENDING",
    "SENT",
    "Attachment",
    "ChannelKind",
    "ChannelRef",
    "DeliveryProblem",
    "DeliveryReport",
    "Notice",
    "NoticeText",
    "NoticeView",
    "Quote",
    "RetryPolicy",
    "SecretBox",
    "SendError",
    "Severity",
    "add_channel",
    "count_waiting",
    "deliver_pending",
    "enqueue_notice",
    "find_channel",
    "get_channel",
    "get_kind",
    "list_channels",
    "list_outbox",
    "make_test_notice",
    "parse_lang",
    "parse_severity",
    "purge_outbox",
    "remove_channel",
    "send_now",
    "send_test_notice",
]
