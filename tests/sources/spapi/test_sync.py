"""Syncing through Amazon's own SDK against the fake SP-API: same rows as a hand import, faults."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from tests.sources.spapi.conftest import (
    connect_store,
    import_by_hand,
    make_context,
    store_rows,
    tenant_id,
)
from tests.spapi_fake import DocumentSpec, FakeSpapi, fixture_text
from vocloop.app import App
from vocloop.errors import UserError
from vocloop.sources.spapi import RateLimits, due_kinds, sync_status, sync_store
from vocloop.store.models import FeedbackTopic, SyncState

REPORT_KINDS = ("all_orders", "fba_returns", "seller_feedback", "account_health")


def run_sync(app: App, fake: FakeSpapi, **options: object):  # type: ignore[no-untyped-def]
    context = make_context(app, fake)
    return sync_store(app.sessions, context, tenant_id=tenant_id(app), store="us", **options)  # type: ignore[arg-type]


def test_sync_fills_the_store_exactly_as_a_hand_import(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    result = run_sync(app, fake)
    assert result.ok, result.as_dict()
    statuses = {kind.kind: kind.status for kind in result.kinds}
    assert statuses == dict.fromkeys((*REPORT_KINDS, "customer_feedback"), "ok")
    import_by_hand(app)
    synced, by_hand = store_rows(app, tenant="default"), store_rows(app, tenant="hand")
    assert {name: len(rows) for name, rows in synced.items()} == {
        "order_lines": 12,
        "returns": 31,
        "seller_feedback": 6,
        "account_health_snapshots": 1,
        "products": len(by_hand["products"]),
    }
    assert synced == by_hand
    # The seller feedback document came as cp1252 and was decoded by its declared charset.
    feedback = next(kind for kind in result.kinds if kind.kind == "seller_feedback")
    assert feedback.encoding == "cp1252"
    assert fake.counts["download"] == fake.counts["getReportDocument"]


def test_a_second_sync_re_pulls_the_window_and_adds_nothing(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    run_sync(app, fake)
    before = store_rows(app, tenant="default")
    again = run_sync(app, fake, kinds=["fba_returns"])
    (returns,) = again.kinds
    assert (returns.status, returns.added, returns.duplicates) == ("ok", 0, returns.records)
    assert returns.reports == 1, "the trailing 14 days fit one report"
    assert store_rows(app, tenant="default") == before


def test_customer_feedback_topics_are_stored_per_asin_and_category(
    app: App, fake: FakeSpapi
) -> None:
    connect_store(app, fake)
    run_sync(app, fake, kinds=["all_orders"])  # products come from the orders report
    fake.no_topics.add("B0FAKE0M01")  # too few reviews: Amazon answers 204
    result = run_sync(app, fake, kinds=["customer_feedback"])
    assert result.ok
    with app.sessions() as session:
        rows = session.scalars(select(FeedbackTopic)).all()
    asins = {row.subject_id for row in rows if row.subject == "item"}
    assert asins and "B0FAKE0M01" not in asins
    assert {row.polarity for row in rows if row.subject == "item"} == {"positive", "negative"}
    returns = [row for row in rows if row.feedback == "return"]
    assert {row.topic for row in returns} >= {"Assembly/Installation", "Quality-Overall"}


@pytest.mark.parametrize(
    ("_case", "operation", "action", "times"),
    [
        ("throttled createReport", "createReport", "throttle", 3),
        ("throttled getReport", "getReport", "throttle", 2),
        ("500 on createReport", "createReport", "error", 2),
        ("hung createReport", "createReport", "hang", 1),
        ("500 on getReport", "getReport", "error", 2),
        ("500 on getReportDocument", "getReportDocument", "error", 1),
        ("hung getReportDocument", "getReportDocument", "hang", 1),
        ("download dropped midway", "download", "drop", 2),
        ("download answered 500", "download", "error", 1),
        ("LWA token endpoint 500", "token", "error", 1),
    ],
)
def test_transient_faults_end_with_the_same_rows(
    sqlite_app: App, fake: FakeSpapi, _case: str, operation: str, action: str, times: int
) -> None:
    app = sqlite_app  # the faults are Amazon's; both databases are covered by the other tests
    connect_store(app, fake)
    fake.fault(operation, action, times=times, seconds=1.5)
    result = run_sync(app, fake, kinds=list(REPORT_KINDS))
    assert result.ok, result.as_dict()
    assert all(fault.times == 0 for fault in fake.faults), "the fault was met"
    if action == "throttle":
        assert result.stats.throttled == times
    import_by_hand(app)
    assert store_rows(app, tenant="default") == store_rows(app, tenant="hand")


def test_cancelled_report_is_empty_not_an_error(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    fake.fault("GET_SELLER_FEEDBACK_DATA", "cancelled")
    result = run_sync(app, fake, kinds=["seller_feedback"])
    (feedback,) = result.kinds
    assert (feedback.status, feedback.records, feedback.message) == ("empty", 0, None)
    assert result.ok
    assert store_rows(app, tenant="default")["seller_feedback"] == []
    with app.sessions() as session:
        (row,) = sync_status(session, tenant_id=tenant_id(app), store="us")[2:3]
    assert (row["kind"], row["last_status"], row["last_error"]) == (
        "seller_feedback",
        "empty",
        None,
    )
    assert row["synced_until"] is not None


def test_fatal_report_fails_its_kind_in_words_and_the_next_sync_recovers(
    app: App, fake: FakeSpapi
) -> None:
    connect_store(app, fake)
    fake.fault("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA", "fatal")
    result = run_sync(app, fake, kinds=["all_orders", "fba_returns"])
    orders, returns = result.kinds
    assert orders.status == "ok", "one kind's failure never blocks another"
    assert returns.status == "failed"
    assert returns.message is not None
    assert returns.message.startswith(
        "Amazon could not build the GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA report "
    )
    assert "(FATAL): " in returns.message and "the date range is too large" in returns.message
    assert store_rows(app, tenant="default")["returns"] == []
    with app.sessions() as session:
        status = {r["kind"]: r for r in sync_status(session, tenant_id=tenant_id(app))}
    assert status["fba_returns"]["last_status"] == "failed"
    assert status["fba_returns"]["failures"] == 1
    assert status["fba_returns"]["report_in_flight"] is None
    again = run_sync(app, fake, kinds=["fba_returns"])
    assert again.ok
    import_by_hand(app, names=("all_orders.tsv", "fba_returns.tsv"))
    assert store_rows(app, tenant="default") == store_rows(app, tenant="hand")


def test_refused_request_is_not_retried_and_is_reported(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    del fake.documents["GET_SELLER_FEEDBACK_DATA"]  # the fake answers 400 for this report type
    result = run_sync(app, fake, kinds=["seller_feedback"])
    (feedback,) = result.kinds
    assert feedback.status == "failed"
    assert feedback.message == (
        "Amazon refused createReport (HTTP 400: InvalidInput: Report type "
        "GET_SELLER_FEEDBACK_DATA is not supported)."
    )
    assert fake.counts["createReport"] == 1


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("_case", ["report done", "downloading", "importing"])
def test_an_interrupted_sync_resumes_without_duplicating_or_losing(
    app: App, fake: FakeSpapi, _case: str
) -> None:
    connect_store(app, fake)
    stops = iter([True])

    def stop_once(kind: str, what: str) -> None:
        if kind == "fba_returns" and what == _case and next(stops, False):
            raise Interrupted

    with pytest.raises(Interrupted):
        run_sync(app, fake, kinds=["all_orders", "fba_returns"], on_progress=stop_once)
    with app.sessions() as session:
        state = session.scalar(select(SyncState).where(SyncState.kind == "fba_returns"))
    assert state is not None and state.report_id is not None
    in_flight = state.report_id
    requested = fake.counts["createReport"]
    resumed = run_sync(app, fake, kinds=["fba_returns"])
    assert resumed.ok
    assert fake.reports[in_flight].polls >= 2, "the report requested before the stop was used"
    assert fake.counts["createReport"] == requested + 3, "then the 90 days in 30-day windows"
    import_by_hand(app, names=("all_orders.tsv", "fba_returns.tsv"))
    assert store_rows(app, tenant="default") == store_rows(app, tenant="hand")


def test_a_report_still_processing_stays_in_flight_for_the_next_sync(app: App) -> None:
    with FakeSpapi(rate_scale=200, processing_polls=10_000) as slow:
        connect_store(app, slow)
        context = make_context(app, slow, max_wait=0.2)
        first = sync_store(
            app.sessions, context, tenant_id=tenant_id(app), store="us", kinds=["account_health"]
        )
        (health,) = first.kinds
        assert health.status == "pending"
        assert health.message is not None and "the next sync picks it up" in health.message
        with app.sessions() as session:
            status = sync_status(session, tenant_id=tenant_id(app))
        in_flight = next(r for r in status if r["kind"] == "account_health")["report_in_flight"]
        assert in_flight is not None
        slow.processing_polls = 0
        second = sync_store(
            app.sessions, context, tenant_id=tenant_id(app), store="us", kinds=["account_health"]
        )
        assert second.kinds[0].status == "ok"
        assert slow.counts["createReport"] == 2, "one resumed, one new window"
        assert slow.invalid == []
    assert len(store_rows(app, tenant="default")["account_health_snapshots"]) == 1


def test_a_store_is_never_synced_twice_at_once(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    entered, release = threading.Event(), threading.Event()

    def hold(kind: str, what: str) -> None:
        entered.set()
        release.wait(10)

    worker = threading.Thread(
        target=lambda: run_sync(app, fake, kinds=["account_health"], on_progress=hold)
    )
    worker.start()
    assert entered.wait(10)
    try:
        with pytest.raises(
            UserError, match=r"^Store 'us' is being synced already; try again when it ends\.$"
        ):
            run_sync(app, fake, kinds=["account_health"])
    finally:
        release.set()
        worker.join(10)
    assert run_sync(app, fake, kinds=["account_health"]).ok, "the lease is released at the end"


def test_many_stores_sync_concurrently_and_one_failure_blocks_none(
    sqlite_app: App, fake: FakeSpapi
) -> None:
    app = sqlite_app
    sellers = [fake.add_seller() for _ in range(3)]
    slugs = [f"s{i}" for i in range(6)]
    for index, slug in enumerate(slugs):
        connect_store(app, fake, store=slug, seller=sellers[index % 3])
    fake.revoke(sellers[2])  # stores s2 and s5 share it
    context = make_context(app, fake, limits=RateLimits())
    results = {}

    def one(slug: str) -> None:
        results[slug] = sync_store(
            app.sessions, context, tenant_id=tenant_id(app), store=slug, kinds=list(REPORT_KINDS)
        )

    threads = [threading.Thread(target=one, args=(slug,)) for slug in slugs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    revoked = {"s2", "s5"}
    assert {slug for slug, result in results.items() if result.ok} == set(slugs) - revoked
    for slug in revoked:
        assert [(k.kind, k.status) for k in results[slug].kinds] == [
            (kind, "failed") for kind in REPORT_KINDS
        ]
        assert results[slug].kinds[0].message is not None
        assert results[slug].kinds[0].message.startswith("Amazon did not accept the refresh token")
    assert sum(len(rows) for rows in store_rows(app, tenant="default", store="s0").values()) > 0


@pytest.mark.parametrize(
    ("_case", "spec"),
    [
        ("cp1252 labelled Cp1252", DocumentSpec("", encoding="cp1252", label="Cp1252")),
        ("cp1252 without a charset", DocumentSpec("", encoding="cp1252", label=None, gzip=False)),
        ("UTF-8 mislabelled ISO-8859-1", DocumentSpec("", encoding="utf-8", label="ISO-8859-1")),
        (
            "UTF-8 labelled UTF-8, plain",
            DocumentSpec("", encoding="utf-8", label="UTF-8", gzip=False),
        ),
    ],
)
def test_documents_decode_by_charset_with_fallbacks(
    app: App,
    fake: FakeSpapi,
    tmp_path,
    _case: str,
    spec: DocumentSpec,  # type: ignore[no-untyped-def]
) -> None:
    # The European rows of the returns fixture: accents that cp1252 can hold.
    lines = fixture_text("fba_returns.tsv").splitlines()
    text = "\n".join([lines[0], *(line for line in lines[1:] if _fits_cp1252(line))]) + "\n"
    assert any(not line.isascii() for line in text.splitlines())
    fake.documents["GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"] = DocumentSpec(
        text, encoding=spec.encoding, label=spec.label, gzip=spec.gzip
    )
    connect_store(app, fake)
    assert run_sync(app, fake, kinds=["fba_returns"]).ok
    path = tmp_path / "returns_cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    with app.sessions.begin() as session:
        from vocloop.store.access import create_store, ensure_tenant

        create_store(
            session, tenant_id=ensure_tenant(session, "hand").id, slug="us", marketplace="US"
        )
    from vocloop.sources.files import expand_paths
    from vocloop.sources.ingest import import_files

    (by_hand,) = import_files(app.sessions, expand_paths([path]), tenant="hand", store="us")
    assert by_hand.encoding == "cp1252" and by_hand.added > 0
    assert store_rows(app, tenant="default")["returns"] == store_rows(app, tenant="hand")["returns"]


def _fits_cp1252(line: str) -> bool:
    try:
        line.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def test_since_re_pulls_from_that_date(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    since = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    result = run_sync(app, fake, kinds=["seller_feedback"], since=since)
    assert result.ok
    (report,) = [r for r in fake.reports.values() if r.report_type == "GET_SELLER_FEEDBACK_DATA"][
        :1
    ]
    assert report.start is not None and report.start.startswith("2026-01-01T00:00:00")


def test_the_access_token_is_refreshed_during_a_long_sync(app: App) -> None:
    # A 61 s token is used for 1 s (we renew 60 s before expiry): a slow report outlives three.
    with FakeSpapi(rate_scale=200, processing_polls=4, token_lifetime=61) as fake:
        connect_store(app, fake)
        context = make_context(app, fake, poll_interval=2.0)  # polls after 0.25, 0.5, 1, 2 s
        result = sync_store(
            app.sessions, context, tenant_id=tenant_id(app), store="us", kinds=["account_health"]
        )
        assert result.ok
        assert fake.counts["token"] >= 2
        assert fake.invalid == []


def test_due_kinds_follow_each_kinds_schedule(app: App, fake: FakeSpapi) -> None:
    connect_store(app, fake)
    with app.sessions() as session:
        from vocloop.store.access import get_store

        store_id = get_store(session, tenant_id=tenant_id(app), slug="us").id
        assert due_kinds(session, store_id=store_id, now=dt.datetime.now(dt.UTC)) == [
            *REPORT_KINDS,
            "customer_feedback",
        ]
    run_sync(app, fake)
    now = dt.datetime.now(dt.UTC)
    with app.sessions() as session:
        assert due_kinds(session, store_id=store_id, now=now) == []
        assert due_kinds(session, store_id=store_id, now=now + dt.timedelta(hours=25)) == list(
            REPORT_KINDS
        )
        assert "customer_feedback" in due_kinds(
            session, store_id=store_id, now=now + dt.timedelta(days=8)
        )
