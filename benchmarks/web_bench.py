"""Web benchmark: dashboard page latency over millions of rows, against raw SQL in the same run.

Builds one tenant with N stores, R returns, O order lines and C classified texts (bulk-loaded with
executemany on SQLite and COPY on PostgreSQL, not through the report import, which import_bench.py
measures), rebuilds the daily rollups, logs in, and times for each page:

* the page: an HTTP GET through the whole app in-process (FastAPI TestClient: middleware, session,
  rollup freshness check, queries, Jinja rendering, gzip);
* the rollup SQL: the dashboard function the page calls (its queries on the rollup tables, no HTTP);
* the raw aggregate: the SQL over the fact tables (returns, order_lines, text_classifications) that
  computes the same figures without rollups.

    python benchmarks/web_bench.py                                   # 5M returns, 1M orders
    python benchmarks/web_bench.py --returns 200000 --orders 50000 --no-postgres   # quick look

Targets (issue 5): every page p95 <= 150 ms and within 2x of its raw aggregate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

TODAY = dt.date(2026, 11, 28)
REASONS = ["DEFECTIVE", "NOT_AS_DESCRIBED", "UNWANTED_ITEM", "APPAREL_TOO_SMALL", "DAMAGED_BY_FC"]
COMMENTS = [
    "Stopped working after two days.",
    "Smaller than the size chart says.",
    "Die Anleitung ist unverständlich.",
    "箱が潰れて届きました。",
    "Not what the pictures show.",
]
CHUNK = 100_000
PASSWORD = "benchmark password"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _time(call: Callable[[], object], runs: int, warmup: int = 2) -> dict[str, float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "p50": round(statistics.median(samples), 1),
        "p95": round(_percentile(samples, 0.95), 1),
    }


def _stamp(day_offset: int, seconds: int, dialect: str) -> str:
    moment = dt.datetime.combine(TODAY - dt.timedelta(days=day_offset), dt.time()) + dt.timedelta(
        seconds=seconds
    )
    if dialect == "sqlite":
        return moment.strftime("%Y-%m-%d %H:%M:%S.000000")  # SQLAlchemy's SQLite format
    return moment.strftime("%Y-%m-%d %H:%M:%S+00")


def _load(app: Any, args: argparse.Namespace) -> tuple[int, list[str]]:
    """The tenant, stores, a batch per table, and the fact rows; returns (tenant id, ASINs)."""
    from vocloop.accounts import add_membership, create_user
    from vocloop.analysis.taxonomy import CODES
    from vocloop.store.access import create_store, create_tenant
    from vocloop.store.models import ImportBatch

    markets = ["US", "DE", "JP", "FR", "IT", "ES", "UK", "CA"]
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="bench")
        stores = [
            create_store(session, tenant_id=tenant.id, slug=f"s{i:02d}", marketplace=markets[i % 8])
            for i in range(args.stores)
        ]
        batches = []
        for kind in ("fba_returns", "all_orders"):
            batch = ImportBatch(
                tenant_id=tenant.id, file_name=kind, file_sha256="0" * 64, kind=kind
            )
            session.add(batch)
            session.flush()
            batches.append(batch.id)
        user = create_user(session, email="bench@bench.example", password=PASSWORD)
        add_membership(session, user_id=user.id, tenant_id=tenant.id, role="owner")
        tenant_id, store_ids = tenant.id, [s.id for s in stores]
    rng = random.Random(args.seed)
    asins = {
        sid: [f"B0B{sid:03d}{k:04d}" for k in range(args.asins_per_store)] for sid in store_ids
    }
    dialect = app.engine.dialect.name
    raw = app.engine.raw_connection()
    try:
        cursor = raw.cursor()

        def rows_returns(start: int, count: int) -> list[tuple[Any, ...]]:
            out = []
            for i in range(start, start + count):
                sid = store_ids[int(len(store_ids) * rng.random() ** 1.5)]
                asin = asins[sid][int(args.asins_per_store * rng.random() ** 2)]
                day = int(365 * rng.random())
                out.append(
                    (
                        tenant_id,
                        sid,
                        batches[0],
                        f"r{i}",
                        "FBA",
                        _stamp(day, rng.randrange(86400), dialect),
                        asin,
                        1 + (rng.random() < 0.05),
                        REASONS[i % len(REASONS)],
                    )
                )
            return out

        def rows_orders(start: int, count: int) -> list[tuple[Any, ...]]:
            out = []
            for i in range(start, start + count):
                sid = store_ids[int(len(store_ids) * rng.random() ** 1.5)]
                asin = asins[sid][int(args.asins_per_store * rng.random() ** 2)]
                day = int(365 * rng.random())
                status = "Cancelled" if rng.random() < 0.02 else "Shipped"
                out.append(
                    (
                        tenant_id,
                        sid,
                        batches[1],
                        f"o{i}",
                        f"111-{i:07d}-0000000",
                        _stamp(day, rng.randrange(86400), dialect),
                        status,
                        asin,
                        1 + (rng.random() < 0.1),
                        False,
                    )
                )
            return out

        tables = [
            (
                "returns",
                "tenant_id, store_id, import_batch_id, natural_key, channel, return_date, "
                "asin, quantity, reason",
                rows_returns,
                args.returns,
            ),
            (
                "order_lines",
                "tenant_id, store_id, import_batch_id, natural_key, amazon_order_id, "
                "purchase_date, order_status, asin, quantity, is_vine",
                rows_orders,
                args.orders,
            ),
        ]
        for table, columns, make, total in tables:
            started = time.perf_counter()
            for start in range(0, total, CHUNK):
                rows = make(start, min(CHUNK, total - start))
                _write(cursor, dialect, table, columns, rows)
                raw.commit()
            print(
                f"  loaded {total:,} {table} in {time.perf_counter() - started:.0f} s", flush=True
            )
        # Classified texts: every returns row with a comment in real data; here one in ten.
        started = time.perf_counter()
        cursor.execute(
            f"SELECT id, store_id, asin FROM returns WHERE tenant_id = {tenant_id} AND id % 10 = 0"
        )
        picked = cursor.fetchall()
        for start in range(0, len(picked), CHUNK):
            rows = [
                (
                    tenant_id,
                    sid,
                    asin,
                    "return",
                    rid,
                    "bench",
                    CODES[int(len(CODES) * rng.random() ** 2)],
                    0.8,
                    "en",
                    "wrong_reason" if rng.random() < 0.05 else None,
                    _stamp(0, 0, dialect),
                )
                for rid, sid, asin in picked[start : start + CHUNK]
            ]
            _write(
                cursor,
                dialect,
                "text_classifications",
                "tenant_id, store_id, asin, source_kind, source_id, model_version, root_cause, "
                "confidence, lang, reason_mismatch, classified_at",
                rows,
            )
            raw.commit()
        print(f"  classified {len(picked):,} texts in {time.perf_counter() - started:.0f} s")
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    return tenant_id, [a for sid in store_ids for a in asins[sid]]


def _write(
    cursor: Any, dialect: str, table: str, columns: str, rows: list[tuple[Any, ...]]
) -> None:
    if dialect == "sqlite":
        marks = ", ".join("?" * len(rows[0]))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        return
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join("\\N" if v is None else str(v) for v in row) + "\n")
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        copy.write(buffer.getvalue())


def _raw_queries(dialect: str, tenant_id: int, asin: str) -> dict[str, list[str]]:
    """The fact-table SQL that computes each page's figures without rollups."""
    day = "date(return_date)" if dialect == "sqlite" else "(return_date AT TIME ZONE 'UTC')::date"
    oday = (
        "date(purchase_date)" if dialect == "sqlite" else "(purchase_date AT TIME ZONE 'UTC')::date"
    )
    start, before = TODAY - dt.timedelta(days=29), TODAY - dt.timedelta(days=59)
    trend = TODAY - dt.timedelta(days=7 * 13 - 1)
    page_trend = TODAY - dt.timedelta(days=7 * 26 - 1)
    end = TODAY + dt.timedelta(days=1)
    t = f"tenant_id = {tenant_id}"
    return {
        "overview": [
            f"SELECT {day} >= '{start}', count(*), sum(quantity) FROM returns WHERE {t} "
            f"AND return_date >= '{before}' AND return_date < '{end}' GROUP BY 1",
            f"SELECT {oday} >= '{start}', sum(quantity) FROM order_lines WHERE {t} "
            f"AND order_status <> 'Cancelled' AND purchase_date >= '{before}' "
            f"AND purchase_date < '{end}' GROUP BY 1",
            f"SELECT {day}, sum(quantity) FROM returns WHERE {t} AND return_date >= '{trend}' "
            f"AND return_date < '{end}' GROUP BY 1",
            f"SELECT {oday}, sum(quantity) FROM order_lines WHERE {t} AND purchase_date >= "
            f"'{trend}' AND purchase_date < '{end}' GROUP BY 1",
            f"SELECT root_cause, count(*), count(reason_mismatch) FROM text_classifications "
            f"WHERE {t} AND model_version = 'bench' GROUP BY root_cause",
        ],
        "asin_table": [
            f"SELECT asin, {day} >= '{start}', count(*), sum(quantity) FROM returns WHERE {t} "
            f"AND return_date >= '{before}' AND return_date < '{end}' GROUP BY 1, 2",
            f"SELECT asin, {oday} >= '{start}', sum(quantity) FROM order_lines WHERE {t} "
            f"AND order_status <> 'Cancelled' AND purchase_date >= '{before}' "
            f"AND purchase_date < '{end}' GROUP BY 1, 2",
            f"SELECT asin, root_cause, count(*) FROM text_classifications WHERE {t} "
            f"AND model_version = 'bench' GROUP BY 1, 2",
        ],
        "asin_page": [
            f"SELECT {day}, sum(quantity) FROM returns WHERE {t} AND asin = '{asin}' AND "
            f"return_date >= '{page_trend}' AND return_date < '{end}' GROUP BY 1",
            f"SELECT {oday}, sum(quantity) FROM order_lines WHERE {t} AND asin = '{asin}' AND "
            f"purchase_date >= '{page_trend}' AND purchase_date < '{end}' GROUP BY 1",
            f"SELECT root_cause, count(*), count(reason_mismatch) FROM text_classifications "
            f"WHERE {t} AND model_version = 'bench' AND asin = '{asin}' GROUP BY root_cause",
        ],
    }


