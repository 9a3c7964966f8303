"""Session secret, CSRF tokens and login rate limiting."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import defaultdict, deque
from pathlib import Path

from starlette.requests import Request

SECRET_FILE = "web-secret"  # noqa: S105  (a file name, not a secret)
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


def session_secret(data_dir: Path) -> str:
    """The signing key of session cookies: made once per data folder, readable by its owner only."""
    path = data_dir / SECRET_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secret)
    return secret


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


async def csrf_ok(request: Request) -> bool:
    """Whether a state-changing request carries the session's token (form field or header)."""
    expected = request.session.get(CSRF_FIELD)
    if not isinstance(expected, str):
        return False
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    return given is not None and hmac.compare_digest(given, expected)


class LoginLimiter:
    """Failed logins per email and per client address in a sliding window."""

    def __init__(self, per_email: int = 5, per_client: int = 20, window: float = 900.0) -> None:
        self.per_email, self.per_client, self.window = per_email, per_client, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def wait_minutes(self, email: str, client: str) -> int:
        """0 when a login may be tried, else the minutes until it may."""
        now = time.monotonic()
        with self._lock:
            blocked = []
            for key, limit in ((f"e:{email}", self.per_email), (f"c:{client}", self.per_client)):
                times = self._recent(key, now)
                if len(times) >= limit:
                    blocked.append(times[-limit] + self.window - now)
        return int(max(blocked) // 60) + 1 if blocked else 0

    def failed(self, email: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._failures[f"e:{email}"].append(now)
            self._failures[f"c:{client}"].append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(f"e:{email}", None)
