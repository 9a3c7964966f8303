"""The worker mails last week's report once, with the workbook in Chinese and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import import_paths
from tests.monitor.builders import Story, write_story
from tests.notify.conftest import MailSink
from vocloop.app import App
from vocloop.jobs.worker import run_cycle
from vocloop.notify import SecretBox, add_channel
from vocloop.reporting.delivery import last_full_week
from vocloop.store.access import ensure_tenant


def test_the_worker_sends_last_weeks_report_once_with_both_workbooks(
    app: App, tmp_path: Path, smtp_server: tuple[int, MailSink]
) -> None:
    port, sink = smtp_server
    # Real dates: the outbox schedules by the real clock, so the data ends today.
    today = dt.datetime.now(dt.UTC).date()
    week = last_full_week(today)
    paths = write_story(
        tmp_path, [Story("B0WEEKLY01", 10, 0.1)], start=today - dt.timedelta(days=60), days=60
    )
    import_paths(app, *paths, marketplace="US")
    with app.sessions.begin() as session:
        tenant_id = ensure_tenant(session).id
        add_channel(
            session,
            tenant_id=tenant_id,
            kind="email",
            name="weekly",
            url=f"smtp+plain://127.0.0.1:{port}?from=r@brand.example&to=ops@brand.example",
            box=SecretBox.from_settings(app.settings),
            lang="zh",
        )
    first = run_cycle(app)
    assert any("weekly report queued for 1 channel" in r.detail for r in first), first
    assert any(r.job == "notify" and r.detail.startswith("1 sent") for r in first), first
    run_cycle(app)  # same week: nothing new
    assert len(sink.messages) == 1
    _, recipients, message = sink.messages[0]
    assert recipients == ["ops@brand.example"]
    assert f"周报 {week}" in str(message["Subject"])
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert names == [f"vocloop-default-{week}-en.xlsx", f"vocloop-default-{week}-zh.xlsx"]
