"""Real receivers on 127.0.0.1: an HTTP server that answers as each platform does, and an SMTP server.

Signatures are recomputed here from the platforms' documented recipes, independently of
vocloop.notify, so a wrong recipe in our code fails the tests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from cryptography.fernet import Fernet

from vocloop.app import App
from vocloop.notify import Notice, NoticeText, Quote, SecretBox, Severity, add_channel
from vocloop.store.access import create_tenant


@dataclass
class Received:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Reply = tuple[int, str, bytes]  # status, content type, body


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 that records every POST and answers with `reply`."""

    port: int
    reply: Callable[[Received], Reply]
    delay: float = 0.0
    requests: list[Received] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                parts = urlsplit(self.path)
                got = Received(
                    parts.path,
                    parse_qs(parts.query),
                    dict(self.headers.items()),
                    self.rfile.read(length),
                )
                with receiver._lock:
                    receiver.requests.append(got)
                if receiver.delay:
                    time.sleep(receiver.delay)
                status, content_type, body = receiver.reply(got)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """Started, answering 200 {"errcode":0} until a test sets its reply."""
    server = Receiver(free_port(), lambda _: json_reply({"errcode": 0, "errmsg": "ok"})).start()
    yield server
    server.stop()


def json_reply(answer: dict[str, Any], status: int = 200) -> Reply:
    return status, "application/json", json.dumps(answer).encode()


# --- platforms as their documentation describes them -------------------------------------------


def wecom_robot(got: Received) -> Reply:
    payload = got.json()
    if not got.query.get("key"):
        return json_reply({"errcode": 93000, "errmsg": "invalid webhook url"})
    if set(payload) != {"msgtype", "markdown"} or payload["msgtype"] != "markdown":
        return json_reply({"errcode": 40008, "errmsg": "invalid message type"})
    if len(payload["markdown"]["content"].encode()) > 4096:
        return json_reply({"errcode": 40058, "errmsg": "markdown.content exceed max length 4096"})
    return json_reply({"errcode": 0, "errmsg": "ok"})


def dingtalk_robot(secret: str | None) -> Callable[[Received], Reply]:
    def reply(got: Received) -> Reply:
        if not got.query.get("access_token"):
            return json_reply({"errcode": 300001, "errmsg": "token is not exist"})
        if secret is not None:
            stamp = got.query.get("timestamp", ["0"])[0]
            key = secret.encode()
            expected = base64.b64encode(
                hmac.new(key, f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
            ).decode()
            fresh = abs(int(stamp) - time.time() * 1000) < 3600 * 1000
            if not fresh or got.query.get("sign", [""])[0] != expected:
                return json_reply({"errcode": 310000, "errmsg": "sign not match"})
        payload = got.json()
        if payload.get("msgtype") != "markdown" or set(payload["markdown"]) != {"title", "text"}:
            return json_reply({"errcode": 40035, "errmsg": "invalid parameter"})
        return json_reply({"errcode": 0, "errmsg": "ok"})

    return reply


def feishu_bot(secret: str | None) -> Callable[[Received], Reply]:
    def reply(got: Received) -> Reply:
        payload = got.json()
        if secret is not None:
            stamp = payload.get("timestamp", "0")
            key = f"{stamp}\n{secret}".encode()
            expected = base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()
            fresh = abs(int(stamp) - time.time()) < 3600
            if not fresh or payload.get("sign") != expected:
                return json_reply(
                    {"code": 19021, "msg": "sign match fail or timestamp is not within one hour"}
                )
        if payload.get("msg_type") != "interactive" or "elements" not in payload.get("card", {}):
            return json_reply({"code": 9499, "msg": "Bad Request"}, status=400)
        return json_reply({"code": 0, "msg": "success", "data": {}})

    return reply


def slack_webhook(got: Received) -> Reply:
    payload = got.json()
    if not isinstance(payload.get("blocks"), list) or not payload.get("text"):
        return 400, "text/plain", b"invalid_payload"
    return 200, "text/plain", b"ok"


def signed_webhook(secret: str) -> Callable[[Received], Reply]:
    def reply(got: Received) -> Reply:
        stamp = got.headers.get("X-Vocloop-Timestamp", "0")
        expected = (
            "sha256="
            + hmac.new(
                secret.encode(), stamp.encode() + b"." + got.body, hashlib.sha256
            ).hexdigest()
        )
        if not hmac.compare_digest(got.headers.get("X-Vocloop-Signature", ""), expected):
            return 401, "text/plain", b"bad signature"
        return 204, "text/plain", b""

    return reply


# --- SMTP ---------------------------------------------------------------------------------------


class MailSink:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return "250 Message accepted"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, MailSink]]:
    sink = MailSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, sink
    controller.stop()


# --- vocloop set-up -----------------------------------------------------------------------------


@pytest.fixture
def box() -> SecretBox:
    return SecretBox(Fernet.generate_key())


@pytest.fixture
def tenant_id(app: App) -> int:
    with app.sessions.begin() as session:
        return create_tenant(session, slug="brand-a").id


def make_channel(
    app: App, box: SecretBox, tenant_id: int, *, kind: str, name: str, url: str, **options: Any
) -> None:
    with app.sessions.begin() as session:
        add_channel(session, tenant_id=tenant_id, kind=kind, name=name, url=url, box=box, **options)


def alert_notice(number: int = 1, severity: Severity = Severity.HIGH) -> Notice:
    """A return-rate alert as the monitor will send it, in both languages."""
    return Notice(
        kind="return_rate",
        severity=severity,
        texts={
            "en": NoticeText(
                title=f"B0TESTASIN{number}: return rate doubled",
                lines=("Returns rose from 5.1% to 10.4% of units ordered in the last 14 days.",),
                facts=(("Return rate", "10.4%"), ("Baseline", "5.1%"), ("Units", "420")),
            ),
            "zh": NoticeText(
                title=f"B0TESTASIN{number}:退货率翻倍",
                lines=("近 14 天退货率从 5.1% 升至 10.4%。",),
                facts=(("退货率", "10.4%"), ("基线", "5.1%"), ("订单件数", "420")),
            ),
        },
        quotes=(
            Quote("The hinge snapped after two days <!channel>", "Return 2026-11-20, US"),
            Quote("Scharnier nach zwei Tagen gebrochen.", "Return 2026-11-21, DE"),
        ),
        link="https://vocloop.example/alerts/17",
        data={"alert_id": 17, "asin": f"B0TESTASIN{number}"},
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
