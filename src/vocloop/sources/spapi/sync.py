"""Syncing one store: each kind's reports into the import path, resumable at every step.

`sync_store` is the unit the job worker calls per store. It takes a lease on the store, so two
workers never sync one store at once; different stores run concurrently (sharing one RateLimits
keeps a seller with several stores within its limits). Every step is committed before the next
one starts: a sync stopped anywhere resumes with the report already requested, and the import of a
document and the forgetting of its report id happen in one transaction, so nothing is imported
twice or lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.errors import UserError
from vocloop.marketplaces import get_marketplace
from vocloop.sources.files import SourceFile, open_bytes
from vocloop.sources.ingest import ImportOptions, import_source
from vocloop.sources.spapi.client import CallStats, SpapiClient
from vocloop.sources.spapi.connections import (
    acquire_lease,
    get_connection,
    load_credentials,
    release_lease,
    renew_lease,
)
from vocloop.sources.spapi.context import SyncContext
from vocloop.sources.spapi.documents import Document
from vocloop.sources.spapi.errors import CredentialsError
from vocloop.sources.spapi.feedback import sync_customer_feedback
from vocloop.sources.spapi.kinds import SYNC_KINDS, SyncKind, get_sync_kind
from vocloop.sources.spapi.report_flow import (
    StillProcessing,
    fetch_document,
    read_error_document,
    request_report,
    wait_for_report,
)
from vocloop.store.access import get_store
from vocloop.store.models import Store, SyncState

Progress = Callable[[str, str], None]  # (kind, what is happening now)


@dataclass
class KindResult:
    """How one kind ended: ok, empty (Amazon had no data), pending (still processing) or failed."""

    kind: str
    status: str = "ok"
    reports: int = 0
    records: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    encoding: str | None = None
    message: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class StoreSyncResult:
    tenant_id: int
    store: str
    kinds: list[KindResult] = field(default_factory=list)
    stats: CallStats = field(default_factory=CallStats)

    @property
    def ok(self) -> bool:
        return all(kind.status != "failed" for kind in self.kinds)

    def as_dict(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "ok": self.ok,
            "kinds": [kind.as_dict() for kind in self.kinds],
            "calls": self.stats.calls,
            "throttled": self.stats.throttled,
            "server_errors": self.stats.server_errors,
            "network_errors": self.stats.network_errors,
        }


def sync_store(
    sessions: sessionmaker[Session],
    context: SyncContext,
    *,
    tenant_id: int,
    store: str,
    kinds: Iterable[str] | None = None,
    since: dt.datetime | None = None,
    on_progress: Progress | None = None,
) -> StoreSyncResult:
    """Bring one store's data up to date from Amazon; failures are recorded per kind, not raised.

    Raises UserError only when the sync cannot start (unknown store or kind, not connected, key
    missing, another sync running).
    """
    chosen = [get_sync_kind(name) for name in kinds] if kinds else list(SYNC_KINDS)
    chosen = [kind for kind in SYNC_KINDS if kind in chosen]  # orders before returns
    with sessions.begin() as session:
        store_row = get_store(session, tenant_id=tenant_id, slug=store)
        connection = get_connection(session, store=store_row)
        credentials = load_credentials(
            session, store=store_row, connection=connection, cipher=context.cipher
        )
        region = connection.region
        owner = acquire_lease(
            session, store=store_row, now=context.clock(), seconds=context.lease_seconds
        )
        session.expunge(store_row)
    result = StoreSyncResult(tenant_id=tenant_id, store=store)
    client = SpapiClient(
        credentials,
        region=region,
        endpoints=context.endpoints,
        limits=context.limits,
        policy=context.policy,
        stats=result.stats,
    )
    run = _StoreRun(sessions, context, client, store_row, owner, on_progress)
    try:
        fatal: str | None = None
        for kind in chosen:
            if fatal is not None:
                outcome = KindResult(kind.name, "failed", message=fatal)
                run.record_failure(kind, fatal)
            else:
                outcome, credentials_refused = run.sync_kind(kind, since)
                if credentials_refused:  # every other kind would be refused the same way
                    fatal = outcome.message
            result.kinds.append(outcome)
    finally:
        with sessions.begin() as session:
            release_lease(session, store_id=store_row.id, owner=owner)
    return result


class _StoreRun:
    """One sync of one store: the client, and committing each step of each kind."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: SyncContext,
        client: SpapiClient,
        store: Store,
        owner: str,
        on_progress: Progress | None,
    ) -> None:
        self.sessions, self.context, self.client = sessions, context, client
        self.store, self.owner = store, owner
        self.marketplace = get_marketplace(store.marketplace)
        self.on_progress = on_progress
        self.renewed = context.clock()

    def say(self, kind: SyncKind, what: str) -> None:
        """Report progress, and keep the lease alive through long waits (polls say too)."""
        now = self.context.clock()
        if (now - self.renewed).total_seconds() > self.context.lease_seconds / 5:
            with self.sessions.begin() as session:
                renew_lease(
                    session,
                    store_id=self.store.id,
                    owner=self.owner,
                    now=now,
                    seconds=self.context.lease_seconds,
                )
            self.renewed = now
        if self.on_progress:
            self.on_progress(kind.name, what)

    def update_state(self, kind: SyncKind, **values: Any) -> SyncState:
        """Write to the kind's state row in its own transaction (renewing the lease with it)."""
        with self.sessions.begin() as session:
            state = self._state(session, kind)
            for name, value in values.items():
                setattr(state, name, value)
            renew_lease(
                session,
                store_id=self.store.id,
                owner=self.owner,
                now=self.context.clock(),
                seconds=self.context.lease_seconds,
            )
            session.flush()
            session.expunge(state)
            return state

    def _state(self, session: Session, kind: SyncKind) -> SyncState:
        state = session.scalar(
            select(SyncState).where(
                SyncState.store_id == self.store.id, SyncState.kind == kind.name
            )
        )
        if state is None:
            state = SyncState(
                tenant_id=self.store.tenant_id, store_id=self.store.id, kind=kind.name
            )
            session.add(state)
            session.flush()
        return state

    def record_failure(self, kind: SyncKind, message: str) -> None:
        with self.sessions.begin() as session:
            state = self._state(session, kind)
            state.last_attempt_at = self.context.clock()
            state.last_status, state.last_error = "failed", message[:1000]
            state.failures += 1

    def sync_kind(self, kind: SyncKind, since: dt.datetime | None) -> tuple[KindResult, bool]:
        """The kind's outcome, and whether LWA refused the credentials (ends the store's sync)."""
        outcome = KindResult(kind.name)
        state = self.update_state(kind, last_attempt_at=self.context.clock())
        try:
            if kind.report_type is None:
                self.say(kind, "fetching topics")
                sync_customer_feedback(
                    self.sessions,
                    self.client,
                    self.store,
                    asin_limit=self.context.feedback_asins,
                    outcome=outcome,
                )
                self.update_state(kind, synced_until=self.context.clock())
            else:
                self._sync_reports(kind, state, since, outcome)
        except StillProcessing as waiting:
            outcome.status = "pending"
            outcome.message = (
                f"Amazon is still preparing report {waiting.report_id} ({waiting.status}); "
                "the next sync picks it up."
            )
            return outcome, False
        except UserError as error:
            self.record_failure(kind, error.message)
            outcome.status, outcome.message = "failed", error.message
            return outcome, isinstance(error, CredentialsError)
        status = "empty" if outcome.reports and outcome.status == "empty" else "ok"
        outcome.status = status
        self.update_state(
            kind,
            last_status=status,
            last_error=None,
            last_success_at=self.context.clock(),
            last_records=outcome.records,
            last_added=outcome.added,
            failures=0,
        )
        return outcome, False

    def _windows(
        self, kind: SyncKind, state: SyncState, since: dt.datetime | None
    ) -> list[tuple[dt.datetime | None, dt.datetime | None]]:
        now = self.context.clock()
        if not kind.windowed:
            return [(None, None)]
        if since is not None:
            start = since
        elif state.synced_until is not None:
            start = state.synced_until - dt.timedelta(days=kind.trailing_days)
        else:
            start = now - dt.timedelta(days=kind.first_days)
        windows: list[tuple[dt.datetime | None, dt.datetime | None]] = []
        while start < now:
            end = min(start + dt.timedelta(days=kind.max_days), now)
            windows.append((start, end))
            start = end
        return windows

    def _sync_reports(
        self, kind: SyncKind, state: SyncState, since: dt.datetime | None, outcome: KindResult
    ) -> None:
        outcome.status = "empty"  # until a window brings a document
        if state.report_id is not None:  # a report requested by a sync that did not finish
            self.say(kind, f"resuming report {state.report_id}")
            state = self._finish_report(kind, state, outcome)
        for start, end in self._windows(kind, state, since):
            assert kind.report_type is not None
            self.say(kind, "requesting report")
            report_id = request_report(
                self.client,
                report_type=kind.report_type,
                marketplace_id=self.store.marketplace_id,
                start=start,
                end=end,
            )
            state = self.update_state(
                kind,
                report_id=report_id,
                window_start=start,
                window_end=end or self.context.clock(),
                requested_at=self.context.clock(),
            )
            state = self._finish_report(kind, state, outcome)

    def _finish_report(self, kind: SyncKind, state: SyncState, outcome: KindResult) -> SyncState:
        assert state.report_id is not None
        finished = wait_for_report(
            self.client,
            state.report_id,
            poll_interval=self.context.poll_interval,
            max_wait=self.context.max_wait,
            on_status=lambda status: self.say(kind, f"report {status.lower()}"),
        )
        outcome.reports += 1
        if finished.status == "FATAL":
            reason = read_error_document(self.client, self.context.pool, finished.document_id)
            self.update_state(kind, report_id=None)  # a FATAL report never changes: ask anew
            raise UserError(
                f"Amazon could not build the {kind.report_type} report {finished.report_id} "
                f"(FATAL): {reason}."
            )
        if finished.status == "CANCELLED" or finished.document_id is None:
            # No data in the window: nothing to import, and nothing wrong.
            return self.update_state(
                kind, report_id=None, synced_until=_later(state.synced_until, state.window_end)
            )
        self.say(kind, "downloading")
        document = fetch_document(
            self.client,
            self.context.pool,
            finished.document_id,
            japanese=self.marketplace.code == "JP",
        )
        self.say(kind, "importing")
        try:
            return self._import(kind, state, finished.report_id, document, outcome)
        except UserError:
            # The document will read no better next time: forget it, keep the window unsynced.
            self.update_state(kind, report_id=None)
            raise

    def _import(
        self,
        kind: SyncKind,
        state: SyncState,
        report_id: str,
        document: Document,
        outcome: KindResult,
    ) -> SyncState:
        source = SourceFile(
            f"spapi:{self.store.slug}:{kind.report_type}:{report_id}",
            open_bytes(document.data),
            "plain",
        )
        with self.sessions.begin() as session:
            store = session.get(Store, self.store.id)
            options = ImportOptions(
                tenant_id=self.store.tenant_id,
                store=store,
                marketplace=self.marketplace,
                skip_bad_rows=True,  # Amazon's file cannot be fixed by the user: keep good rows
                actor="spapi",
            )
            imported = import_source(session, source, options)
            if imported.kind != kind.import_kind:
                raise UserError(
                    f"Amazon's {kind.report_type} document {report_id} reads as "
                    f"{imported.kind}, not {kind.import_kind}; nothing was imported."
                )
            row = self._state(session, kind)
            row.report_id = None
            row.synced_until = _later(row.synced_until, row.window_end)
            session.flush()
            session.expunge(row)
        outcome.status = "ok"
        outcome.records += imported.records
        outcome.added += imported.added
        outcome.duplicates += imported.duplicates
        outcome.rejected += imported.rejected
        outcome.encoding = document.decoded_as or imported.encoding
        if imported.errors and outcome.message is None:
            first = imported.errors[0]
            outcome.message = (
                f"{imported.rejected} rows skipped; line {first.line}: {first.message}"
            )
        return row


def _later(first: dt.datetime | None, second: dt.datetime | None) -> dt.datetime | None:
    if first is None or second is None:
        return first or second
    return max(first, second)
