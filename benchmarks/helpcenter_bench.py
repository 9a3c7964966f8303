"""Help-center benchmark: the product page under load against nginx serving the same page, one run.

    python benchmarks/helpcenter_bench.py                       # 60 s per phase (~4.5 min)
    python benchmarks/helpcenter_bench.py --seconds 5           # while developing

Builds a SQLite database with the demo brand's guides (vocloop's own functions), starts the web app
(`create_app` under uvicorn, one process, as `vocloop serve` runs it) on 127.0.0.1, saves the
product page it serves as a file, and serves that file with nginx (the ceiling: no Python, no
database). wrk then loads, for --seconds each, in this order:

* nginx: the saved page (static file);
* product page: GET /h/<brand>/p/<asin> with Accept-Language: de, as a phone after a QR scan;
* product page, uncached (info): a new query string on every request, so every request renders
  (database reads, fallback, Jinja) instead of coming from the page cache;
* contact form: POST /h/<brand>/contact (multipart, CSRF token and session cookie from a GET), a
  new message each time; then every accepted submission (303) must be a ticket in the database.
  Skipped, and said so, when the route is absent (it belongs to the tickets branch).

Targets (issue 7): product-page throughput >= 30% of nginx's, p99 < 200 ms, no 5xx, every accepted
ticket stored. Needs wrk and nginx (Debian packages: apt-get install wrk nginx); without nginx
the ceiling phase is skipped and the output says so.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import inspect
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import httpx

BRAND = "homely"
ASIN = "B0DEMODK12"
PRODUCT_PATH = f"/h/{BRAND}/p/{ASIN}"
HIGH_LIMIT = 10**9


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    for _ in range(200):
        if process.poll() is not None:
            raise SystemExit(f"{what} stopped at start: {process.stderr.read().decode()[-800:]}")  # type: ignore[union-attr]
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"{what} did not answer on {url}")


def build_database(data_dir: Path) -> str:
    """A SQLite database with tenant demo, brand homely and the demo guides (en/de/ja)."""
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.demo.helpcenter_pages import DEMO_GUIDES, add_demo_help_pages
    from vocloop.store.access import create_tenant
    from vocloop.support import add_brand_product, create_brand

    url = f"sqlite:///{data_dir / 'bench.db'}"
    app = App.open(Settings(database_url=url, data_dir=data_dir))
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug="demo")
        brand = create_brand(
            session,
            tenant_id=tenant.id,
            slug=BRAND,
            name="Homely",
            languages=["en", "de", "ja", "zh"],
            support_email="support@homely.example",
        )
        for asin, kind, _, _ in DEMO_GUIDES:
            add_brand_product(session, tenant_id=tenant.id, brand=brand, asin=asin, name=kind)
        add_demo_help_pages(session, tenant_id=tenant.id, brand=brand)
    app.close()
    return url


def make_web() -> Any:
    """The web app over the database named by VOCLOOP_DATABASE_URL (one per worker process)."""
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.web import create_app, with_page_cache

    options: dict[str, Any] = {"classify_uploads": False}
    if _can_raise_limits():
        from vocloop.web.routes.contact import (  # type: ignore[import-not-found,unused-ignore]
            ContactLimits,
        )

        options["contact_limits"] = ContactLimits(per_client=HIGH_LIMIT, per_product=HIGH_LIMIT)
    return with_page_cache(create_app(App.open(Settings()), **options))


def serve(port: int, workers: int) -> None:
    """The app under uvicorn (run as a child by the benchmark); several workers share the port."""
    import uvicorn

    uvicorn.run(
        "helpcenter_bench:make_web",
        factory=True,
        app_dir=str(Path(__file__).parent),
        workers=workers,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )


def _can_raise_limits() -> bool:
    from vocloop.web import create_app

    return "contact_limits" in inspect.signature(create_app).parameters


def start_app(
    database_url: str, data_dir: Path, workers: int
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "VOCLOOP_DATABASE_URL": database_url, "VOCLOOP_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    _wait(url + "/healthz", process, "the web app")
    return process, url


def start_nginx(folder: Path, page: bytes) -> tuple[subprocess.Popen[bytes], str] | None:
    nginx = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if nginx is None:
        return None
    root = folder / "www"
    (root / "h" / BRAND / "p").mkdir(parents=True)
    (root / "h" / BRAND / "p" / f"{ASIN}.html").write_bytes(page)
    # nginx workers run as nobody when started as root: they must reach the file.
    for path in [folder.parent, folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    port = _free_port()
    config = folder / "nginx.conf"
    config.write_text(
        textwrap.dedent(
            f"""\
            worker_processes auto;
            pid {folder}/nginx.pid;
            error_log {folder}/error.log warn;
            events {{ worker_connections 1024; }}
            http {{
              access_log off;
              sendfile on;
              tcp_nopush on;
              keepalive_requests 100000;
              client_body_temp_path {folder}/tmp-body;
              proxy_temp_path {folder}/tmp-proxy;
              fastcgi_temp_path {folder}/tmp-fastcgi;
              uwsgi_temp_path {folder}/tmp-uwsgi;
              scgi_temp_path {folder}/tmp-scgi;
              server {{
                listen 127.0.0.1:{port};
                root {root};
                location / {{
                  default_type "text/html; charset=utf-8";
                  add_header Cache-Control "public, max-age=60";
                  try_files $uri.html =404;
                }}
              }}
            }}
            """
        ),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [nginx, "-p", str(folder), "-c", str(config), "-e", str(folder / "error.log"),
         "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    _wait(url + PRODUCT_PATH, process, "nginx")
    served = httpx.get(url + PRODUCT_PATH, timeout=5)
    if served.content != page:
        process.terminate()
        raise SystemExit(f"nginx answered {served.status_code} instead of the saved page")
    return process, url


_COUNT_STATUSES = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local counted = thread:get("statuses")
    for status, n in pairs(counted) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, '"' .. status .. '":' .. n) end
  io.write("STATUSES {" .. table.concat(parts, ",") .. "}\\n")
end
"""

