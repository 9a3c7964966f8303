"""Our generic webhook: a stable JSON document, HMAC-signed with a timestamp (docs/notify.md)."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from vocloop.notify.notice import NoticeView
from vocloop.notify.platforms.signing import webhook_signature
from vocloop.notify.transport import HttpRequest, json_body

PLATFORM = "Webhook"
SCHEMA_VERSION = 1


def document(view: NoticeView, *, delivery_id: str, dedupe_key: str) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "delivery_id": delivery_id,
        "dedupe_key": dedupe_key,
        "kind": view.kind,
        "severity": view.severity.value,
        "lang": view.lang,
        "title": view.title,
        "lines": list(view.lines),
        "facts": [{"label": label, "value": value} for label, value in view.facts],
        "quotes": [{"text": q.text, "source": q.source} for q in view.quotes],
        "link": view.link,
        "data": view.data,
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": len(a.data),
                "data_base64": base64.b64encode(a.data).decode(),
            }
            for a in view.attachments
        ],
    }


def build_request(
    view: NoticeView,
    config: dict[str, Any],
    *,
    timestamp: float,
    delivery_id: str,
    dedupe_key: str,
    **_: object,
) -> HttpRequest:
    body = json_body(document(view, delivery_id=delivery_id, dedupe_key=dedupe_key))
    seconds = int(timestamp)
    headers = {
        "X-Vocloop-Event": view.kind,
        "X-Vocloop-Delivery": delivery_id,
        "X-Vocloop-Timestamp": str(seconds),
    }
    if config.get("secret"):
        headers["X-Vocloop-Signature"] = webhook_signature(seconds, body, config["secret"])
    return HttpRequest(url=config["url"], body=body, headers=headers)


def check_reply(response: httpx.Response) -> None:
    """Any 2xx is a delivery; the receiver owes us no particular body."""
