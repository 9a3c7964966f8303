"""SP-API sync benchmark: many stores synced at once against the fake SP-API at Amazon's limits.

Runs `sync_store` for every store (default 200 stores: 100 sellers with a US and a CA store each,
so two stores share each seller's rate limits) through the official SDK against the fake server
of tests/spapi_fake, in its own process, with Amazon's default usage plans. Reports:

* wall time, against two references from the same run: the time the documented limits alone
  impose (a seller's 16th createReport of a first sync must wait 1/0.0167 s for a token), and the
  time to import the same documents by hand (no API at all);
* 429 answers from the fake, and whether every one was handled (every store synced fine);
* how close to the limits it ran: the largest share of any (seller, operation) bucket's burst used.

    python benchmarks/spapi_bench.py                       # 200 stores, 32 workers
    python benchmarks/spapi_bench.py --stores 20 --workers 8
    python benchmarks/spapi_bench.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench

The report's poll interval is 2 s here (30 s in production): with polls at 30 s the run measures
our sleeping, not our pacing.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import urllib3

from vocloop.app import App
from vocloop.config import Settings
from vocloop.sources.files import expand_paths
from vocloop.sources.ingest import import_files
from vocloop.sources.spapi import (
    SYNC_KINDS,
    Endpoints,
    LwaCredentials,
    RateLimits,
    SyncContext,
    load_cipher,
    save_connection,
    sync_store,
)
from vocloop.store.access import create_store, ensure_tenant
from vocloop.store.models import utcnow

ROOT = Path(__file__).parents[1]  # tests.spapi_fake (the fake server, not shipped) runs from here
FIXTURES = ROOT / "tests" / "fixtures" / "amazon"
HAND_FILES = (
    "all_orders.tsv",
    "fba_returns.tsv",
    "seller_feedback.tsv",
    "seller_performance_v2.json",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stores", type=int, default=200)
    parser.add_argument("--stores-per-seller", type=int, default=2)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--poll", type=float, default=2.0)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    folder = Path(tempfile.mkdtemp(prefix="spapi-bench-"))
    try:
        figures = run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def start_fake(args: argparse.Namespace) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """The fake SP-API in its own process (its own GIL): our client is what gets measured."""
    sellers = -(-args.stores // args.stores_per_seller)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.spapi_fake",
            "--sellers",
            str(sellers),
            "--processing-polls",
            "1",
            "--rate-scale",
            "1",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, json.loads(process.stdout.readline())


def fake_stats(url: str) -> dict[str, Any]:
    response = urllib3.request("GET", f"{url}/_fake/stats", timeout=10)
    return dict(json.loads(response.data))


def run(args: argparse.Namespace, folder: Path) -> dict[str, object]:
    url = args.db or f"sqlite:///{folder / 'bench.db'}"
    app = App.open(Settings(database_url=url, data_dir=folder))
    marketplaces = ["US", "CA", "MX"][: args.stores_per_seller]
    process, fake = start_fake(args)
    try:
        cipher = load_cipher(app.settings, create=True)
        slugs = []
        with app.sessions.begin() as session:
            tenant_id = ensure_tenant(session, "agency").id
            for index in range(args.stores):
                seller = fake["sellers"][index // args.stores_per_seller]
                marketplace = marketplaces[index % args.stores_per_seller]
                slug = f"store-{index:04d}"
                store = create_store(
                    session, tenant_id=tenant_id, slug=slug, marketplace=marketplace
                )
                credentials = LwaCredentials(
                    seller["client_id"], seller["client_secret"], seller["refresh_token"]
                )
                save_connection(
                    session,
                    store=store,
                    region="na",
                    credentials=credentials,
                    cipher=cipher,
                    now=utcnow(),
                )
                slugs.append(slug)
        context = SyncContext(
            endpoints=Endpoints(api=fake["url"], lwa=f"{fake['url']}/auth/o2/token"),
            cipher=cipher,
            limits=RateLimits(),
            poll_interval=args.poll,
            pool=urllib3.PoolManager(maxsize=args.workers),  # one download connection per worker
        )
        started = time.perf_counter()
        cpu_started = time.process_time()
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            results = list(
                pool.map(
                    lambda slug: sync_store(app.sessions, context, tenant_id=tenant_id, store=slug),
                    slugs,
                )
            )
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        stats = fake_stats(fake["url"])
    finally:
        process.terminate()
        process.wait(10)
    calls = sum(r.stats.calls for r in results)
    waited = sum(r.stats.waited for r in results)
    throttled_client = sum(r.stats.throttled for r in results)
    throttled_server = sum(stats["throttled"].values())
    failed = [(r.store, k.kind, k.message) for r in results for k in r.kinds if k.status != "ok"]
    counts = stats["counts"]
    creates_per_seller = counts.get("createReport", 0) / len(fake["sellers"])
    # The documented limits alone: beyond the burst of 15, createReport refills one token per
    # 1/0.0167 s per seller, so a seller's 16th report of a first sync cannot start sooner.
    limit_floor = max(0.0, creates_per_seller - 15) / 0.0167
    hand_started = time.perf_counter()
    sources = expand_paths([FIXTURES / name for name in HAND_FILES])
    reports_per_store = counts.get("getReportDocument", 0) / args.stores
    with app.sessions.begin() as session:
        hand_tenant = ensure_tenant(session, "hand").id
        for slug in slugs:
            create_store(session, tenant_id=hand_tenant, slug=slug, marketplace="US")
    for slug in slugs:
        import_files(app.sessions, sources, tenant="hand", store=slug)
    # Scaled to as many documents as the sync imported (the first sync asks 90 days in 30-day
    # windows: 8 documents per store for the 4 files).
    hand = (time.perf_counter() - hand_started) * reports_per_store / len(HAND_FILES)
    app.close()
    return {
        "stores": args.stores,
        "sellers": len(fake["sellers"]),
        "kinds": [kind.name for kind in SYNC_KINDS],
        "workers": args.workers,
        "database": url.split(":", 1)[0],
        "elapsed_s": round(elapsed, 1),
        "client_cpu_s": round(cpu, 1),
        "stores_ok": sum(1 for r in results if r.ok),
        "failed_kinds": failed[:10],
        "requests_refused_by_models": stats["invalid"][:10],
        "sp_api_calls": calls,
        "calls_by_operation": counts,
        "seconds_waited_for_tokens": round(waited, 1),
        "throttled_429_server": throttled_server,
        "throttled_429_seen_by_client": throttled_client,
        "all_429_handled": throttled_server == throttled_client and not failed,
        "closest_approach_to_burst": round(stats["closest_approach"], 3),
        "create_reports_per_seller": creates_per_seller,
        "reference_limit_floor_s": round(limit_floor, 1),
        "ratio_to_limit_floor": round(elapsed / limit_floor, 2) if limit_floor else None,
        "reference_hand_import_s": round(hand, 1),
        "ratio_to_hand_import": round(elapsed / hand, 2) if hand else None,
    }


if __name__ == "__main__":
    main()
