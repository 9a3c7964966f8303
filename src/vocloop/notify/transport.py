"""Posting a JSON payload to a webhook, with every failure turned into a SendError sentence."""

from __future__ import annotations

import functools
import json
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

TIMEOUT_SECONDS = 10.0
USER_AGENT = "vocloop-notify/1"


class SendError(Exception):
    """A delivery that did not succeed: one sentence, and whether trying later may help."""

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(frozen=True)
class HttpRequest:
    """One POST: the URL (with any signature query), the exact body bytes and extra headers."""

    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def json_body(payload: dict[str, Any]) -> bytes:
    # Compact and UTF-8 (not \\u escapes): platforms count bytes, and Chinese stays 3 bytes a char.
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rsplit("@", 1)[-1] or url


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~0.1 s: once per process, not once per message.
    return httpx.create_ssl_context()


def http_client() -> httpx.Client:
    """A client for a run of deliveries: one TLS set-up, kept-alive connections per host."""
    return httpx.Client(
        timeout=TIMEOUT_SECONDS,
        follow_redirects=False,
        verify=_tls_context(),
        headers={"User-Agent": USER_AGENT},
    )


def post(
    request: HttpRequest, *, platform: str, client: httpx.Client | None = None
) -> httpx.Response:
    """POST the request; network trouble, 429 and 5xx are retryable, other 4xx are not."""
    if client is None:
        with http_client() as own:
            return post(request, platform=platform, client=own)
    headers = {"Content-Type": "application/json; charset=utf-8"}
    headers.update(request.headers)
    where = host_of(request.url)
    try:
        response = client.post(request.url, content=request.body, headers=headers)
    except httpx.TimeoutException:
        raise SendError(
            f"{platform} at {where} did not answer within {TIMEOUT_SECONDS:g} seconds.",
            retryable=True,
        ) from None
    except httpx.TransportError as error:
        raise SendError(
            f"{platform} at {where} cannot be reached ({_reason(error)}).", retryable=True
        ) from None
    status = response.status_code
    if status == 429 or status >= 500:
        raise SendError(
            f"{platform} answered HTTP {status}{_snippet(response)}.",
            retryable=True,
            retry_after=_retry_after(response),
        )
    if status >= 300:
        raise SendError(
            f"{platform} refused the message: HTTP {status}{_snippet(response)}.", retryable=False
        )
    return response


def reply_json(response: httpx.Response, *, platform: str) -> dict[str, Any]:
    """The JSON object a platform answers with; anything else means we are not talking to it."""
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise SendError(
            f"{platform} answered with something that is not its JSON reply{_snippet(response)}; "
            "check the webhook URL.",
            retryable=False,
        )
    return answer


def _snippet(response: httpx.Response) -> str:
    text = " ".join(response.text.split())[:200]
    return f" ({text})" if text else ""


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _reason(error: httpx.TransportError) -> str:
    text = str(error) or type(error).__name__
    if "refused" in text.lower():
        return "connection refused"
    return text[:200]