_UNCACHED = """
local counter = 0
local prefix = tostring(math.random(1, 1000000))
request = function()
  counter = counter + 1
  return wrk.format("GET", "%s?lang=de&v=" .. prefix .. "-" .. counter)
end
"""

_CONTACT = """
local counter = 0
local prefix = tostring(math.random(1, 1000000))
local boundary = "----vocloopbench"
local function field(name, value)
  return "--" .. boundary .. "\\r\\nContent-Disposition: form-data; name=\\"" .. name ..
    "\\"\\r\\n\\r\\n" .. value .. "\\r\\n"
end
request = function()
  counter = counter + 1
  local body = field("csrf", "%s") .. field("asin", "%s") .. field("lang", "de") ..
    field("name", "Bench Buyer") .. field("email", "buyer@bench.example") ..
    field("order_id", "") ..
    field("message", "Load test " .. prefix .. "-" .. counter .. ": the desk wobbles.") ..
    field("website", "") .. "--" .. boundary .. "--\\r\\n"
  local headers = {}
  headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  headers["Cookie"] = "%s"
  headers["Accept-Language"] = "de"
  return wrk.format("POST", "%s", headers, body)
end
"""


def run_wrk(
    url: str, args: argparse.Namespace, *, script: str = "", seconds: int | None = None
) -> dict[str, Any]:
    """One wrk phase: requests/s, latency percentiles (ms), status counts, socket errors."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + _COUNT_STATUSES)
    command = [
        "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds or args.seconds}s",
        "--latency", "-H", "Accept-Language: de", "-s", lua.name, url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    os.unlink(lua.name)
    if done.returncode != 0:
        raise SystemExit(f"wrk failed: {done.stderr.strip()}")
    out = done.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    latency = {
        share: _ms(value)
        for share, value in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+\w+)", out, re.MULTILINE)
    }
    statuses = json.loads(re.search(r"STATUSES (\{.*\})", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "requests_per_s": round(rps),
        "p50_ms": latency.get("50"),
        "p90_ms": latency.get("90"),
        "p99_ms": latency.get("99"),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "socket_errors": errors.group(1).strip() if errors else "none",
    }


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    factor = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
    return round(float(number) * factor, 2)


def count_tickets(database_url: str) -> int | None:
    """Tickets in the database (None when this branch has no ticket table)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy import inspect as schema

    engine = create_engine(database_url)
    try:
        if "tickets" not in schema(engine).get_table_names():
            return None
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM tickets")).scalar_one())
    finally:
        engine.dispose()


