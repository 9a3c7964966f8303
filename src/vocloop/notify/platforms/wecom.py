"""WeCom (企业微信) group robot: a markdown message of at most 4096 UTF-8 bytes."""

from __future__ import annotations

from typing import Any

import httpx

from vocloop.notify.notice import NoticeView, Severity
from vocloop.notify.platforms.text import defuse_tags, fit_bytes, one_line, quote_line
from vocloop.notify.transport import HttpRequest, SendError, json_body, reply_json

PLATFORM = "WeCom"
CONTENT_LIMIT = 4096  # bytes, the robot's limit for markdown.content
# The robot knows three font colours: info (green), comment (grey), warning (orange-red).
_COLOR = {
    Severity.INFO: "comment",
    Severity.LOW: "info",
    Severity.MEDIUM: "warning",
    Severity.HIGH: "warning",
    Severity.CRITICAL: "warning",
}
_RETRYABLE = {-1, 45009}  # system busy; sending too often (20 messages a minute per robot)


def markdown(view: NoticeView) -> str:
    head = [
        f"## {defuse_tags(one_line(view.title))}",
        f'<font color="{_COLOR[view.severity]}">{view.severity_label}</font>',
        *(defuse_tags(line) for line in view.lines),
    ]
    facts = [f"> **{defuse_tags(label)}**: {defuse_tags(value)}" for label, value in view.facts]
    quotes = [
        f"**{view.quotes_heading}**",
        *(f"> {defuse_tags(quote_line(q))}" for q in view.quotes),
    ]
    tail = [f"[{view.link_label}]({view.link})"] if view.link else []
    tail.append(f'<font color="comment">{view.footer}</font>')
    full = "\n".join([*head, *facts, *(quotes if view.quotes else []), *tail])
    if len(full.encode()) <= CONTENT_LIMIT:
        return full
    # Too long: the quotes go first, then the body is cut; title, facts and link always stay.
    budget = max(CONTENT_LIMIT - len("\n".join([*facts, *tail]).encode()) - 1, 300)
    return fit_bytes("\n".join([fit_bytes("\n".join(head), budget), *facts, *tail]), CONTENT_LIMIT)


def build_request(view: NoticeView, config: dict[str, Any], **_: object) -> HttpRequest:
    payload = {"msgtype": "markdown", "markdown": {"content": markdown(view)}}
    return HttpRequest(url=config["url"], body=json_body(payload))


def check_reply(response: httpx.Response) -> None:
    answer = reply_json(response, platform=PLATFORM)
    code = answer.get("errcode")
    if code == 0:
        return
    raise SendError(
        f"{PLATFORM} refused the message: errcode {code} ({answer.get('errmsg', '')}).",
        retryable=code in _RETRYABLE,
    )
