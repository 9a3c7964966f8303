"""What can go wrong talking to Amazon, said in words, and whether trying again can help."""

from __future__ import annotations

import json
from typing import Any

from vocloop.errors import UserError


class SpapiError(UserError):
    """A call to the Selling Partner API or LWA that did not succeed.

    retryable: a later attempt may succeed (throttling, 5xx, network); a request Amazon refuses
    (4xx other than 429) will be refused again and is reported, not retried.
    """

    def __init__(self, message: str, *, retryable: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


class CredentialsError(SpapiError):
    """Login with Amazon refused the client id, secret or refresh token."""


def amazon_errors(body: Any) -> str:
    """Amazon's own error codes and messages from a JSON error body, shortened for one sentence."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    try:
        parsed = json.loads(body) if isinstance(body, str) else body
    except ValueError:
        return str(body or "")[:200].strip()
    if isinstance(parsed, dict):
        if "error_description" in parsed or "error" in parsed:
            return f"{parsed.get('error', '')}: {parsed.get('error_description', '')}".strip(": ")
        errors = parsed.get("errors") or []
        parts = [
            ": ".join(str(e.get(k)) for k in ("code", "message", "details") if e.get(k))
            for e in errors
            if isinstance(e, dict)
        ]
        return "; ".join(parts)[:300]
    return str(parsed)[:200]