def contact_phase(app_url: str, database_url: str, args: argparse.Namespace) -> dict[str, Any]:
    with httpx.Client(base_url=app_url, timeout=10) as client:
        form = client.get(f"/h/{BRAND}/contact", params={"asin": ASIN, "lang": "de"})
        if form.status_code == 404:
            return {"skipped": "the contact form route is absent on this branch"}
        found = re.search(r'name="csrf" value="([^"]+)"', form.text)
        if form.status_code != 200 or found is None:
            return {"skipped": f"the contact form answered {form.status_code} without a CSRF field"}
        cookie = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    before = count_tickets(database_url) or 0
    script = _CONTACT % (found.group(1), ASIN, cookie, f"/h/{BRAND}/contact")
    result = run_wrk(app_url + f"/h/{BRAND}/contact", args, script=script)
    time.sleep(1)
    after = count_tickets(database_url)
    accepted = result["statuses"].get("303", 0)
    result["accepted"] = accepted
    stored = None if after is None else after - before
    result["tickets_stored"] = stored
    # wrk stops counting at the deadline; requests still in flight then may be stored as well.
    result["lost"] = None if stored is None else max(0, accepted - stored)
    result["stored_after_deadline"] = None if stored is None else max(0, stored - accepted)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of each phase")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="also load the page served by this many app processes (uvicorn workers)",
    )
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(int(args.serve[0]), int(args.serve[1]))
        return
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk); nothing measured.")
    report: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "load": {"seconds": args.seconds, "threads": args.threads, "connections": args.connections},
        "load_average_before": os.getloadavg()[0],
    }
    with tempfile.TemporaryDirectory(prefix="helpcenter-bench-") as folder_name:
        folder = Path(folder_name)
        (folder / "data").mkdir()
        database_url = build_database(folder / "data")
        app_process, app_url = start_app(database_url, folder / "data", 1)
        nginx = None
        try:
            page = httpx.get(app_url + PRODUCT_PATH, headers={"Accept-Language": "de"}, timeout=10)
            if page.status_code != 200 or "Computertisch" not in page.text:
                raise SystemExit(f"the product page answered {page.status_code}")
            report["page_bytes"] = len(page.content)
            (folder / "nginx").mkdir()
            nginx = start_nginx(folder / "nginx", page.content)
            if nginx is None:
                report["nginx"] = {"skipped": "nginx is not installed (apt-get install nginx)"}
            else:
                report["nginx"] = run_wrk(nginx[1] + PRODUCT_PATH, args)
            report["product_page"] = run_wrk(app_url + PRODUCT_PATH, args)
            report["product_page_uncached"] = run_wrk(
                app_url, args, script=_UNCACHED % PRODUCT_PATH, seconds=max(args.seconds // 3, 3)
            )
            report["contact_form"] = contact_phase(app_url, database_url, args)
            if "skipped" not in report["contact_form"]:
                report["contact_form"]["note"] = (
                    "contact-form rate limits raised to 10^9 for the benchmark"
                    if _can_raise_limits()
                    else "contact-form rate limits NOT raised (create_app has no contact_limits)"
                )
            if args.workers > 1:
                _stop(app_process)
                app_process, app_url = start_app(database_url, folder / "data", args.workers)
                name = f"product_page_{args.workers}_workers"
                report[name] = run_wrk(app_url + PRODUCT_PATH, args)
        finally:
            for process in (app_process, nginx[0] if nginx else None):
                if process is not None:
                    _stop(process)
    report["load_average_after"] = os.getloadavg()[0]
    report["server"] = f"uvicorn {_version('uvicorn')}, httptools {_version('httptools')}, " + (
        f"uvloop {_version('uvloop')}"
    )
    _print(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ask a server to stop; kill it when it has not within a minute (work still queued)."""
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        print(f"process {process.pid} did not stop in 60 s after SIGTERM; killed", file=sys.stderr)
        process.kill()
        process.wait(timeout=30)


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _print(report: dict[str, Any]) -> None:
    before, after = report["load_average_before"], report["load_average_after"]
    print(f"page: {report['page_bytes']} bytes; {report['server']}; load: {report['load']}; "
          f"load average {before:.1f} -> {after:.1f}")  # fmt: skip
    nginx = report["nginx"]
    phases = [key for key in report if key.startswith(("nginx", "product_page", "contact"))]
    for name in phases:
        phase = report[name]
        if "skipped" in phase:
            print(f"{name:24} skipped: {phase['skipped']}")
            continue
        print(
            f"{name:24} {phase['requests_per_s']:>8} req/s  p50 {phase['p50_ms']} ms  "
            f"p99 {phase['p99_ms']} ms  statuses {phase['statuses']}  "
            f"socket errors {phase['socket_errors']}"
        )
    if "skipped" not in nginx:
        for name in (
            key for key in phases if key.startswith("product_page") and "uncached" not in key
        ):
            ratio = report[name]["requests_per_s"] / max(nginx["requests_per_s"], 1)
            report[f"ratio_{name}_to_nginx"] = round(ratio, 3)
            print(f"{name} / nginx throughput: {ratio:.1%} (target >= 30%); "
                  f"p99 {report[name]['p99_ms']} ms (target < 200 ms)")  # fmt: skip
    contact = report["contact_form"]
    if "skipped" not in contact:
        print(f"contact form: {contact['accepted']} accepted (303), "
              f"{contact['tickets_stored']} tickets stored ({contact['stored_after_deadline']} "
              f"answered after wrk's deadline), lost {contact['lost']}; "
              f"{contact.get('note', '')}")  # fmt: skip
    fives = {
        name: sum(n for status, n in phase.get("statuses", {}).items() if status.startswith("5"))
        for name, phase in report.items()
        if isinstance(phase, dict) and "statuses" in phase
    }
    print(f"5xx responses: {fives}")


if __name__ == "__main__":
    main()
