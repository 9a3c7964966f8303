"""The HMAC-SHA256 signatures DingTalk, Feishu and our generic webhook ask for."""

from __future__ import annotations

import base64
import hashlib
import hmac


def dingtalk_sign(timestamp_ms: int, secret: str) -> str:
    """DingTalk: base64 of HMAC-SHA256 keyed by the secret over "<timestamp ms>\\n<secret>"."""
    message = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def feishu_sign(timestamp_s: int, secret: str) -> str:
    """Feishu: base64 of HMAC-SHA256 keyed by "<timestamp s>\\n<secret>" over an empty message."""
    key = f"{timestamp_s}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


def webhook_signature(timestamp_s: int, body: bytes, secret: str) -> str:
    """Our generic webhook: "sha256=" + hex HMAC-SHA256 keyed by the secret over "<ts>.<body>"."""
    digest = hmac.new(secret.encode(), f"{timestamp_s}.".encode() + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()
