"""One report through Amazon's Reports API: request it, wait for it, fetch its document."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import urllib3

from vocloop.sources.spapi.client import SpapiClient
from vocloop.sources.spapi.documents import Document, decode_document, download
from vocloop.sources.spapi.errors import SpapiError
from vocloop.sources.spapi.sdk import CreateReportSpecification, spapi

FINISHED = ("DONE", "CANCELLED", "FATAL")
DOWNLOAD_TRIES_PER_URL = 2  # then ask for a fresh URL (it is valid five minutes)


@dataclass(frozen=True)
class FinishedReport:
    report_id: str
    status: str  # DONE, CANCELLED or FATAL
    document_id: str | None


class StillProcessing(Exception):  # a state, not a failure
    """Amazon has not finished the report within our wait; it stays in flight for the next sync."""

    def __init__(self, report_id: str, status: str) -> None:
        super().__init__(report_id, status)
        self.report_id, self.status = report_id, status


def request_report(
    client: SpapiClient,
    *,
    report_type: str,
    marketplace_id: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
) -> str:
    """createReport for one window; Amazon's report id."""
    reports = client.api(spapi.ReportsApi)
    body = CreateReportSpecification(
        report_type=report_type,
        marketplace_ids=[marketplace_id],
        data_start_time=start,
        data_end_time=end,
    )
    created = client.call("createReport", reports.create_report_with_http_info, body)
    return str(created.report_id)


def wait_for_report(
    client: SpapiClient,
    report_id: str,
    *,
    poll_interval: float,
    max_wait: float,
    on_status: Callable[[str], None] | None = None,
) -> FinishedReport:
    """Poll getReport until DONE, CANCELLED or FATAL; StillProcessing after max_wait seconds.

    Polls start at an eighth of poll_interval and double up to it.
    """
    reports = client.api(spapi.ReportsApi)
    deadline = time.monotonic() + max_wait
    pause = poll_interval / 8  # small reports finish in seconds; getReport allows 2/s
    while True:
        report = client.call("getReport", reports.get_report_with_http_info, report_id)
        status = str(report.processing_status)
        if on_status:
            on_status(status)
        if status in FINISHED:
            return FinishedReport(report_id, status, report.report_document_id)
        if time.monotonic() >= deadline:
            raise StillProcessing(report_id, status)
        time.sleep(pause)
        pause = min(poll_interval, pause * 2)


def fetch_document(
    client: SpapiClient, pool: urllib3.PoolManager, document_id: str, *, japanese: bool
) -> Document:
    """Get the document's URL, download and decode it in memory, retrying a broken download."""
    reports = client.api(spapi.ReportsApi)
    last: SpapiError | None = None
    tries = 0
    while tries < client.policy.attempts:
        info = client.call(
            "getReportDocument", reports.get_report_document_with_http_info, document_id
        )
        for _ in range(DOWNLOAD_TRIES_PER_URL):
            tries += 1
            try:
                data, content_type = download(
                    pool,
                    str(info.url),
                    compression=info.compression_algorithm,
                    timeout=client.policy.timeout,
                )
            except SpapiError as error:
                if not error.retryable:
                    raise
                last = error
                client.stats.add("network_errors")
                time.sleep(client.policy.delay(tries))
                continue
            return decode_document(data, content_type, japanese=japanese)
    assert last is not None
    raise SpapiError(
        f"{last.message} Gave up after {tries} tries; the next sync downloads it again.",
        retryable=True,
    )


def read_error_document(
    client: SpapiClient, pool: urllib3.PoolManager, document_id: str | None
) -> str:
    """What a FATAL report's document says went wrong (a short excerpt), or a plain fallback."""
    if not document_id:
        return "Amazon gave no reason"
    try:
        document = fetch_document(client, pool, document_id, japanese=False)
    except SpapiError as error:
        return f"its error document could not be read ({error.message})"
    text = " ".join(document.data.decode("utf-8", "replace").split())
    return text[:300] or "its error document is empty"