def run_backend(url: str, args: argparse.Namespace) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from vocloop.analysis.dashboard import Period, Scope, asin_detail, asin_table, overview
    from vocloop.analysis.rollup import ensure_rollups
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.web import create_app

    data_dir = Path(tempfile.mkdtemp(prefix="vocloop-web-bench-"))
    app = App.open(Settings(database_url=url, data_dir=data_dir))
    app.clock = lambda: dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
    dialect = app.engine.dialect.name
    print(f"{dialect}: loading", flush=True)
    tenant_id, _ = _load(app, args)
    started = time.perf_counter()
    ensure_rollups(app.sessions, tenant_id=tenant_id, today=TODAY)
    with app.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    rollup_s = time.perf_counter() - started
    print(f"  rollups rebuilt in {rollup_s:.1f} s", flush=True)
    with app.engine.connect() as connection:
        top = connection.execute(
            text(
                "SELECT asin FROM asin_daily WHERE tenant_id = :t GROUP BY asin "
                "ORDER BY sum(returned_units) DESC LIMIT 1"
            ),
            {"t": tenant_id},
        ).scalar_one()
    client = TestClient(create_app(app, classify_uploads=False))
    login = client.get("/login")
    token = login.text.split('name="csrf" value="')[1].split('"')[0]
    client.post(
        "/login", data={"csrf": token, "email": "bench@bench.example", "password": PASSWORD}
    )
    pages = {
        "overview": "/?days=30",
        "asin_table": "/asins?days=30",
        "asin_page": f"/asins/{top}?days=90",
    }
    scope = Scope(tenant_id)
    month = Period.last(30, TODAY)

    def functions(name: str) -> Callable[[], object]:
        def call() -> object:
            with app.sessions() as session:
                if name == "overview":
                    return overview(session, scope, month)
                if name == "asin_table":
                    return asin_table(session, scope, month, limit=50)
                return asin_detail(session, scope, top, Period.last(90, TODAY))

        return call

    raw = _raw_queries(dialect, tenant_id, top)
    results: dict[str, Any] = {"backend": dialect, "rollup_rebuild_s": round(rollup_s, 1)}
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

        def get(path: str = path) -> object:
            return client.get(path)

        def raw_call(statements: list[str] = raw[name]) -> object:
            with app.engine.connect() as connection:
                return [connection.execute(text(sql)).all() for sql in statements]

        page = _time(get, args.runs)
        rollup = _time(functions(name), args.runs)
        fact = _time(raw_call, args.raw_runs, warmup=1)
        results[name] = {
            "page": page,
            "rollup_sql": rollup,
            "raw_sql": fact,
            "page_over_raw_p95": round(page["p95"] / fact["p95"], 2),
        }
        print(
            f"  {name:10s} page p50 {page['p50']:7.1f} p95 {page['p95']:7.1f} ms | rollup SQL "
            f"p50 {rollup['p50']:6.1f} p95 {rollup['p95']:6.1f} | raw SQL p50 {fact['p50']:8.1f} "
            f"p95 {fact['p95']:8.1f} ms",
            flush=True,
        )
    client.close()
    app.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--returns", type=int, default=5_000_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--stores", type=int, default=50)
    parser.add_argument("--asins-per-store", type=int, default=40)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--raw-runs", type=int, default=5, help="Timed runs of each raw query.")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--pg-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    args = parser.parse_args()
    print(
        f"{args.returns:,} returns, {args.orders:,} order lines, {args.stores} stores, "
        f"{args.stores * args.asins_per_store:,} ASINs; {args.runs} timed runs per page"
    )
    results = []
    if not args.no_sqlite:
        folder = Path(tempfile.mkdtemp(prefix="vocloop-web-bench-db-"))
        try:
            results.append(run_backend(f"sqlite:///{folder / 'bench.db'}", args))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if not args.no_postgres:
        import psycopg

        name = f"vocloop_web_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg_admin_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            url = args.pg_admin_url.rsplit("/", 1)[0] + f"/{name}"
            results.append(run_backend(url, args))
        finally:
            with psycopg.connect(args.pg_admin_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    missed = [
        f"{r['backend']} {page}"
        for r in results
        for page in ("overview", "asin_table", "asin_page")
        if r[page]["page"]["p95"] > 150 or r[page]["page_over_raw_p95"] > 2
    ]
    print("targets (p95 <= 150 ms and <= 2x raw):", "met" if not missed else f"missed: {missed}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"args": vars(args) | {"json": str(args.json)}, "results": results}, indent=2
            )
        )
    sys.exit(0)


if __name__ == "__main__":
    main()
