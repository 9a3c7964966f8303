"""Feishu / Lark (飞书) custom bot: an interactive card, signed in the body when a secret is set."""

from __future__ import annotations

from typing import Any

import httpx

from vocloop.notify.notice import NoticeView, Severity
from vocloop.notify.platforms.signing import feishu_sign
from vocloop.notify.platforms.text import one_line, quote_line
from vocloop.notify.transport import HttpRequest, SendError, json_body, reply_json

PLATFORM = "Feishu"
_TEMPLATE = {
    Severity.INFO: "blue",
    Severity.LOW: "turquoise",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "orange",
    Severity.CRITICAL: "red",
}
_RETRYABLE = {11232}  # frequency limited (the bot takes 100 messages a minute, 5 a second)
_SIGNATURE = 19021  # signature does not match, or the timestamp is more than an hour off


def _md(text: str) -> str:
    # lark_md reads < and > as tags (<at>, <font>); customers' words must stay words.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _div(content: str) -> dict[str, Any]:
    return {"tag": "div", "text": {"tag": "lark_md", "content": content}}


def card(view: NoticeView) -> dict[str, Any]:
    elements: list[dict[str, Any]] = []
    if view.lines:
        elements.append(_div("\n".join(_md(line) for line in view.lines)))
    if view.facts:
        elements.append(
            {
                "tag": "div",
                "fields": [
                    {
                        "is_short": True,
                        "text": {"tag": "lark_md", "content": f"**{_md(label)}**\n{_md(value)}"},
                    }
                    for label, value in view.facts
                ],
            }
        )
    if view.quotes:
        elements.append({"tag": "hr"})
        lines = [f"**{view.quotes_heading}**", *(_md(quote_line(q)) for q in view.quotes)]
        elements.append(_div("\n".join(lines)))
    if view.link:
        elements.append(
            {
                "tag": "action",
                "actions": [
                    {
                        "tag": "button",
                        "text": {"tag": "plain_text", "content": view.link_label},
                        "type": "primary",
                        "url": view.link,
                    }
                ],
            }
        )
    elements.append({"tag": "note", "elements": [{"tag": "plain_text", "content": view.footer}]})
    return {
        "config": {"wide_screen_mode": True},
        "header": {
            "template": _TEMPLATE[view.severity],
            "title": {
                "tag": "plain_text",
                "content": f"[{view.severity_label}] {one_line(view.title)}",
            },
        },
        "elements": elements,
    }


def build_request(
    view: NoticeView, config: dict[str, Any], *, timestamp: float, **_: object
) -> HttpRequest:
    payload: dict[str, Any] = {}
    if config.get("secret"):
        seconds = int(timestamp)
        payload = {"timestamp": str(seconds), "sign": feishu_sign(seconds, config["secret"])}
    payload.update({"msg_type": "interactive", "card": card(view)})
    return HttpRequest(url=config["url"], body=json_body(payload))


def check_reply(response: httpx.Response) -> None:
    answer = reply_json(response, platform=PLATFORM)
    # Current bots answer {"code": 0, "msg": "success"}; older ones {"StatusCode": 0, ...}.
    code = answer.get("code", answer.get("StatusCode"))
    if code == 0:
        return
    message = answer.get("msg", answer.get("StatusMessage", ""))
    hint = " Check the bot's signing secret and this machine's clock." if code == _SIGNATURE else ""
    raise SendError(
        f"{PLATFORM} refused the message: code {code} ({message}).{hint}",
        retryable=code in _RETRYABLE,
    )
