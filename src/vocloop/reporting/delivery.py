"""The weekly report, sent: once per ISO week to the tenant's channels that take reports.

Channels whose minimum severity is `info` get it: chat robots the key figures as text, email and
the generic webhook also the Excel workbook in Chinese and in English. The dedupe key is the week,
so the worker may call this every cycle and each channel still gets each week once.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.monitor.weekly import WeeklyReport, build_weekly_report, week_label
from vocloop.notify import Attachment, Notice, NoticeText, Severity, enqueue_notice
from vocloop.reporting.actions import with_actions
from vocloop.reporting.labels import change_text, kpi_value, word
from vocloop.reporting.xlsx import write_xlsx
from vocloop.store.models import NotificationChannel, OutboxMessage, Tenant

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHOWN_KPIS = ("units", "returns", "return_rate", "complaints", "safety")


def last_full_week(today: dt.date) -> str:
    return week_label(today - dt.timedelta(days=7))


def _dedupe_key(week: str) -> str:
    return f"weekly-report-{week}"


def _wants_reports(session: Session, tenant_id: int, week: str) -> bool:
    """Some channel takes info notices and has not got this week's report queued yet."""
    channels = session.scalars(
        select(NotificationChannel.id).where(
            NotificationChannel.tenant_id == tenant_id,
            NotificationChannel.min_severity == Severity.INFO.value,
        )
    ).all()
    if not channels:
        return False
    queued = session.scalars(
        select(OutboxMessage.channel_id).where(
            OutboxMessage.tenant_id == tenant_id,
            OutboxMessage.dedupe_key == _dedupe_key(week),
        )
    ).all()
    return bool(set(channels) - set(queued))


def _workbook(report: WeeklyReport, lang: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.xlsx"
        write_xlsx(report, lang, path)
        return path.read_bytes()


def _text(report: WeeklyReport, lang: str) -> NoticeText:
    store = f" / {report.store}" if report.store else ""
    lines = [
        word(
            "subtitle", lang, tenant=report.tenant, store=store, start=report.start, end=report.end
        )
    ]
    facts = [
        (
            word(f"kpi.{kpi.key}", lang),
            f"{kpi_value(kpi, kpi.value)} ({change_text(kpi)})",
        )
        for kpi in report.kpis
        if kpi.key in SHOWN_KPIS
    ]
    if report.worse:
        lines.append(word("worse", lang) + ": " + ", ".join(w.asin for w in report.worse[:5]))
    return NoticeText(title=word("title", lang, week=report.week), lines=lines, facts=facts)


def queue_weekly_report(session: Session, *, tenant: Tenant, week: str, now: dt.datetime) -> int:
    """Queue the week's report for the tenant's report channels; returns the messages added."""
    if not _wants_reports(session, tenant.id, week):
        return 0
    report = with_actions(
        session,
        build_weekly_report(session, tenant=tenant, week=week, now=now),
        tenant_id=tenant.id,
    )
    notice = Notice(
        kind="weekly_report",
        severity=Severity.INFO,
        texts={"en": _text(report, "en"), "zh": _text(report, "zh")},
        attachments=[
            Attachment(
                f"vocloop-{report.tenant}-{report.week}-zh.xlsx", XLSX, _workbook(report, "zh")
            ),
            Attachment(
                f"vocloop-{report.tenant}-{report.week}-en.xlsx", XLSX, _workbook(report, "en")
            ),
        ],
        data={"tenant": report.tenant, "week": report.week},
    )
    return enqueue_notice(session, tenant_id=tenant.id, notice=notice, dedupe_key=_dedupe_key(week))
