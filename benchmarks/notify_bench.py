"""Notification outbox benchmark: what the outbox costs on top of the HTTP posts themselves.

A signed generic webhook on a local receiver (127.0.0.1) gets N notices:

* reference: N request bodies of the same size posted with one bare, kept-alive httpx client,
  timed in the same run (the floor: what the posts cost without the outbox);
* enqueue: N enqueue_notice calls in one transaction;
* deliver (1 worker) and deliver (2 workers at once, separate engines): deliver_pending until the
  outbox is empty; the receiver counts every delivery id, so a duplicate or a loss is reported.

    python benchmarks/notify_bench.py                  # 500 notices, SQLite and PostgreSQL
    python benchmarks/notify_bench.py --messages 2000 --no-postgres
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import hmac
import tempfile
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import psycopg
from cryptography.fernet import Fernet
from sqlalchemy.engine import make_url

from vocloop.app import App
from vocloop.config import Settings
from vocloop.notify import (
    Notice,
    NoticeText,
    Quote,
    SecretBox,
    Severity,
    add_channel,
    deliver_pending,
    enqueue_notice,
)
from vocloop.store.access import create_tenant

SECRET = "bench-secret"


class Counting(BaseHTTPRequestHandler):
    seen: ClassVar[Counter[str]] = Counter()
    bad = 0
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        stamp = self.headers.get("X-Vocloop-Timestamp", "")
        expected = (
            "sha256="
            + hmac.new(SECRET.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
        )
        with Counting.lock:
            if self.headers.get("X-Vocloop-Signature") not in (None, expected):
                Counting.bad += 1
            Counting.seen[self.headers.get("X-Vocloop-Delivery", "reference")] += 1
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def notice(number: int) -> Notice:
    return Notice(
        kind="return_rate",
        severity=Severity.WARNING,
        texts={
            "en": NoticeText(
                f"B0BENCH{number:05d}: return rate doubled",
                ["Returns rose from 5.1% to 10.4% in 14 days."],
                [("Return rate", "10.4%"), ("Units", "420")],
            ),
            "zh": NoticeText(f"B0BENCH{number:05d}:退货率翻倍", ["近 14 天退货率升至 10.4%。"]),
        },
        quotes=[Quote("The hinge snapped after two days.", "Return 2026-11-20, US")],
    )


def prepare(url: str, data_dir: Path, receiver: str, count: int) -> tuple[App, SecretBox, float]:
    app = App.open(Settings(database_url=url, data_dir=data_dir))
    box = SecretBox(Fernet.generate_key())
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug=f"bench-{uuid.uuid4().hex[:6]}")
        add_channel(
            session,
            tenant_id=tenant.id,
            kind="webhook",
            name="hook",
            url=receiver,
            secret=SECRET,
            box=box,
        )
        tenant_id = tenant.id
    started = time.perf_counter()
    with app.sessions.begin() as session:
        for number in range(count):
            enqueue_notice(
                session, tenant_id=tenant_id, notice=notice(number), dedupe_key=f"n-{number}"
            )
    return app, box, time.perf_counter() - started


def deliver(app: App, box: SecretBox, workers: int) -> float:
    apps = [app] + [App.open(app.settings, migrate=False) for _ in range(workers - 1)]
    start = threading.Barrier(workers)
    now = dt.datetime.now(dt.UTC)

    def run(worker: App) -> None:
        start.wait()
        deliver_pending(worker.sessions, box=box, now=now, max_messages=10**9)

    threads = [threading.Thread(target=run, args=(a,)) for a in apps]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    for extra in apps[1:]:
        extra.close()
    return elapsed


def reference(receiver: str, count: int) -> float:
    """The floor: the same number of ~1 KB JSON posts on one kept-alive httpx client."""
    bodies = [f'{{"n": {n}, "padding": "{"x" * 900}"}}'.encode() for n in range(count)]
    began = time.perf_counter()
    with httpx.Client(timeout=10) as client:
        for body in bodies:
            client.post(receiver, content=body, headers={"Content-Type": "application/json"})
    return time.perf_counter() - began


def postgres_url(admin: str) -> tuple[str, str] | None:
    try:
        with psycopg.connect(admin, connect_timeout=3, autocommit=True) as connection:
            name = f"vocloop_bench_{uuid.uuid4().hex[:8]}"
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError:
        return None
    url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--pg-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    options = parser.parse_args()
    count = options.messages

    server = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    receiver = f"http://127.0.0.1:{server.server_address[1]}/hook"

    backends: list[tuple[str, str]] = []
    scratch = Path(tempfile.mkdtemp(prefix="notify-bench-"))
    backends.append(("sqlite", f"sqlite:///{scratch / 'bench.db'}"))
    dropped: str | None = None
    if not options.no_postgres:
        found = postgres_url(options.pg_admin_url)
        if found:
            backends.append(("postgresql", found[0]))
            dropped = found[1]

    base = reference(receiver, count)
    print(f"{count} notices; reference: bare httpx posts {count / base:6.0f} msg/s")
    for name, url in backends:
        for workers in (1, 2):
            Counting.seen.clear()
            app, box, enqueue_seconds = prepare(url, scratch / name, receiver, count)
            seconds = deliver(app, box, workers)
            app.close()
            repeats = sum(n - 1 for n in Counting.seen.values())
            print(
                f"{name:10s} enqueue {count / enqueue_seconds:6.0f} msg/s; deliver with {workers} "
                f"worker(s) {count / seconds:5.0f} msg/s ({base / seconds:4.2f} of the reference); "
                f"delivered {len(Counting.seen)}/{count}, repeats {repeats}, bad signatures "
                f"{Counting.bad}"
            )
    server.shutdown()
    if dropped:
        with psycopg.connect(options.pg_admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{dropped}" WITH (FORCE)')


if __name__ == "__main__":
    main()
