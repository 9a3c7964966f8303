"""The outbox on SQLite and PostgreSQL: queued once, retried with backoff, delivered exactly once."""

from __future__ import annotations

import datetime as dt
import random
import threading
import time

from sqlalchemy import select

from tests.notify.conftest import (
    Receiver,
    alert_notice,
    dingtalk_robot,
    free_port,
    json_reply,
    make_channel,
    signed_webhook,
    wecom_robot,
)
from vocloop.app import App
from vocloop.notify import (
    Attachment,
    DeliveryReport,
    Notice,
    NoticeText,
    RetryPolicy,
    SecretBox,
    Severity,
    deliver_pending,
    enqueue_notice,
    list_outbox,
    purge_outbox,
)
from vocloop.store.access import create_tenant
from vocloop.store.models import OutboxMessage

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def outbox_rows(app: App) -> list[OutboxMessage]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def enqueue(app: App, tenant_id: int, key: str = "alert-17-opened", **options) -> int:
    with app.sessions.begin() as session:
        return enqueue_notice(
            session,
            tenant_id=tenant_id,
            notice=options.pop("notice", alert_notice()),
            dedupe_key=key,
            now=T0,
            **options,
        )


def test_enqueue_is_idempotent_and_follows_severity_and_tenant(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    make_channel(app, box, tenant_id, kind="wecom", name="ops", url=f"{receiver.base}/s?key=a")
    make_channel(
        app,
        box,
        tenant_id,
        kind="slack",
        name="boss",
        url=f"{receiver.base}/s",
        min_severity="critical",
    )
    with app.sessions.begin() as session:
        other = create_tenant(session, slug="brand-b").id
    make_channel(app, box, other, kind="wecom", name="ops", url=f"{receiver.base}/s?key=b")

    assert enqueue(app, tenant_id) == 1  # a high one: "boss" asked for critical only
    assert enqueue(app, tenant_id) == 0  # same key again: nothing new
    critical = alert_notice(severity=Severity.CRITICAL)
    assert enqueue(app, tenant_id, "safety-9", notice=critical) == 2
    assert enqueue(app, tenant_id, "safety-9", notice=critical) == 0
    assert enqueue(app, tenant_id, "safety-10", notice=critical, channels=["boss"]) == 1
    rows = outbox_rows(app)
    assert [(r.tenant_id, r.dedupe_key, r.status, r.attempts) for r in rows] == [
        (tenant_id, "alert-17-opened", "pending", 0),
        (tenant_id, "safety-9", "pending", 0),
        (tenant_id, "safety-9", "pending", 0),
        (tenant_id, "safety-10", "pending", 0),
    ]
    with app.sessions() as session:
        assert list_outbox(session, tenant_id=other) == []


def test_receiver_down_stays_pending_then_is_delivered_once(
    app: App, box: SecretBox, tenant_id: int
) -> None:
    port = free_port()  # nothing listens here yet
    make_channel(
        app,
        box,
        tenant_id,
        kind="wecom",
        name="ops",
        url=f"http://127.0.0.1:{port}/send?key=k",
        lang="en",
    )
    enqueue(app, tenant_id)

    down = deliver_pending(app.sessions, box=box, now=T0, rng=random.Random(1))
    assert (down.sent, down.retrying, down.failed) == (0, 1, 0)
    (row,) = outbox_rows(app)
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.last_error == f"WeCom at 127.0.0.1:{port} cannot be reached (connection refused)."
    assert T0 + dt.timedelta(seconds=15) <= row.next_attempt_at <= T0 + dt.timedelta(seconds=30)
    # Not due yet: a second run at the same moment leaves it alone.
    assert deliver_pending(app.sessions, box=box, now=T0).attempted == 0

    receiver = Receiver(port, wecom_robot).start()
    try:
        later = T0 + dt.timedelta(hours=1)
        assert deliver_pending(app.sessions, box=box, now=later).sent == 1
        assert (
            deliver_pending(app.sessions, box=box, now=later + dt.timedelta(days=1)).attempted == 0
        )
    finally:
        receiver.stop()
    assert len(receiver.requests) == 1
    (row,) = outbox_rows(app)
    assert (row.status, row.attempts, row.sent_at) == ("sent", 2, later)


def test_server_error_is_retried_with_growing_waits_then_given_up(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    receiver.reply = lambda _: (500, "text/plain", b"upstream broke")
    make_channel(app, box, tenant_id, kind="slack", name="team", url=f"{receiver.base}/services/x")
    enqueue(app, tenant_id)
    policy = RetryPolicy(base_seconds=60, max_attempts=3)
    now, waits = T0, []
    for _ in range(3):
        report = deliver_pending(app.sessions, box=box, now=now, policy=policy)
        (row,) = outbox_rows(app)
        if row.status == "pending":
            waits.append((row.next_attempt_at - now).total_seconds())
            now = row.next_attempt_at
    assert (report.retrying, report.failed) == (0, 1)
    assert (row.status, row.attempts) == ("failed", 3)
    assert row.last_error == "Slack answered HTTP 500 (upstream broke)."
    assert len(receiver.requests) == 3
    assert 30 <= waits[0] <= 60 and 60 <= waits[1] <= 120  # base * 2**(n-1), half of it jitter
    assert report.problems[0].final is True


def test_a_500_then_success_is_delivered_on_the_retry(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    answers = iter([(503, "text/plain", b"busy"), json_reply({"errcode": 0, "errmsg": "ok"})])
    receiver.reply = lambda _: next(answers)
    make_channel(app, box, tenant_id, kind="wecom", name="ops", url=f"{receiver.base}/s?key=k")
    enqueue(app, tenant_id)
    first = deliver_pending(app.sessions, box=box, now=T0)
    second = deliver_pending(app.sessions, box=box, now=T0 + dt.timedelta(minutes=5))
    assert (first.retrying, second.sent) == (1, 1)
    first_try, retry = (r.json() for r in receiver.requests)
    assert first_try == retry  # the retry carries the same message
    (row,) = outbox_rows(app)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)


def test_a_refusal_retrying_cannot_fix_fails_at_once(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    receiver.reply = dingtalk_robot("SECthe-real-one")
    make_channel(
        app,
        box,
        tenant_id,
        kind="dingtalk",
        name="ding",
        url=f"{receiver.base}/robot/send?access_token=t",
        secret="SECa-stale-one",
    )
    enqueue(app, tenant_id)
    report = deliver_pending(app.sessions, box=box, now=T0)
    assert (report.sent, report.retrying, report.failed) == (0, 0, 1)
    (row,) = outbox_rows(app)
    assert row.status == "failed" and row.last_error.startswith(
        "DingTalk refused the message: errcode 310000"
    )


def test_two_deliverers_at_once_send_each_notice_exactly_once(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    secret = "whsec-two"
    receiver.reply = signed_webhook(secret)
    receiver.delay = 0.05  # 40 x 50 ms: the second deliverer starts long before the first is done
    make_channel(
        app, box, tenant_id, kind="webhook", name="hook", url=f"{receiver.base}/h", secret=secret
    )
    for number in range(40):
        enqueue(app, tenant_id, f"alert-{number}", notice=alert_notice(number))
    second = App.open(app.settings, migrate=False)  # its own engine, as another worker would have
    policy = RetryPolicy(batch_size=4)
    reports: list[DeliveryReport] = []
    start = threading.Barrier(2)

    def run(worker: App) -> None:
        start.wait()
        reports.append(deliver_pending(worker.sessions, box=box, now=T0, policy=policy))

    threads = [threading.Thread(target=run, args=(w,)) for w in (app, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    second.close()

    keys = [r.json()["dedupe_key"] for r in receiver.requests]
    assert sorted(keys) == sorted(f"alert-{n}" for n in range(40))  # each once, none twice
    # Both took part (the claim really ran concurrently), and between them sent each one once.
    assert len(reports) == 2 and all(r.sent > 0 for r in reports)
    assert sum(r.sent for r in reports) == 40
    assert {row.status for row in outbox_rows(app)} == {"sent"}


def test_a_queued_report_reaches_the_mailbox_with_its_attachment(
    app: App, box: SecretBox, tenant_id: int, smtp_server
) -> None:
    port, sink = smtp_server
    make_channel(
        app,
        box,
        tenant_id,
        kind="email",
        name="qa",
        lang="zh",
        url=f"smtp+plain://127.0.0.1:{port}?from=r@brand.example&to=qa@brand.example",
    )
    xlsx = b"PK\x03\x04" + b"\x00\xff" * 5000
    report = Notice(
        kind="weekly_report",
        severity=Severity.INFO,
        texts={
            "en": NoticeText("Weekly report 2026-W47", ["Return rate 4.2%."]),
            "zh": NoticeText("周报 2026-W47", ["本周退货率 4.2%。"]),
        },
        attachments=[Attachment("weekly-2026-W47.xlsx", XLSX, xlsx)],
    )
    enqueue(app, tenant_id, "weekly-2026-W47", notice=report)
    assert deliver_pending(app.sessions, box=box, now=T0).sent == 1
    ((_, _, message),) = sink.messages
    assert message["Subject"] == "[提示] 周报 2026-W47"
    assert message["Message-ID"] == f"<vocloop.{outbox_rows(app)[0].id}@brand.example>"
    (attached,) = list(message.iter_attachments())
    assert (attached.get_filename(), attached.get_content()) == ("weekly-2026-W47.xlsx", xlsx)
    # Once sent, the file's bytes leave the database; its name stays for the record.
    (kept,) = outbox_rows(app)[0].notice["attachments"]
    assert kept == {
        "filename": "weekly-2026-W47.xlsx",
        "content_type": XLSX,
        "data": "",
        "dropped": True,
    }


def test_purge_deletes_only_old_settled_rows(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    receiver.reply = wecom_robot
    make_channel(app, box, tenant_id, kind="wecom", name="ops", url=f"{receiver.base}/s?key=k")
    make_channel(
        app,
        box,
        tenant_id,
        kind="wecom",
        name="down",
        lang="en",
        url=f"http://127.0.0.1:{free_port()}/s?key=k",
    )
    enqueue(app, tenant_id, "old-1")  # both channels, at T0
    deliver_pending(app.sessions, box=box, now=T0)  # "ops" sent, "down" pending
    with app.sessions.begin() as session:
        assert purge_outbox(session, before=T0 + dt.timedelta(days=1), dry_run=True) == 1
    assert len(outbox_rows(app)) == 2
    with app.sessions.begin() as session:
        assert purge_outbox(session, before=T0) == 0  # not older than T0 itself
        assert purge_outbox(session, before=T0 + dt.timedelta(days=1)) == 1
    assert [(r.dedupe_key, r.status) for r in outbox_rows(app)] == [("old-1", "pending")]


def test_a_deliverer_whose_lease_ran_out_does_not_overwrite_the_newer_result(
    app: App, box: SecretBox, tenant_id: int, receiver: Receiver
) -> None:
    check = signed_webhook("s")

    def first_slow(got):  # the first deliverer's request outlives its lease and the takeover
        if len(receiver.requests) == 1:
            time.sleep(1.5)
        return check(got)

    receiver.reply = first_slow
    make_channel(
        app, box, tenant_id, kind="webhook", name="hook", url=f"{receiver.base}/h", secret="s"
    )
    enqueue(app, tenant_id)
    policy = RetryPolicy(lease_seconds=60)
    slow = threading.Thread(
        target=deliver_pending,
        args=(app.sessions,),
        kwargs={"box": box, "now": T0, "policy": policy},
    )
    slow.start()
    while not receiver.requests:  # the first deliverer is now waiting for the receiver
        threading.Event().wait(0.01)
    later = T0 + dt.timedelta(seconds=120)  # its lease ran out: a second deliverer takes the row
    assert deliver_pending(app.sessions, box=box, now=later, policy=policy).sent == 1
    slow.join(timeout=30)
    (row,) = outbox_rows(app)
    assert (row.status, row.attempts, row.sent_at) == ("sent", 1, later)
    # The documented cost of a lost lease: the receiver saw the delivery twice, with one id.
    assert [r.headers["X-Vocloop-Delivery"] for r in receiver.requests] == [str(row.id)] * 2
