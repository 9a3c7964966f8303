"""A fake OpenAI-compatible server on 127.0.0.1: `POST /v1/chat/completions` as the API documents
it (Bearer key, model, messages with roles; answer `choices[0].message.content`), with a settable
answer, delay and status so tests can drive every path of the polisher."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KEY = "sk-test-polish"


@dataclass
class ChatFake:
    answer: Callable[[str], str] = lambda text: text  # user message -> assistant content
    delay: float = 0.0
    status: int = 200
    raw: bytes | None = None  # a body to send instead of a completion
    requests: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0
    _server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ChatFake:
        fake = self
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                fake.requests.append({"path": self.path, "headers": dict(self.headers), **body})
                if fake.delay:
                    time.sleep(fake.delay)
                if self.path != "/v1/chat/completions":
                    return self._send(404, {"error": {"message": "Unknown path"}})
                if self.headers.get("Authorization") != f"Bearer {KEY}":
                    return self._send(401, {"error": {"message": "Incorrect API key provided"}})
                roles = [m.get("role") for m in body.get("messages", [])]
                if not body.get("model") or roles != ["system", "user"]:
                    return self._send(400, {"error": {"message": "Invalid request"}})
                if fake.status != 200:
                    return self._send(fake.status, {"error": {"message": "Server error"}})
                if fake.raw is not None:
                    return self._write(200, fake.raw)
                content = fake.answer(body["messages"][1]["content"])
                self._send(
                    200,
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "model": body["model"],
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": content},
                                "finish_reason": "stop",
                            }
                        ],
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._write(status, json.dumps(payload).encode())

            def _write(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
